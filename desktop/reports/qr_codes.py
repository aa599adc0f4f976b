"""Payment QR codes: the Swiss QR-bill's SPC payload (made and validated by qrbill) and the EPC
QR code for SEPA credit transfers (EPC069-12), drawn as vector squares on a reportlab canvas."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop.api_client.invoices_types import Party, PaymentInstructions


def swiss_bill(pi: PaymentInstructions, debtor: Party | None, lang: str) -> Any:
    """A validated qrbill.QRBill (raises ValueError on bad data, e.g. a wrong QR reference)."""
    import qrbill

    c = pi.creditor
    debtor_data = None
    if debtor is not None and debtor.name and debtor.postal_code and debtor.country:
        debtor_data = {"name": debtor.name[:70], "street": debtor.street[:70], "pcode": debtor.postal_code,
                       "city": debtor.city, "country": debtor.country}
    return qrbill.QRBill(
        account=pi.iban, creditor={"name": c.name, "street": c.street, "pcode": c.postal_code,
                                   "city": c.city, "country": c.country},
        amount=f"{pi.amount:.2f}", currency=pi.currency, debtor=debtor_data,
        reference_number=pi.reference, additional_information=pi.message[:140],
        language=lang if lang in ("en", "de", "fr", "it") else "en")


def spc_payload(bill: Any) -> str:
    return bill.qr_data()


def epc_payload(pi: PaymentInstructions) -> str:
    """EPC069-12 version 002, UTF-8, SCT, with the RF creditor reference as structured remittance."""
    amount = pi.amount.quantize(Decimal("0.01"))
    if not Decimal("0.01") <= amount <= Decimal("999999999.99"):
        raise ValueError("An EPC QR code carries an amount from 0.01 to 999999999.99 EUR.")
    lines = ["BCD", "002", "1", "SCT", pi.bic or "", pi.creditor.name[:70], pi.iban.replace(" ", ""),
             f"EUR{amount}", "", pi.reference.replace(" ", "")[:35], ""]
    return "\n".join(lines)


def qr_matrix(payload: str) -> list[list[bool]]:
    """Error correction M, as both standards ask; no quiet zone (the layout leaves room)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """The code as filled squares, bottom-left at (x, y); dark runs of a row merged into one rect."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    cell = size / n
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * cell
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                canvas.rect(x + start * cell, top, (col - start) * cell, cell, stroke=0, fill=1)
            else:
                col += 1
    canvas.restoreState()


def draw_swiss_cross(canvas: Any, cx: float, cy: float, size: float) -> None:
    """The 7 mm Swiss cross in the middle of a QR-bill's code: black square, white border, cross."""
    canvas.saveState()
    half = size / 2
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(cx - half, cy - half, size, size, stroke=0, fill=1)
    inner = size * 0.86
    canvas.setFillColorRGB(0, 0, 0)
    canvas.rect(cx - inner / 2, cy - inner / 2, inner, inner, stroke=0, fill=1)
    arm_l, arm_w = inner * 0.6, inner * 0.19
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(cx - arm_w / 2, cy - arm_l / 2, arm_w, arm_l, stroke=0, fill=1)
    canvas.rect(cx - arm_l / 2, cy - arm_w / 2, arm_l, arm_w, stroke=0, fill=1)
    canvas.restoreState()
