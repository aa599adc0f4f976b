"""The Swiss QR-bill's receipt and payment part (105 x 210 mm at the foot of an A4 page), drawn
on a reportlab canvas after the Swiss Payment Standards' layout; the payload comes from qrbill."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop.api_client.invoices_types import Party, PaymentInstructions
from desktop.reports import fonts
from desktop.reports.formatting import iban_text, qr_reference_text
from desktop.reports.qr_codes import draw_qr, draw_swiss_cross, spc_payload, swiss_bill

MM = 72 / 25.4
HEIGHT = 105 * MM


def _amount(amount: Decimal) -> str:
    whole, _, cents = f"{amount:.2f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return " ".join([whole, *groups]) + "." + cents


class _Column:
    """Headings (bold) and values stacked downwards from a top edge."""

    def __init__(self, canvas: Any, x: float, top: float, head: float, body: float) -> None:
        self.c, self.x, self.y, self.head, self.body = canvas, x, top, head, body

    def block(self, heading: str, lines: list[str]) -> None:
        self.y -= self.head + 1
        self.c.setFont(fonts.BOLD, self.head)
        self.c.drawString(self.x, self.y, heading)
        self.c.setFont(fonts.REGULAR, self.body)
        for line in lines:
            self.y -= self.body + 1.5
            self.c.drawString(self.x, self.y, line)
        self.y -= self.body * 0.9


def draw_qr_bill(canvas: Any, pi: PaymentInstructions, debtor: Party | None,
                 labels: dict[str, str], lang: str) -> str:
    """Draw at the page foot; returns the SPC payload encoded in the code."""
    bill = swiss_bill(pi, debtor, lang)
    payload = spc_payload(bill)
    c = canvas
    c.saveState()
    # Perforation lines, dashed, with the cut hint above the horizontal one.
    c.setDash(2, 2)
    c.setLineWidth(0.4)
    c.line(0, HEIGHT, 210 * MM, HEIGHT)
    c.line(62 * MM, 0, 62 * MM, HEIGHT)
    c.setDash()
    c.setFont(fonts.REGULAR, 6)
    c.drawCentredString(105 * MM, HEIGHT + 2, labels["qr_separate"])
    creditor = [iban_text(pi.iban), pi.creditor.name, pi.creditor.street,
                f"{pi.creditor.postal_code} {pi.creditor.city}"]
    reference = qr_reference_text(pi.reference) if pi.reference_type == "QRR" else pi.reference
    debtor_lines = ([debtor.name, debtor.street, f"{debtor.postal_code} {debtor.city}"]
                    if debtor is not None and debtor.name else [])
    # Receipt.
    c.setFont(fonts.BOLD, 11)
    c.drawString(5 * MM, HEIGHT - 5 * MM - 11, labels["qr_receipt"])
    col = _Column(c, 5 * MM, HEIGHT - 12 * MM, 6, 8)
    col.block(labels["qr_account"], creditor)
    col.block(labels["qr_reference"], [reference])
    col.block(labels["qr_payable_by"], debtor_lines)
    _currency_amount(c, 5 * MM, 36 * MM, 6, 8, pi, labels, 22 * MM)
    c.setFont(fonts.BOLD, 6)
    c.drawRightString(57 * MM, 18 * MM, labels["qr_acceptance"])
    # Payment part: title, code with the Swiss cross, amount, then the details column.
    c.setFont(fonts.BOLD, 11)
    c.drawString(67 * MM, HEIGHT - 5 * MM - 11, labels["qr_payment_part"])
    qr_y = HEIGHT - 17 * MM - 46 * MM
    draw_qr(c, payload, 67 * MM, qr_y, 46 * MM)
    draw_swiss_cross(c, 67 * MM + 23 * MM, qr_y + 23 * MM, 7 * MM)
    _currency_amount(c, 67 * MM, 36 * MM, 8, 10, pi, labels, 22 * MM)
    col = _Column(c, 118 * MM, HEIGHT - 5 * MM, 8, 10)
    col.block(labels["qr_account"], creditor)
    col.block(labels["qr_reference"], [reference])
    if pi.message:
        col.block(labels["qr_info"], [pi.message])
    col.block(labels["qr_payable_by"], debtor_lines)
    c.restoreState()
    return payload


def _currency_amount(c: Any, x: float, top: float, head: float, body: float, pi: PaymentInstructions,
                     labels: dict[str, str], gap: float) -> None:
    c.setFont(fonts.BOLD, head)
    c.drawString(x, top, labels["qr_currency"])
    c.drawString(x + gap, top, labels["qr_amount"])
    c.setFont(fonts.REGULAR, body)
    c.drawString(x, top - body - 2, pi.currency)
    c.drawString(x + gap, top - body - 2, _amount(pi.amount))
