"""The texts of the money path's e-mails: receipts, automatic top-up, prolongation, card expiry."""

from __future__ import annotations

from provider.mail.templates import Message, render_from

_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "receipt": {
        "en": ("Receipt: {currency} {amount} paid",
               "Hello,\n\nwe received {currency} {amount} for {what} ({method}) on {date}.\n"
               "Payment reference: {reference}\n\nThank you.\n"),
        "de": ("Quittung: {currency} {amount} bezahlt",
               "Guten Tag\n\nwir haben {currency} {amount} für {what} ({method}) am {date} "
               "erhalten.\nZahlungsreferenz: {reference}\n\nVielen Dank.\n"),
    },
    "refund": {
        "en": ("Refund: {currency} {amount}",
               "Hello,\n\nwe refunded {currency} {amount} for {what} ({method}) on {date}.\n"
               "Payment reference: {reference}\n"),
        "de": ("Rückerstattung: {currency} {amount}",
               "Guten Tag\n\nwir haben {currency} {amount} für {what} ({method}) am {date} "
               "zurückerstattet.\nZahlungsreferenz: {reference}\n"),
    },
    "payment_failed": {
        "en": ("Payment of {currency} {amount} failed",
               "Hello,\n\nthe payment of {currency} {amount} for {what} failed: {reason}\n"
               "The order stays open; you can pay it again from the orders list.\n"),
        "de": ("Zahlung über {currency} {amount} fehlgeschlagen",
               "Guten Tag\n\ndie Zahlung über {currency} {amount} für {what} ist fehlgeschlagen: "
               "{reason}\nDie Bestellung bleibt offen; Sie können sie in der Bestellliste erneut "
               "bezahlen.\n"),
    },
    "top_up_failed": {
        "en": ("Automatic top-up failed",
               "Hello,\n\nthe automatic top-up of {currency} {amount} to {card} failed: {reason}\n"
               "We will try again on {retry} (UTC). This was failure {failures} of 3; after 3 in a "
               "row, automatic top-up switches off.\n"),
        "de": ("Automatische Aufladung fehlgeschlagen",
               "Guten Tag\n\ndie automatische Aufladung über {currency} {amount} auf {card} ist "
               "fehlgeschlagen: {reason}\nWir versuchen es am {retry} (UTC) erneut. Das war Fehler "
               "{failures} von 3; nach 3 Fehlern in Folge schaltet sich die automatische Aufladung "
               "aus.\n"),
    },
    "top_up_off": {
        "en": ("Automatic top-up switched off",
               "Hello,\n\nthe automatic top-up of {currency} {amount} to {card} failed 3 times in "
               "a row ({reason}), so it is now switched off. Check the card and switch it on again"
               " under Automatic payments.\n"),
        "de": ("Automatische Aufladung ausgeschaltet",
               "Guten Tag\n\ndie automatische Aufladung über {currency} {amount} auf {card} ist "
               "3-mal in Folge fehlgeschlagen ({reason}) und jetzt ausgeschaltet. Prüfen Sie die "
               "Karte und schalten Sie sie unter Automatische Zahlungen wieder ein.\n"),
    },
    "renewed": {
        "en": ("{product} renewed until {until}",
               "Hello,\n\nyour {product} for {users} users was renewed for {months} months, until "
               "{until}. We charged {currency} {amount} to {source}.\n"),
        "de": ("{product} verlängert bis {until}",
               "Guten Tag\n\nIhr {product} für {users} Benutzer wurde um {months} Monate bis "
               "{until} verlängert. Belastet: {currency} {amount}, {source}.\n"),
    },
    "renewal_grace": {
        "en": ("{product} could not be renewed",
               "Hello,\n\nyour {product} expired on {ended}. Neither the prepaid credit nor a saved"
               " card could pay the renewal of {currency} {amount} ({reason}).\nIt keeps working "
               "for 7 days of grace, until {grace_until} (UTC); top up the credit or add a card "
               "before then, or it will be suspended.\n"),
        "de": ("{product} konnte nicht verlängert werden",
               "Guten Tag\n\nIhr {product} ist am {ended} abgelaufen. Weder das Prepaid-Guthaben "
               "noch eine gespeicherte Karte konnte die Verlängerung über {currency} {amount} "
               "bezahlen ({reason}).\nEr läuft 7 Tage Kulanzfrist weiter, bis {grace_until} (UTC);"
               " laden Sie bis dahin Guthaben auf oder hinterlegen Sie eine Karte, sonst wird er "
               "gesperrt.\n"),
    },
    "suspended": {
        "en": ("{product} suspended",
               "Hello,\n\nyour {product} was suspended on {date}: the 7 days of grace ended without"
               " a renewal payment. Buy it again in the shop to reactivate it.\n"),
        "de": ("{product} gesperrt",
               "Guten Tag\n\nIhr {product} wurde am {date} gesperrt: die 7 Tage Kulanzfrist sind "
               "ohne Zahlung abgelaufen. Kaufen Sie ihn im Shop erneut, um ihn zu reaktivieren.\n"),
    },
    "card_expiring": {
        "en": ("Your card {card} expires soon",
               "Hello,\n\nthe card {card} saved for automatic payments expires at the end of "
               "{expiry}. Add a new card before then so that automatic payments keep working.\n"),
        "de": ("Ihre Karte {card} läuft bald ab",
               "Guten Tag\n\ndie für automatische Zahlungen gespeicherte Karte {card} läuft Ende "
               "{expiry} ab. Hinterlegen Sie vorher eine neue Karte, damit automatische Zahlungen "
               "weiter funktionieren.\n"),
    },
}


def render(kind: str, language: str, **values: object) -> Message:
    return render_from(_TEXTS, kind, language, **values)
