"""Exports for accountants: one invoice as PDF, or a period as a ZIP with every invoice's PDF, an
invoices.csv and a calls.csv. CSV cells that a spreadsheet would run as a formula (starting with
=, +, - or @) get a leading apostrophe. Reads only the local store; no Qt."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.reports.document import InvoiceDocument

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INVOICE_COLUMNS = ("number", "kind", "period", "issued_on", "due_on", "currency", "net", "vat_rate_percent",
                   "vat", "gross", "status", "payment_method", "payment_reference", "call_count")
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
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def export_period(store: Any, first: date, last: date, account: Account, out_dir: Path,
                  progress: Callable[[int, int], None] | None = None) -> tuple[Path, int]:
    """`invoices-<first>-<last>.zip` in out_dir; returns the path and how many invoices it holds."""
    if last < first:
        raise ValueError("The period ends before it starts.")
    invoices = store.invoices_between(first, last)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"invoices-{first.isoformat()}-{last.isoformat()}.zip"
    tmp = path.with_suffix(".zip.part")
    inv_csv, calls_csv = io.StringIO(), io.StringIO()
    inv_w, calls_w = csv.writer(inv_csv), csv.writer(calls_csv)
    inv_w.writerow(INVOICE_COLUMNS)
    calls_w.writerow(CALL_COLUMNS)
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for done, inv in enumerate(invoices, 1):
            zf.writestr(f"{inv.number}.pdf", invoice_pdf(store, inv.id, account))
            inv_w.writerow([neutralise(v) for v in (
                inv.number, inv.kind, inv.period, inv.issued_at.date().isoformat(), inv.due_on.isoformat(),
                inv.currency, inv.net, inv.vat_rate_percent, inv.vat, inv.gross, inv.status,
                inv.payment_method, inv.payment_reference, inv.call_count)])
            for c in store.calls(inv.id):
                calls_w.writerow([neutralise(v) for v in (
                    inv.number, c.id, c.started_at.isoformat(), c.from_number, c.to_number, c.zone,
                    c.duration_s, c.price, c.currency)])
            if progress:
                progress(done, len(invoices))
        zf.writestr("invoices.csv", inv_csv.getvalue())
        zf.writestr("calls.csv", calls_csv.getvalue())
    tmp.replace(path)
    return path, len(invoices)
