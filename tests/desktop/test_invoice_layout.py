"""The invoice layout for any length, checked with pdfplumber's word boxes: every item, the totals
and the payment note lie inside the page's printable area, no two words overlap, "Page x of y"
is right on every page, and a Swiss QR-bill's 105 mm hold the QR-bill and nothing else."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest

from desktop.reports.document import InvoiceDocument
from desktop.reports.formatting import amount_text
from desktop.reports.invoice_pdf import render_invoice
from desktop.reports.layout import LEFT, MM, PAGE_H, PAGE_W, QR_BILL_HEIGHT, RIGHT, TABLE_TOP_FIRST
from tests.desktop.invoice_samples import calls, detail

pdfplumber = pytest.importorskip("pdfplumber", reason="pdfplumber (dev extra) gives word boxes")

MARGIN_BOTTOM = 20.0
TOP_MARGIN = 40.0


def pages_of(pdf: bytes) -> list[list[dict]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_words(keep_blank_chars=False, use_text_flow=False) for page in doc.pages]


def overlapping(words: list[dict]) -> list[tuple[str, str]]:
    """Pairs of words whose boxes intersect (beyond a hair: glyph boxes touch at line spacing)."""
    found = []
    ordered = sorted(words, key=lambda w: w["top"])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b["top"] >= a["bottom"] - 0.5:
                break
            if min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > 0.5:
                found.append((a["text"], b["text"]))
    return found


def in_qr_bill(word: dict) -> bool:
    return word["bottom"] > PAGE_H - QR_BILL_HEIGHT


def positions_on(words: list[dict], first_page: bool) -> list[int]:
    """The item table's position numbers: digits at its left edge, under the address block, on
    a page with the table's headings."""
    texts = [w["text"] for w in words]
    if "Pos." not in texts:
        return []
    qr_bill = "Annahmestelle" in texts or "Acceptance" in texts
    return [
        int(w["text"])
        for w in words
        if abs(w["x0"] - LEFT) < 1
        and w["text"].isdigit()
        and not (qr_bill and in_qr_bill(w))
        and (not first_page or w["top"] > PAGE_H - TABLE_TOP_FIRST)
    ]


def positions(pages: list[list[dict]]) -> list[int]:
    return [p for n, words in enumerate(pages) for p in positions_on(words, n == 0)]


@pytest.mark.parametrize("lines, lang", [(1, "en"), (33, "de"), (34, "en"), (100, "de"), (1000, "en")])
def test_items_totals_and_payment_note_lie_on_their_pages(lines, lang):
    call_list = calls(20)
    d = detail(call_list, lines=lines)
    pdf = render_invoice(InvoiceDocument(d, call_list, lang, "52718", business=True))
    pages = pages_of(pdf)
    heading = "Page" if lang == "en" else "Seite"
    total = len(pages)
    for number, words in enumerate(pages, start=1):
        text = " ".join(w["text"] for w in words)
        assert re.search(rf"{heading} {number} (of|von) {total}\b", text), f"page {number}"
        for w in words:
            assert 0 <= w["x0"] and w["x1"] <= PAGE_W and w["top"] >= TOP_MARGIN, (number, w["text"])
            assert w["bottom"] <= PAGE_H - MARGIN_BOTTOM, (number, w["text"])
        assert overlapping(words) == [], f"page {number}"
    # Every item's position number, in order, at the table's left edge, and its amount.
    assert positions(pages) == list(range(1, lines + 1))
    # Net, VAT, total and the payment note: all on one page, under the last item.
    inv = d.invoice
    summary_page = next(i for i, words in enumerate(pages) if lines in positions_on(words, i == 0))
    text = " ".join(w["text"] for w in pages[summary_page])
    for amount in (inv.net, inv.vat, inv.gross):
        assert f"CHF {amount_text(amount, lang, 'CHF')}" in text
    assert ("Please transfer" if lang == "en" else "Bitte überweisen") in text
    # The QR-bill: after the summary, with nothing else in its 105 mm.
    qr_page = next(
        i for i, words in enumerate(pages) if any(w["text"] in ("Annahmestelle", "Acceptance") for w in words)
    )
    assert qr_page >= summary_page
    region = [w for w in pages[qr_page] if in_qr_bill(w)]
    assert " ".join(w["text"] for w in region) == qr_bill_alone(d, lang)
    footer = [w for w in pages[qr_page] if w["text"] in ("Page", "Seite")]
    assert footer and all(not in_qr_bill(w) for w in footer)


def qr_bill_alone(d, lang: str) -> str:
    """The words of the QR-bill drawn by itself on an empty page."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.reports import fonts
    from desktop.reports.document import parse_customer
    from desktop.reports.labels import labels_for
    from desktop.reports.swiss_qr_bill import draw_qr_bill

    fonts.register()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_W, PAGE_H))
    from dataclasses import replace

    labels = labels_for(lang, "CHF")
    pi = replace(d.payment_instructions, message=labels["qr_message"].format(number=d.invoice.number))
    draw_qr_bill(c, pi, parse_customer(d.customer), labels, lang)
    c.showPage()
    c.save()
    return " ".join(w["text"] for w in pages_of(buffer.getvalue())[0] if in_qr_bill(w))


def test_page_counts():
    """Hand-counted: page 1 holds 31 item rows, a continuation page 43; the QR-bill needs the
    summary to end 105 mm and the footer's room above the page's foot."""

    def count(lines: int, currency: str = "CHF") -> int:
        return len(
            pages_of(render_invoice(InvoiceDocument(detail([], lines=lines, currency=currency), [], "en")))
        )

    assert [count(n) for n in (1, 2, 31, 33, 34)] == [1, 1, 2, 2, 2]
    # EUR: the summary with its 32 mm EPC code is 174 pt tall; under the table's rule it needs
    # 560 - 16 n - 6 - 174 >= 50, so 20 rows and the summary share page 1, and a 21st moves
    # over together with the summary.
    assert (count(20, "EUR"), count(21, "EUR")) == (1, 2)


def test_a_summary_never_splits_from_the_last_row():
    """Whatever the number of rows, the last item row and the total are on the same page."""
    for lines in range(25, 80, 3):
        pages = pages_of(render_invoice(InvoiceDocument(detail([], lines=lines, currency="EUR"), [], "en")))
        last_row = next(
            i
            for i, words in enumerate(pages)
            if any(w["text"] == str(lines) and abs(w["x0"] - LEFT) < 1 for w in words)
        )
        total = next(i for i, words in enumerate(pages) if any(w["text"] == "Total" for w in words))
        assert last_row == total, lines


def test_long_descriptions_wrap_instead_of_being_cut():
    reason = "word " * 80 + "END"
    d = detail([], kind="credit_note", reason=reason.strip())
    pdf = render_invoice(InvoiceDocument(d, [], "en", credit_of_number="2026-000101"))
    words = [w for page in pages_of(pdf) for w in page]
    assert "END" in [w["text"] for w in words]
    assert all(w["x1"] <= RIGHT + 1 for w in words)


def test_wrapped_rows_flow_over_pages():
    from dataclasses import replace

    d = detail([], lines=60)
    long = tuple(replace(i, description=i.description + " with a long explanation " * 4) for i in d.items)
    pdf = render_invoice(InvoiceDocument(replace(d, items=long), [], "de"))
    pages = pages_of(pdf)
    for words in pages:
        assert overlapping(words) == []
    assert positions(pages) == list(range(1, 61))
    assert Decimal(0) < d.invoice.gross
    assert MM > 0
