"""The block under the item table: net, VAT and total, the notes (reverse charge, what a credit
note corrects, how to pay, the calls appendix) and, for an open EUR invoice, the EPC code beside
the notes. Measured before it is drawn, so that the page layout can keep it whole."""

from __future__ import annotations

from typing import Any

from desktop.reports import fonts
from desktop.reports.document import InvoiceDocument
from desktop.reports.formatting import date_text, money_text, percent_text, reference_text
from desktop.reports.layout import LEFT, MM, RIGHT
from desktop.reports.wording import plural

LABEL_X = LEFT + 270
NOTE_SIZE, NOTE_PITCH, NOTE_GAP = 9.0, 12.0, 4.0
EPC_SIZE = 32 * MM
EPC_BLOCK_W = EPC_SIZE + 14  # the code and the space between it and the notes
TOTALS_HEIGHT = 16 + 14 + 16 + 24  # from the rule: net, VAT, total, gap to the notes


class Summary:
    def __init__(self, doc: InvoiceDocument, labels: dict[str, str], notes: list[str]) -> None:
        from reportlab.lib.utils import simpleSplit

        self.doc, self.labels = doc, labels
        self.epc = doc.qr_standard == "epc_qr" and doc.detail.payment_instructions is not None
        width = RIGHT - LEFT - (EPC_BLOCK_W if self.epc else 0)
        self.notes = [simpleSplit(note, fonts.REGULAR, NOTE_SIZE, width) for note in notes]
        notes_h = sum(len(lines) * NOTE_PITCH + NOTE_GAP for lines in self.notes)
        code_h = EPC_SIZE + 14 if self.epc else 0
        self.height = TOTALS_HEIGHT + max(notes_h, code_h)

    def draw(self, c: Any, rule_y: float) -> float:
        """Draw under the table's rule at rule_y; returns the lowest y drawn."""
        inv = self.doc.detail.invoice
        lang, cur = self.doc.lang, inv.currency
        y = rule_y - 16
        rows = [(self.labels["net"], money_text(inv.net, lang, cur)),
                (self.labels["vat"].format(rate=percent_text(inv.vat_rate_percent, lang, cur)),
                 money_text(inv.vat, lang, cur))]
        c.setFont(fonts.REGULAR, 9)
        for label, value in rows:
            c.drawString(LABEL_X, y, label)
            c.drawRightString(RIGHT, y, value)
            y -= 14
        y -= 2
        c.setFont(fonts.BOLD, 11)
        c.drawString(LABEL_X, y, self.labels["total"])
        c.drawRightString(RIGHT, y, money_text(inv.gross, lang, cur))
        y -= 24
        top = y
        c.setFont(fonts.REGULAR, NOTE_SIZE)
        for lines in self.notes:
            for line in lines:
                c.drawString(LEFT, y, line)
                y -= NOTE_PITCH
            y -= NOTE_GAP
        if self.epc:
            y = min(y, self._epc(c, top + NOTE_SIZE))
        return y

    def _epc(self, c: Any, top: float) -> float:
        from desktop.reports.qr_codes import draw_qr, epc_payload

        pi = self.doc.detail.payment_instructions
        assert pi is not None
        draw_qr(c, epc_payload(pi), RIGHT - EPC_SIZE, top - EPC_SIZE, EPC_SIZE)
        c.setFont(fonts.REGULAR, 7)
        c.drawRightString(RIGHT, top - EPC_SIZE - 10, self.labels["epc_caption"])
        return top - EPC_SIZE - 14


def notes(doc: InvoiceDocument, labels: dict[str, str], calls_pages: int) -> list[str]:
    inv = doc.detail.invoice
    out = []
    if inv.reverse_charge:  # worded here, in the document's language (the legal note)
        out.append(labels["reverse_charge"])
    if inv.kind == "credit_note" and doc.credit_of_number:
        out.append(labels["credit_of"].format(number=doc.credit_of_number,
                                              date=date_text(doc.credit_of_date, doc.lang)))
    if inv.kind == "credit_note" and inv.payment_method in ("allocation", "prepaid_credit", "card_refund"):
        out.append(labels[f"settle_{inv.payment_method}"].format(number=doc.credit_of_number or ""))
    elif inv.kind == "invoice" and inv.credited > 0 and inv.status == "open":
        out.append(labels["credits_deducted"].format(amount=money_text(inv.credited, doc.lang, inv.currency)))
    out.append(payment_note(doc, labels))
    if doc.calls:
        out.append(labels["calls_ref"].format(calls=plural(doc.lang, "%n call(s)", len(doc.calls)),
                                              pages=plural(doc.lang, "%n appendix page(s)", calls_pages)))
    return out


def payment_note(doc: InvoiceDocument, labels: dict[str, str]) -> str:
    inv = doc.detail.invoice
    amount = money_text(inv.still_open, doc.lang, inv.currency)
    due = date_text(inv.due_on, doc.lang)
    if inv.kind == "credit_note" or inv.gross <= 0:
        return labels["nothing_due"]
    if inv.status == "credited":
        return labels["credited_in_full"]
    if inv.status == "paid":
        return labels["paid"].format(date=date_text(inv.paid_at, doc.lang))
    if inv.payment_method == "sepa":
        return labels["pay_sepa"].format(amount=amount, due=due)
    if inv.payment_method == "card":
        return labels["pay_card"].format(amount=amount)
    return labels["pay_transfer"].format(amount=amount, due=due,
                                         reference=reference_text(inv.payment_reference))
