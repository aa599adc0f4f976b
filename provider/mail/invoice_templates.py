"""The texts of the invoicing e-mails: reminders and failed automatic invoice charges."""

from __future__ import annotations

from provider.mail.templates import Message, render_from

_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "invoice_reminder": {
        "en": ("Reminder {n}: invoice {number} is overdue",
               "Hello,\n\ninvoice {number} was due on {due}; {currency} {amount} of it are still open. "
               "Please pay it "
               "by bank transfer with the reference {reference}, or from the invoices list.\n"
               "If you have paid in the meantime, thank you and please ignore this reminder.\n"),
        "de": ("Mahnung {n}: Rechnung {number} ist überfällig",
               "Guten Tag\n\ndie Rechnung {number} war am {due} fällig; davon sind {currency} {amount} "
               "offen. "
               "Bitte überweisen Sie den Betrag mit der Referenz {reference} oder bezahlen Sie sie "
               "in der Rechnungsliste.\nFalls Sie inzwischen bezahlt haben, danke, und bitte "
               "betrachten Sie diese Mahnung als gegenstandslos.\n"),
    },
    "invoice_charge_failed": {
        "en": ("Invoice {number}: card payment failed",
               "Hello,\n\ncharging invoice {number} of {currency} {amount} to {card} failed: "
               "{reason}\nPlease pay it by bank transfer (reference {reference}) by {due}.\n"),
        "de": ("Rechnung {number}: Kartenzahlung fehlgeschlagen",
               "Guten Tag\n\ndie Belastung der Rechnung {number} über {currency} {amount} auf "
               "{card} ist fehlgeschlagen: {reason}\nBitte überweisen Sie den Betrag (Referenz "
               "{reference}) bis {due}.\n"),
    },
}


def render(kind: str, language: str, **values: object) -> Message:
    return render_from(_TEXTS, kind, language, **values)
