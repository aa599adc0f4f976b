"""Invoice PDFs checked with independent tools: pypdf extracts the text, zxing-cpp decodes the
QR codes from a pypdfium2 rendering, factur-x checks the embedded XML against its schema."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.reports.document import InvoiceDocument, parse_customer
from desktop.reports.formatting import amount_text, duration_text
from desktop.reports.invoice_pdf import render_invoice
from tests.desktop.invoice_samples import calls, detail

pypdf = pytest.importorskip("pypdf", reason="pypdf (dev extra) extracts the text")


def text_of(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text(extraction_mode="layout") for page in reader.pages]


def squash(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text)


def decode_qr(pdf: bytes) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp (dev extra) decodes the QR codes")
    pdfium = pytest.importorskip("pypdfium2", reason="pypdfium2 (dev extra) renders the page")
    image = pdfium.PdfDocument(pdf)[0].render(scale=300 / 72).to_pil()
    return [r.text for r in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_chf_invoice_text_holds_number_totals_and_every_call(lang):
    call_list = calls(250)
    d = detail(call_list)
    pdf = render_invoice(InvoiceDocument(d, call_list, lang, "52718", business=True))
    pages = text_of(pdf)
    everything = squash("\n".join(pages))
    inv = d.invoice
    assert inv.number in pages[0]
    for amount in (inv.net, inv.vat, inv.gross):
        assert amount_text(amount, lang, "CHF") in pages[0]
    heading = "Page {x} of {y}" if lang == "en" else "Seite {x} von {y}"
    for x in range(1, len(pages) + 1):
        assert heading.format(x=x, y=len(pages)) in pages[x - 1]
    # Every call, as one line: start, from, to, zone, duration, price.
    for c in call_list:
        t = c.started_at
        start = (f"{t:%Y-%m-%d %H:%M:%S}" if lang == "en" else f"{t:%d.%m.%Y %H:%M:%S}")
        line = re.compile(re.escape(f"{start} +{c.from_number} +{c.to_number} ") + r".+ "
                          + re.escape(f"{duration_text(c.duration_s)} {c.price:.2f}"))
        assert line.search(everything), f"call {c.id} missing"
    assert ("Rechnung" if lang == "de" else "Invoice") in pages[0]


def test_swiss_qr_bill_decodes_to_iban_amount_and_reference():
    call_list = calls(5)
    d = detail(call_list)
    pdf = render_invoice(InvoiceDocument(d, call_list, "de", "52718"))
    payloads = [p for p in decode_qr(pdf) if p.startswith("SPC")]
    assert len(payloads) == 1
    fields = payloads[0].replace("\r\n", "\n").split("\n")
    assert fields[3] == "CH4431999123000889012"
    assert Decimal(fields[18]) == d.invoice.gross
    assert fields[19] == "CHF"
    assert (fields[27], fields[28]) == ("QRR", d.invoice.payment_reference)
    assert "Zahlteil" in text_of(pdf)[0]


def test_paid_invoice_carries_no_payment_code():
    call_list = calls(3)
    pdf = render_invoice(InvoiceDocument(detail(call_list, status="paid"), call_list, "en"))
    assert "Paid on" in text_of(pdf)[0]
    assert decode_qr(pdf) == []


def test_eur_business_invoice_has_epc_code_and_valid_factur_x():
    facturx = pytest.importorskip("facturx")
    call_list = calls(40, currency="EUR")
    d = detail(call_list, currency="EUR")
    pdf = render_invoice(InvoiceDocument(d, call_list, "de", "7310", business=True))
    epc = [p for p in decode_qr(pdf) if p.startswith("BCD")]
    assert len(epc) == 1
    lines = epc[0].split("\n")
    assert lines[:4] == ["BCD", "002", "1", "SCT"]
    assert lines[4] == "COBADEFFXXX" and lines[6] == "DE89370400440532013000"
    assert lines[7] == f"EUR{d.invoice.gross}" and lines[9] == d.invoice.payment_reference
    name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
    assert name == "factur-x.xml"
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert d.invoice.number.encode() in xml and str(d.invoice.gross).encode() in xml
    page = text_of(pdf)[0]
    assert "USt. 19 %" in page and "USt-IdNr. DE811907980" in page


def test_eur_private_invoice_has_no_factur_x_and_reverse_charge_is_said():
    call_list = calls(2, currency="EUR")
    d = detail(call_list, currency="EUR", reverse_charge=True)
    pdf = render_invoice(InvoiceDocument(d, call_list, "en", "7310", business=False))
    assert b"factur-x.xml" not in pdf
    assert "Reverse charge" in text_of(pdf)[0]
    facturx = pytest.importorskip("facturx")
    pdf = render_invoice(InvoiceDocument(d, call_list, "en", "7310", business=True))
    _name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert b"<ram:CategoryCode>AE</ram:CategoryCode>" in xml


def test_many_items_move_the_qr_bill_to_its_own_page():
    call_list = calls(1)
    data = detail(call_list)
    items = tuple(data.items) * 12
    from dataclasses import replace

    d = replace(data, items=items)
    pdf = render_invoice(InvoiceDocument(d, call_list, "en"))
    pages = text_of(pdf)
    assert "Payment part" not in pages[0] and "Payment part" in pages[1]
    assert "Page 3 of 3" in pages[2]


def test_bad_qr_reference_is_refused():
    call_list = calls(1)
    data = detail(call_list)
    from dataclasses import replace

    pi = replace(data.payment_instructions, reference="000000000001202600000001885")  # bad check digit
    with pytest.raises(ValueError):
        render_invoice(InvoiceDocument(replace(data, payment_instructions=pi), call_list, "en"))


def test_customer_block_is_parsed():
    a = parse_customer("Weber GmbH\nJonas Weber\nHafenweg 3\n20457 Hamburg\nDE\nVAT DE811907980")
    assert (a.name, a.contact, a.street, a.postal_code, a.city, a.country, a.vat_id) == (
        "Weber GmbH", "Jonas Weber", "Hafenweg 3", "20457", "Hamburg", "DE", "DE811907980")
    assert parse_customer("Anna Keller").name == "Anna Keller"
    # A postcode that does not start with a digit keeps street, postcode and city (it lost them).
    lu = parse_customer("Gare SA\n12, rue de la Gare\nL-1611 Luxembourg\nLU")
    assert (lu.street, lu.postal_code, lu.city, lu.country) == (
        "12, rue de la Gare", "L-1611", "Luxembourg", "LU")


@given(st.decimals(min_value=Decimal("-99999999"), max_value=Decimal("99999999"), places=2))
def test_amount_text_round_trips(value):
    for lang, currency, group, mark in (("de", "EUR", ".", ","), ("en", "EUR", ",", "."),
                                        ("de", "CHF", "\u2019", ".")):
        text = amount_text(value, lang, currency)
        assert Decimal(text.replace(group, "").replace(mark, ".")) == value


@given(st.integers(min_value=0, max_value=10**6))
def test_duration_text_round_trips(seconds):
    parts = [int(p) for p in duration_text(seconds).split(":")]
    total = 0
    for p in parts:
        total = total * 60 + p
    assert total == seconds
