"""Exports for accountants: one invoice as PDF, or a period as a ZIP with every invoice's PDF,
invoices.csv and calls.csv, and invoices.xlsx with both as sheets. Reads only the local store.

The CSV is what German and Swiss spreadsheet programs open as columns: UTF-8 with a byte order
mark, and in German `;` between fields and a decimal comma (in English `,` and a point). Amounts,
counts and durations are plain numbers (-12,50), never text; only text fields that a spreadsheet
would run as a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe. The .xlsx
has typed cells: numbers, dates, and text stored as text (a formula-like text stays text)."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.reports.document import InvoiceDocument
from desktop.reports.private_files import make_folder, open_private

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INVOICE_COLUMNS = ("number", "kind", "period", "issued_on", "due_on", "currency", "net", "vat_rate_percent",
                   "vat", "gross", "credited", "open_amount", "status", "payment_method", "payment_reference",
                   "call_count")
CALL_COLUMNS = ("invoice_number", "call_id", "started_at_utc", "from", "to", "zone", "duration_s", "price",
                "currency")


def neutralise(value: object) -> str:
    """A cell as text, defused: '=1+2' -> "'=1+2" (spreadsheets would evaluate it)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@dataclass(frozen=True)
class Account:
    """What the documents need to know about the account (from the cached /me)."""

    customer_number: str
    language: str
    business: bool
    ui_language: str = ""  # the CSV's conventions; the account's language when not given


@dataclass(frozen=True)
class CsvStyle:
    delimiter: str
    decimal_mark: str

    @classmethod
    def for_language(cls, lang: str) -> CsvStyle:
        return cls(";", ",") if lang == "de" else cls(",", ".")

    def cell(self, value: object) -> str:
        """Numbers as numbers in this style; text defused; dates ISO."""
        if isinstance(value, bool) or value is None:
            return neutralise(value)
        if isinstance(value, Decimal | int | float):
            return str(value).replace(".", self.decimal_mark)
        if isinstance(value, date | datetime):
            return value.isoformat()
        return neutralise(value)


def document(store: Any, invoice_id: int, account: Account) -> InvoiceDocument:
    detail = store.detail(invoice_id)
    if detail is None:
        raise LookupError("This invoice's details are not in the local store yet; connect once to "
                          "download them.")
    credit_of, credit_of_date = None, None
    if detail.invoice.credit_of_id:
        original = store.invoice(detail.invoice.credit_of_id)
        if original is not None:
            credit_of, credit_of_date = original.number, original.issued_at
    return InvoiceDocument(detail, store.calls(invoice_id), account.language, account.customer_number,
                           account.business, credit_of, credit_of_date)


def invoice_pdf(store: Any, invoice_id: int, account: Account) -> bytes:
    from desktop.reports.invoice_pdf import render_invoice

    return render_invoice(document(store, invoice_id, account))


def export_invoice(store: Any, invoice_id: int, account: Account, path: Path) -> Path:
    data = invoice_pdf(store, invoice_id, account)
    tmp = path.with_suffix(path.suffix + ".part")
    with open_private(tmp) as out:
        out.write(data)
    tmp.replace(path)
    return path


def _invoice_row(inv: Any) -> list[object]:
    return [inv.number, inv.kind, inv.period, inv.issued_at.date(), inv.due_on, inv.currency, inv.net,
            inv.vat_rate_percent, inv.vat, inv.gross, inv.credited, inv.still_open, inv.status,
            inv.payment_method, inv.payment_reference, inv.call_count]


def _call_row(number: str, c: Any) -> list[object]:
    # Numbers as the provider keeps them (E.164 digits): a leading + would read as a formula.
    return [number, c.id, c.started_at.replace(tzinfo=None), c.from_number, c.to_number, c.zone,
            c.duration_s, c.price, c.currency]


def export_period(store: Any, first: date, last: date, account: Account, out_dir: Path,
                  progress: Callable[[int, int], None] | None = None) -> tuple[Path, int]:
    """`invoices-<first>-<last>.zip` in out_dir; returns the path and how many invoices it holds."""
    if last < first:
        raise ValueError("The period ends before it starts.")
    invoices = store.invoices_between(first, last)
    make_folder(out_dir)
    path = out_dir / f"invoices-{first.isoformat()}-{last.isoformat()}.zip"
    tmp = path.with_suffix(".zip.part")
    style = CsvStyle.for_language(account.ui_language or account.language)
    inv_csv, calls_csv = io.StringIO(), io.StringIO()
    inv_w = csv.writer(inv_csv, delimiter=style.delimiter, lineterminator="\r\n")
    calls_w = csv.writer(calls_csv, delimiter=style.delimiter, lineterminator="\r\n")
    inv_w.writerow(INVOICE_COLUMNS)
    calls_w.writerow(CALL_COLUMNS)
    inv_rows: list[list[object]] = []
    call_rows: list[list[object]] = []
    with open_private(tmp) as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for done, inv in enumerate(invoices, 1):
            zf.writestr(f"{inv.number}.pdf", invoice_pdf(store, inv.id, account))
            inv_rows.append(_invoice_row(inv))
            inv_w.writerow([style.cell(v) for v in inv_rows[-1]])
            for c in store.calls(inv.id):
                call_rows.append(_call_row(inv.number, c))
                calls_w.writerow([style.cell(v) for v in call_rows[-1]])
            if progress:
                progress(done, len(invoices))
        zf.writestr("invoices.csv", "\ufeff" + inv_csv.getvalue())
        zf.writestr("calls.csv", "\ufeff" + calls_csv.getvalue())
        zf.writestr("invoices.xlsx", workbook(inv_rows, call_rows))
    tmp.replace(path)
    return path, len(invoices)


def workbook(invoice_rows: list[list[object]], call_rows: list[list[object]]) -> bytes:
    """Both tables as sheets with typed cells: numbers with two decimals, dates, text as text."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheets = ((book.active, "Invoices", INVOICE_COLUMNS, invoice_rows),
              (book.create_sheet(), "Calls", CALL_COLUMNS, call_rows))
    for sheet, title, columns, rows in sheets:
        sheet.title = title
        sheet.append(list(columns))
        for row in rows:
            sheet.append([None] * len(row))
            for col, value in enumerate(row, start=1):
                cell = sheet.cell(row=sheet.max_row, column=col)
                if isinstance(value, Decimal):
                    cell.value, cell.number_format = value, "0.00"
                elif isinstance(value, datetime):
                    cell.value, cell.number_format = value, "yyyy-mm-dd hh:mm:ss"
                elif isinstance(value, date):
                    cell.value, cell.number_format = value, "yyyy-mm-dd"
                elif isinstance(value, int) and not isinstance(value, bool):
                    cell.value = value
                elif value is not None:
                    cell.value = str(value)
                    cell.data_type = "s"  # never a formula, whatever it starts with
        sheet.freeze_panes = "A2"
        for col in range(1, len(columns) + 1):
            sheet.column_dimensions[get_column_letter(col)].width = 16
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
