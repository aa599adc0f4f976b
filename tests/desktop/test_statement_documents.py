"""The wholesale statement's PDF and workbook without a provider: every row on exactly one page
with the totals on the last, a name that looks like a formula stays text in the workbook, and the
workbook's columns are numbers that add up to the totals."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as s

from desktop.api_client.reseller_types import StatementRow, WholesaleStatement
from desktop.reports.statement_pdf import pages_of, render_statement
from desktop.reports.statement_xlsx import render_workbook

D = Decimal


@given(s.integers(0, 400), s.integers(1, 2))
def test_every_row_is_on_one_page_and_the_totals_follow_the_last(rows: int, totals: int) -> None:
    pages = pages_of(rows, totals)
    assert pages[0][0] == 0 and pages[-1][1] == rows
    assert all(a[1] == b[0] for a, b in zip(pages, pages[1:], strict=False))
    assert rows == 0 or pages[-1][1] > pages[-1][0]  # the totals never stand alone


def _statement() -> WholesaleStatement:
    rows = (StatementRow(1, "65001", '=HYPERLINK("http://x.example","Klick")', "CHF", 2, D("120.40"),
                         D("90.30"), D("30.10")),
            StatementRow(2, "65002", "Bäckerei Frei", "CHF", 1, D("14.14"), D("10.60"), D("3.54")))
    total = StatementRow(0, "", "", "CHF", 0, D("134.54"), D("100.90"), D("33.64"))
    return WholesaleStatement("2026-11", rows, (total,))


def test_workbook_keeps_names_as_text_and_amounts_as_numbers() -> None:
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(render_workbook(_statement(), "de", "Alpen Telecom AG"))).active
    assert ws["B5"].data_type == "s" and ws["B5"].value.startswith("=HYPERLINK")
    assert ws["D4"].value == "Rechnungen"
    body = [r for r in ws.iter_rows(min_row=5, max_row=6, values_only=True)]
    for col, expected in ((4, D("134.54")), (5, D("100.90")), (6, D("33.64"))):
        assert sum(D(str(r[col])) for r in body) == expected
    assert ws["B7"].value == "Total CHF" and D(str(ws["G7"].value)) == D("33.64")


def test_pdf_names_the_reseller_and_the_month() -> None:
    import pypdfium2 as pdfium

    made = datetime(2026, 12, 6, 9)
    pdf = pdfium.PdfDocument(render_statement(_statement(), "en", "Alpen Telecom AG", made))
    text = pdf[0].get_textpage().get_text_range()
    assert "Wholesale statement November 2026" in text and "Alpen Telecom AG" in text
    assert "Total CHF" in text and "33.64" in text
