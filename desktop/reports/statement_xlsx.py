"""The wholesale statement of a month as an Excel workbook (.xlsx): one row per customer, then a
total row per currency, amounts as numbers (with two decimals) so a spreadsheet can sum them,
headings in the document's language. A customer name is always text: a name like
'=HYPERLINK(…)' must not become a formula in the reseller's spreadsheet."""

from __future__ import annotations

import io
from typing import Any

from desktop.api_client.reseller_types import WholesaleStatement
from desktop.reports.statement_pdf import LABELS, month_title

MONEY = "#,##0.00"


def render_workbook(st: WholesaleStatement, lang: str, issuer: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    words = LABELS[lang if lang in LABELS else "en"]
    wb = Workbook()
    ws = wb.active
    ws.title = st.period
    title = f"{words['title']} {month_title(st.period, lang)}"
    _text(ws.cell(row=1, column=1), title).font = Font(bold=True, size=14)
    _text(ws.cell(row=2, column=1), f"{words['for']}: {issuer}")
    heads = [words["number"], words["customer"], "", words["invoices"], words["retail"], words["wholesale"],
             words["margin"]]
    heads[2] = "CHF/EUR" if lang == "en" else "Währung"
    for col, head in enumerate(heads, start=1):
        _text(ws.cell(row=4, column=col), head).font = Font(bold=True)
    r = 5
    for row in st.rows:
        _text(ws.cell(row=r, column=1), row.user_id)
        _text(ws.cell(row=r, column=2), row.name)
        _text(ws.cell(row=r, column=3), row.currency)
        ws.cell(row=r, column=4, value=row.invoices)
        for col, amount in ((5, row.retail), (6, row.wholesale), (7, row.margin)):
            ws.cell(row=r, column=col, value=amount).number_format = MONEY
        r += 1
    for total in st.totals:
        bold = Font(bold=True)
        _text(ws.cell(row=r, column=2), words["total"].format(currency=total.currency)).font = bold
        _text(ws.cell(row=r, column=3), total.currency).font = bold
        count = sum(x.invoices for x in st.rows if x.currency == total.currency)
        ws.cell(row=r, column=4, value=count).font = bold
        for col, amount in ((5, total.retail), (6, total.wholesale), (7, total.margin)):
            cell = ws.cell(row=r, column=col, value=amount)
            cell.number_format, cell.font = MONEY, bold
        r += 1
    for col, width in zip("ABCDEFG", (14, 40, 9, 11, 16, 16, 16), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A5"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _text(cell: Any, value: str) -> Any:
    """`value` stored as a string cell whatever it starts with (openpyxl takes '=…' as a formula)."""
    cell.value = value
    cell.data_type = "s"
    return cell
