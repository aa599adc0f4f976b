"""PDF/A-3B structure, checked with pikepdf: every font embedded, the sRGB OutputIntent, the XMP's
PDF/A identification and its agreement with the document information, the Factur-X XML attached
with its AFRelationship; and pikepdf's PDF/A validator (the veraPDF rules) over the whole file.
Names in the EU's Latin scripts come back out of the text as they went in."""

from __future__ import annotations

import io

import pytest

from desktop.reports.document import InvoiceDocument
from desktop.reports.invoice_pdf import render_invoice
from tests.desktop.invoice_samples import LU_CUSTOMER, calls, detail

pikepdf = pytest.importorskip("pikepdf", reason="pikepdf (dev extra) reads the PDF's structure")

KINDS = {
    "chf-qr-bill": lambda: InvoiceDocument(detail(calls(80)), calls(80), "de", "52718", True),
    "eur-factur-x": lambda: InvoiceDocument(
        detail(calls(5, "EUR"), currency="EUR"), calls(5, "EUR"), "de", "7310", True
    ),
    "credit-note": lambda: InvoiceDocument(
        detail([], kind="credit_note", reason="Goodwill", currency="EUR"),
        [],
        "en",
        "7310",
        True,
        "2026-000101",
    ),
    "reverse-charge": lambda: InvoiceDocument(
        detail([], currency="EUR", reverse_charge=True, customer=LU_CUSTOMER), [], "en", "7311", True
    ),
    "paid-private": lambda: InvoiceDocument(detail(calls(2), status="paid"), calls(2), "en", "41445551234"),
}
# pikepdf's validator does not read XMP extension schemas (it approves only what it checks), so
# the Factur-X schema's own properties are the findings it leaves; nothing else may be found.
EXTENSION_NAMESPACES = ("pdfaExtension", "pdfaSchema", "pdfaProperty", "fx=", "fx:")


def open_pdf(pdf: bytes):
    return pikepdf.open(io.BytesIO(pdf))


@pytest.mark.parametrize("kind", list(KINDS))
def test_pdfa_structure(kind):
    doc = KINDS[kind]()
    pdf = render_invoice(doc)
    with open_pdf(pdf) as p:
        # Every font on every page is embedded (a FontFile2 program in its descriptor).
        fonts = {}
        for page in p.pages:
            for font in (page.Resources.get("/Font") or {}).values():
                fonts[str(font.BaseFont)] = font
        assert fonts
        for base, font in fonts.items():
            assert "/FontFile2" in font.FontDescriptor, base
            assert "Helvetica" not in base
        # The sRGB OutputIntent.
        (intent,) = p.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1" and intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        # XMP: PDF/A-3B, and the same title, author, subject, keywords, tools and dates as the info.
        meta = p.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "B")
        info = p.docinfo
        assert meta["dc:title"] == str(info.Title) and meta["dc:creator"] == [str(info.Author)]
        assert meta["dc:description"] == str(info.Subject)
        assert meta["pdf:Keywords"] == str(info.Keywords)
        assert meta["pdf:Producer"] == str(info.Producer) and meta["xmp:CreatorTool"] == str(info.Creator)
        from pikepdf.models.metadata import decode_pdf_date

        for xmp_key, info_key in (("xmp:CreateDate", "/CreationDate"), ("xmp:ModifyDate", "/ModDate")):
            from datetime import datetime

            assert datetime.fromisoformat(meta[xmp_key]) == decode_pdf_date(str(info[info_key]))
        assert str(info.Title).endswith(doc.detail.invoice.number)
        # The Factur-X XML, attached as the invoice's alternative, listed in /AF.
        if doc.wants_factur_x:
            (spec,) = p.Root.AF
            assert spec.AFRelationship == "/Alternative" and str(spec.F) == "factur-x.xml"
            assert spec.EF.F.Subtype == "/text/xml"
            assert p.attachments["factur-x.xml"].get_file().read_bytes().startswith(b"<?xml")
            fx = "{urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#}"
            assert (meta[fx + "DocumentFileName"], meta[fx + "ConformanceLevel"]) == (
                "factur-x.xml",
                "EN 16931",
            )
        else:
            assert "/AF" not in p.Root
    pdfa = pytest.importorskip("pikepdf.pdfa", reason="pikepdf[pdfa] validates PDF/A")
    report = pdfa.validate_written(io.BytesIO(pdf), "3b")
    others = [
        f
        for f in report.findings
        if not (doc.wants_factur_x and any(ns in f.message for ns in EXTENSION_NAMESPACES))
    ]
    assert others == [], "\n".join(map(str, others))
    if not doc.wants_factur_x:
        assert report.passed


def test_every_eu_latin_name_renders_and_extracts():
    pdfplumber = pytest.importorskip("pdfplumber")
    names = (
        "Łódź Ősz Trading S.à r.l.",
        "Ștefan Țurcanu",
        "Žilina Čačak Ťahan",
        "Ærø Øster Åsa",
        "Ġużè Ħamrun",
        "Ðorđe Đaković",
        "Őrség Űrhajó",
        "Dūmiņš Ķekava Ģirts",
        "Ōsaka Ēvele",
        "Straße ẞ Ĳssel",
    )
    from dataclasses import replace

    d = detail([], currency="EUR", customer=LU_CUSTOMER, lines=len(names))
    d = replace(
        d, items=tuple(replace(item, description=name, code=None)
                       for item, name in zip(d.items, names, strict=True))
    )
    pdf = render_invoice(InvoiceDocument(d, [], "de", "7311"))
    with pdfplumber.open(io.BytesIO(pdf)) as p:
        text = p.pages[0].extract_text()
    for name in (*names, "Łódź Ősz Trading S.à r.l.", "Ștefan Țurcanu"):
        assert name in text
    assert "\u25a0" not in text and "\ufffd" not in text
