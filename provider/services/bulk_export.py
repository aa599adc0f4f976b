"""Bulk job: every customer's invoices of a month as one ZIP (docs/resellers.md#bulk-export).

The provider fixes what goes in when the job starts: one item per customer with an invoice for
the month, naming that invoice and the credit notes correcting it. The client fetches and
renders the PDFs through the ordinary invoice routes (acting for each customer), writes the ZIP
on its own disk, and reports each customer here as it is written, so the job's record shows how
far the export got whichever client looks, and a resumed export knows what is left."""

from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from provider.db.models import Account, BulkJob, Invoice
from provider.domain.errors import RuleViolation
from provider.runtime import Runtime
from provider.services import bulk_jobs
from provider.services.bulk_jobs import NewItem

MONTH = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")
MAX_REPORTED = 500


def start(
    db: Session, rt: Runtime, reseller: Account, user_id: int, key: str | None, month: str
) -> bulk_jobs.Started:
    if not MONTH.match(month):
        raise RuleViolation.at_field("month", "month.format", "Give the month as YYYY-MM, e.g. 2026-11.")
    return bulk_jobs.start(
        db,
        rt,
        reseller,
        user_id,
        "invoice_export",
        key,
        {"month": month},
        lambda: _items(db, reseller, month),
    )


def _items(db: Session, reseller: Account, month: str) -> list[NewItem]:
    rows = db.execute(
        select(
            Invoice.id,
            Invoice.account_id,
            Account.user_id,
            func.coalesce(Account.company_name, Account.name),
            Account.language,
            Account.kind,
        )
        .join(Account, Account.id == Invoice.account_id)
        .where(Account.reseller_id == reseller.id, Invoice.period == month, Invoice.kind == "invoice")
        .order_by(Account.id, Invoice.id)
    ).all()
    by_invoice = {r[0]: r for r in rows}
    corrections: dict[int, list[int]] = defaultdict(list)
    if by_invoice:
        for note_id, of in db.execute(
            select(Invoice.id, Invoice.credit_of_id)
            .where(Invoice.credit_of_id.in_(list(by_invoice)))
            .order_by(Invoice.id)
        ):
            corrections[of].append(note_id)
    per_customer: dict[int, NewItem] = {}
    for invoice_id, customer_id, user_id, name, language, kind in rows:
        item = per_customer.setdefault(
            customer_id,
            NewItem(
                customer_id,
                {
                    "user_id": user_id,
                    "name": name,
                    "language": language,
                    "business": kind == "business",
                    "invoice_ids": [],
                },
            ),
        )
        item.data["invoice_ids"] += [invoice_id, *corrections[invoice_id]]
    return list(per_customer.values())


def report(
    db: Session, rt: Runtime, reseller: Account, job_id: int, done: list[int], failed: dict[int, str]
) -> BulkJob:
    """Customers written to the ZIP (`done`) or not (`failed`, with why), in one transaction."""
    job = bulk_jobs.get(db, reseller, job_id)
    if job.kind != "invoice_export":
        raise RuleViolation("conflict", "Only an invoice export reports its progress.", 409)
    if len(done) + len(failed) > MAX_REPORTED:
        raise RuleViolation.at_field(
            "done", "bulk.report_size", f"Report at most {MAX_REPORTED} customers at once."
        )
    db.refresh(job, with_for_update=True)
    if job.status == "done":
        return job  # a repeated report of the last customers: nothing left to record
    for customer_id in done:
        bulk_jobs.record(db, rt, job, customer_id, True, None)
    for customer_id, message in failed.items():
        bulk_jobs.record(db, rt, job, customer_id, False, message)
    bulk_jobs.finish_if_complete(db, rt, job)
    db.commit()
    return job
