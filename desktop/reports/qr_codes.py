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


def qr_code(payload: str) -> Any:
    """The payload's UTF-8 bytes in byte mode with no ECI header, as the Swiss QR-bill and the EPC
    code ask; error correction M as both ask; the smallest version that holds it. zxing-cpp's
    writer (C++): the qrcode package took two thirds of an invoice PDF's time choosing the mask in
    pure Python (segno, also pure Python, is no faster). Given bytes, zxing-cpp would announce
    them as binary (ECI 899) and given a str it would write ISO-8859-1: bytes with ECI "0" is
    neither."""
    import zxingcpp

    return zxingcpp.create_barcode(payload.encode("utf-8"), zxingcpp.BarcodeFormat.QRCode, ec_level="M",
                                   eci="0")


def qr_matrix(payload: str) -> list[list[bool]]:
    """Rows of modules, True for dark; no quiet zone (the layout leaves room)."""
    image = qr_code(payload).to_image(scale=1, add_quiet_zones=False)
    # One byte a module, a row a list: 0 dark, 255 light.
    return [[value < 128 for value in row] for row in memoryview(image).tolist()]


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """The code as one filled path, bottom-left at (x, y): the dark runs of each row as rectangles
    in module units under a scaling transform, written as literal operators (reportlab's rect()
    formats every number through its slow float formatter: a fifth of the page's drawing time)."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    rects = []
    for row_index, row in enumerate(matrix):
        bottom = n - 1 - row_index
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                rects.append(f"{start} {bottom} {col - start} 1 re")
            else:
                col += 1
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.transform(size / n, 0, 0, size / n, x, y)
    canvas.addLiteral("\n".join(rects) + "\nf")
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
