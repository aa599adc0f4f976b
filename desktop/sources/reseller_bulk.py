"""A reseller's bulk work (docs/resellers.md#bulk-work): jobs on the provider under an
Idempotency-Key, the month's invoices of every customer written into one ZIP, top-up settings
for a selection of customers, and customers imported from a CSV or .xlsx file.

The export runs on the caller's thread (an Op): it asks the provider for each customer's
documents through the customer's own invoice routes, renders the PDFs (desktop.reports.month_zip),
writes whole customer folders into the part file and tells the provider which customers are
written, in batches. Cancel stops between customers; the job is marked cancelled and resumes
from the part file later, in this client or another start of it."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.api_client.bulk import BulkApi
from desktop.api_client.bulk_types import BulkItem, BulkJob
from desktop.api_client.identifiers import new_idempotency_key
from desktop.api_client.invoices import InvoicesApi
from desktop.reports.document import InvoiceDocument
from desktop.sources.base import AreaApi, Source

__all__ = ["BulkJob", "BulkSource", "ExportOutcome", "new_key"]

REPORT_EVERY = 25  # customers per progress report to the provider
REPORT_SECONDS = 2.0
IN_FLIGHT = 6  # customers fetched ahead while earlier ones render


def new_key() -> str:
    """A job's Idempotency-Key: made once per job the user asks for, kept for its retries."""
    return new_idempotency_key()


@dataclass(frozen=True)
class ExportOutcome:
    path: Path | None  # the finished ZIP; None when cancelled (the part file stays for resuming)
    written: int  # customers in the ZIP
    failed: int
    total: int


class BulkSource(Source):
    api = AreaApi(BulkApi)

    def jobs(self) -> list[BulkJob]:
        return self.api.jobs()

    def job(self, job_id: int) -> BulkJob:
        return self.api.job(job_id)

    def start_export(self, month: str, key: str) -> BulkJob:
        return self.api.start_export(month, key)

    def cancel(self, job_id: int) -> BulkJob:
        return self.api.cancel(job_id)

    def change_top_ups(self, customer_ids: list[int], enabled: bool, threshold: Decimal, amount: Decimal,
                       key: str) -> BulkJob:
        return self.api.start_top_ups(customer_ids, enabled, threshold, amount, key)

    def read_customer_file(self, path: Path) -> list[dict[str, Any]]:
        """The file's customers with their lines, or desktop.reports.customer_file.FileProblem."""
        from desktop.reports.customer_file import read_customers

        return read_customers(path)

    def import_customers(self, file_name: str, rows: list[dict[str, Any]], key: str) -> BulkJob:
        return self.api.start_import(file_name, rows, key)

    def export_month(self, job_id: int, folder: Path, *, report: Any) -> ExportOutcome:
        """Writes (or goes on writing) the job's ZIP in `folder`; `report` (desktop.tasks.Progress)
        hears progress as (customers written, customers in all) and may cancel."""
        from desktop.reports.month_zip import MonthZip, folder_name, renderers

        job = self.api.job(job_id)
        if job.status == "cancelled":
            self.api.resume(job_id)  # answers the job without its items
        month = str(job.params["month"])
        out = MonthZip(folder, month, job.id)
        assert out.written is not None
        todo = [i for i in job.items if i.customer_id is not None and i.status != "failed"
                and folder_name(str(i.data["user_id"]), str(i.data["name"])) not in out.written]
        total, written = len(job.items), len(job.items) - len(todo) - job.failed
        unreported = [i.customer_id for i in job.items if i.status == "pending" and i.customer_id is not None
                      and folder_name(str(i.data["user_id"]), str(i.data["name"])) in out.written]
        done: list[int] = [c for c in unreported if c is not None]
        failed: dict[int, str] = {}
        last_report = time.monotonic()
        report.progress(written, total)

        def send(force: bool = False) -> None:
            nonlocal last_report
            if (done or failed) and (force or len(done) + len(failed) >= REPORT_EVERY
                                     or time.monotonic() - last_report > REPORT_SECONDS):
                self.api.report(job.id, done[:], dict(failed))
                done.clear()
                failed.clear()
                last_report = time.monotonic()

        pool = renderers()
        queue: deque[tuple[BulkItem, list[tuple[str, Future[bytes]]] | str]] = deque()
        pending = iter(todo)
        cancelled = False
        try:
            while True:
                while len(queue) < IN_FLIGHT and not report.cancelled:
                    item = next(pending, None)
                    if item is None:
                        break
                    queue.append((item, self._submit(item, pool.submit)))
                if not queue:
                    break
                item, futures = queue.popleft()
                assert item.customer_id is not None
                if isinstance(futures, str):
                    failed[item.customer_id] = futures
                else:
                    try:
                        files = [(name, f.result()) for name, f in futures]
                    except Exception as exc:  # one customer's document, reported as such
                        failed[item.customer_id] = f"The PDF could not be made: {exc}"
                    else:
                        out.add(folder_name(str(item.data["user_id"]), str(item.data["name"])), files)
                        done.append(item.customer_id)
                        written += 1
                report.progress(written, total)
                send()
                if report.cancelled:
                    cancelled = True
                    for _item, rest in queue:  # fetched but not written: left for the resume
                        if not isinstance(rest, str):
                            for _n, f in rest:
                                f.cancel()
                    break
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            out.close()
        send(force=True)
        if cancelled:
            self.api.cancel(job.id)
            return ExportOutcome(None, written, len(failed), total)
        return ExportOutcome(out.finish(), written, self.api.job(job.id).failed, total)

    def _submit(self, item: BulkItem,
                submit: Callable[..., Future[bytes]]) -> list[tuple[str, Future[bytes]]] | str:
        """The customer's documents fetched and handed to the renderers, or why they could not be."""
        from desktop.api_client import ApiError

        assert item.customer_id is not None
        api = InvoicesApi(self.client, item.customer_id)
        try:
            details = [api.invoice(int(i)) for i in item.data.get("invoice_ids", ())]
            calls = [api.calls(d.invoice.id) if d.invoice.call_count else [] for d in details]
        except ApiError as exc:
            return f"The invoices could not be fetched: {exc}"
        numbers = {d.invoice.id: (d.invoice.number, d.invoice.issued_at) for d in details}
        out = []
        for detail, call_list in zip(details, calls, strict=True):
            of = numbers.get(detail.invoice.credit_of_id or 0, (None, None))
            doc = InvoiceDocument(detail, call_list, str(item.data.get("language") or "en"),
                                  str(item.data["user_id"]), bool(item.data.get("business")), of[0], of[1])
            from desktop.reports.month_zip import render

            out.append((f"{detail.invoice.number}.pdf", submit(render, doc)))
        return out
