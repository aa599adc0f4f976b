"""The payment QR codes as their standards ask: error correction M, no larger a version than the
standard allows (Swiss QR-bill: 25; EPC069-12: 13), and exactly the payload's UTF-8 bytes (byte
mode, no ECI), decoded by zxing-cpp from the matrix and from the rendered invoice PDF."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.api_client.invoices_types import Creditor, Party
from desktop.reports.document import InvoiceDocument
from desktop.reports.invoice_pdf import render_invoice
from desktop.reports.labels import labels_for
from desktop.reports.qr_codes import epc_payload, qr_matrix, spc_payload, swiss_bill
from tests.desktop.invoice_samples import calls, detail

zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp (dev extra) decodes the QR codes")
Image = pytest.importorskip("PIL.Image")

SWISS_MAX_VERSION, EPC_MAX_VERSION = 25, 13


def version(matrix: list[list[bool]]) -> int:
    return (len(matrix) - 17) // 4


def decode_matrix(matrix: list[list[bool]]) -> object:
    """The matrix as a black-on-white image with a quiet zone, decoded."""
    n, quiet, scale = len(matrix), 4, 4
    image = Image.new("L", (n + 2 * quiet, n + 2 * quiet), 255)
    image.putdata([0 if 0 <= r - quiet < n and 0 <= c - quiet < n and matrix[r - quiet][c - quiet] else 255
                   for r in range(n + 2 * quiet) for c in range(n + 2 * quiet)])
    (found,) = zxingcpp.read_barcodes(image.resize((image.width * scale,) * 2, Image.Resampling.NEAREST))
    return found


def decode_pdf(pdf: bytes) -> list:
    pdfium = pytest.importorskip("pypdfium2", reason="pypdfium2 (dev extra) renders the page")
    return zxingcpp.read_barcodes(pdfium.PdfDocument(pdf)[0].render(scale=300 / 72).to_pil())


def test_swiss_qr_bill_in_the_pdf_is_level_m_with_the_payload_bytes():
    call_list = calls(3)
    d = detail(call_list)
    pi = replace(d.payment_instructions, creditor=replace(d.payment_instructions.creditor,
                                                          name="Genossenschaft Zürcher Fernmeldedienste"))
    doc = InvoiceDocument(replace(d, payment_instructions=pi), call_list, "de", "52718")
    (found,) = decode_pdf(render_invoice(doc))
    message = labels_for("de", "CHF")["qr_message"].format(number=d.invoice.number)
    expected = spc_payload(swiss_bill(replace(pi, message=message), doc.buyer, "de")).encode("utf-8")
    assert found.bytes == expected and "Zürcher".encode() in expected
    assert found.symbology_identifier == "]Q1"  # no ECI: the bytes are the payload's UTF-8
    assert found.extra["ECLevel"] == "M"
    assert int(found.extra["Version"]) <= SWISS_MAX_VERSION


def test_longest_swiss_payload_fits_version_25_at_level_m():
    name, street = "Ä" + "x" * 69, "Ü" + "y" * 69
    party = {"name": name, "street": street, "postal_code": "1234567890123456", "city": "C" * 35,
             "country": "CH"}
    pi = replace(detail(calls(1)).payment_instructions, creditor=Creditor(**party), message="M" * 140,
                 amount=Decimal("999999999.99"))
    bill = swiss_bill(pi, Party(**party), "de")
    payload = spc_payload(bill)
    matrix = qr_matrix(payload)
    assert version(matrix) <= SWISS_MAX_VERSION
    found = decode_matrix(matrix)
    assert found.bytes == payload.encode("utf-8") and found.extra["ECLevel"] == "M"
    # The standard's ceiling, 997 characters, still fits.
    assert version(qr_matrix("SPC\r\n" + "z" * 992)) <= SWISS_MAX_VERSION


def test_epc_code_in_the_pdf_is_level_m_within_version_13():
    call_list = calls(3, currency="EUR")
    d = detail(call_list, currency="EUR")
    pi = d.payment_instructions
    pdf = render_invoice(InvoiceDocument(d, call_list, "de", "7310", business=True))
    (found,) = [b for b in decode_pdf(pdf) if b.bytes.startswith(b"BCD")]
    assert found.bytes == epc_payload(pi).encode("utf-8")
    assert found.extra["ECLevel"] == "M" and int(found.extra["Version"]) <= EPC_MAX_VERSION
    longest = replace(pi, creditor=replace(pi.creditor, name="Ö" * 70), amount=Decimal("999999999.99"),
                      bic="COBADEFFXXX", iban="LC14BOSL123456789012345678901234", reference="RF" + "9" * 33)
    assert version(qr_matrix(epc_payload(longest))) <= EPC_MAX_VERSION


def test_no_eci_header_precedes_the_bytes():
    # 14 bytes fill a version 1 code at level M exactly: an ECI designator would need version 2.
    assert version(qr_matrix("abcdefghijklmn")) == 1
    found = decode_matrix(qr_matrix("Grüße aus Zürich"))
    assert found.symbology_identifier == "]Q1" and found.text == "Grüße aus Zürich"


@settings(max_examples=25, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=300))
def test_any_text_round_trips_as_its_utf8_bytes_at_level_m(text):
    found = decode_matrix(qr_matrix(text))
    assert found.bytes == text.encode("utf-8")
    assert found.extra["ECLevel"] == "M"
