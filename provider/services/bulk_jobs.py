"""Bulk jobs of a reseller (docs/resellers.md#bulk-work): each bulk action is one job, found again
by the client's Idempotency-Key (the same key twice is the same job, a different request under
that key is refused), with one item per customer or file line and its result. The rows are
written before the work starts and after each item, so the job outlasts the client: it can be
listed, its report read and an unfinished job resumed."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from provider.db.models import Account, BulkJob, BulkJobItem
from provider.domain.errors import NotFound, RuleViolation
from provider.runtime import Runtime
from provider.services import idempotency
from provider.services.resellers import require_reseller

KINDS = ("invoice_export", "auto_top_up", "customer_import")
LIST_LIMIT = 50


@dataclass(frozen=True)
class NewItem:
    customer_id: int | None
    data: dict[str, Any]
    line: int | None = None
    status: str = "pending"
    message: str | None = None


@dataclass(frozen=True)
class Started:
    job: BulkJob
    created: bool  # False: the key named a job made earlier, which is answered as it is


def start(
    db: Session,
    rt: Runtime,
    reseller: Account,
    user_id: int,
    kind: str,
    key: str | None,
    params: dict[str, Any],
    items: Callable[[], Iterable[NewItem]],
    *,
    status: str = "running",
    body: object = None,
) -> Started:
    """The job under `key`, made with `items()` (asked only for a new job, in the transaction
    that records it) when there is none. The same key with another request (`params`, or `body`
    when given) is refused: it would look done when it was not."""
    found = existing(db, reseller, kind, key, params, body)
    if found is not None:
        return Started(found, False)
    key = idempotency.check_key(key)
    digest = idempotency.request_hash(kind, {"request": body if body is not None else params})
    now = rt.clock.now(db)
    job = BulkJob(
        reseller_id=reseller.id,
        kind=kind,
        idempotency_key=key,
        request_hash=digest,
        params=json.dumps(params, default=str),
        status=status,
        created_by=user_id,
        created_at=now,
        updated_at=now,
        finished_at=now if status == "done" else None,
    )
    db.add(job)
    db.flush()
    db.add_all(
        BulkJobItem(
            job_id=job.id,
            position=n,
            customer_id=i.customer_id,
            line=i.line,
            status=i.status,
            data=json.dumps(i.data, default=str),
            message=i.message,
            updated_at=now,
        )
        for n, i in enumerate(items(), 1)
    )
    try:
        db.commit()
    except IntegrityError:  # the same key sent twice at once: the other request made the job
        db.rollback()
        found = _by_key(db, reseller, key)
        if found is None:
            raise
        _same(found, digest)
        return Started(found, False)
    return Started(job, True)


def existing(
    db: Session, reseller: Account, kind: str, key: str | None, params: dict[str, Any], body: object = None
) -> BulkJob | None:
    """The job made earlier under `key` for the same request, or None; another request under
    the key is refused."""
    require_reseller(reseller)
    key = idempotency.check_key(key)
    found = _by_key(db, reseller, key)
    if found is not None:
        _same(found, idempotency.request_hash(kind, {"request": body if body is not None else params}))
    return found


def _by_key(db: Session, reseller: Account, key: str) -> BulkJob | None:
    return db.scalar(
        select(BulkJob)
        .where(BulkJob.reseller_id == reseller.id, BulkJob.idempotency_key == key)
        .execution_options(populate_existing=True)
    )


def _same(job: BulkJob, digest: str) -> None:
    if job.request_hash != digest:
        raise RuleViolation.at_field(
            "Idempotency-Key",
            "idempotency_key.reused",
            "This Idempotency-Key was used for a different bulk job. Use a new key for a new job.",
        )


def get(db: Session, reseller: Account, job_id: int) -> BulkJob:
    require_reseller(reseller)
    job = db.get(BulkJob, job_id, populate_existing=True)
    if job is None or job.reseller_id != reseller.id:
        raise NotFound("Bulk job")
    return job


def recent(db: Session, reseller: Account, limit: int = LIST_LIMIT) -> list[BulkJob]:
    require_reseller(reseller)
    return list(
        db.scalars(
            select(BulkJob).where(BulkJob.reseller_id == reseller.id).order_by(BulkJob.id.desc()).limit(limit)
        )
    )


def items(db: Session, job: BulkJob, status: str | None = None) -> list[BulkJobItem]:
    query = select(BulkJobItem).where(BulkJobItem.job_id == job.id)
    if status is not None:
        query = query.where(BulkJobItem.status == status)
    return list(db.scalars(query.order_by(BulkJobItem.position)))


def counts(db: Session, job_ids: list[int]) -> dict[int, dict[str, int]]:
    """Per job: how many items are pending, done and failed."""
    out: dict[int, dict[str, int]] = {j: {"pending": 0, "done": 0, "failed": 0} for j in job_ids}
    if job_ids:
        for job_id, status, n in db.execute(
            select(BulkJobItem.job_id, BulkJobItem.status, func.count())
            .where(BulkJobItem.job_id.in_(job_ids))
            .group_by(BulkJobItem.job_id, BulkJobItem.status)
        ):
            out[job_id][status] = n
    return out


def finish_if_complete(db: Session, rt: Runtime, job: BulkJob) -> None:
    """Marks the job done once no item is pending (in the caller's transaction)."""
    pending = (
        db.scalar(
            select(func.count())
            .select_from(BulkJobItem)
            .where(BulkJobItem.job_id == job.id, BulkJobItem.status == "pending")
        )
        or 0
    )
    now = rt.clock.now(db)
    job.updated_at = now
    if pending == 0 and job.status != "done":
        job.status, job.finished_at = "done", now


def record(db: Session, rt: Runtime, job: BulkJob, customer_id: int, ok: bool, message: str | None) -> None:
    """One customer's result, in the caller's transaction (a failure's message kept short)."""
    item = db.scalar(
        select(BulkJobItem).where(BulkJobItem.job_id == job.id, BulkJobItem.customer_id == customer_id)
    )
    if item is None:
        raise RuleViolation.at_field(
            "customer_id", "bulk.not_in_job", f"Customer {customer_id} is not part of this job."
        )
    item.status = "done" if ok else "failed"
    item.message = None if ok else (message or "Failed.")[:500]
    item.updated_at = rt.clock.now(db)


def set_status(db: Session, rt: Runtime, reseller: Account, job_id: int, status: str) -> BulkJob:
    """Cancel (`cancelled`) or resume (`running`) a job that is not done."""
    job = get(db, reseller, job_id)
    db.refresh(job, with_for_update=True)
    if job.status == "done":
        raise RuleViolation("conflict", "This job is finished already.", 409)
    job.status, job.updated_at = status, rt.clock.now(db)
    db.commit()
    return job


def params_of(job: BulkJob) -> dict[str, Any]:
    return dict(json.loads(job.params))


def data_of(item: BulkJobItem) -> dict[str, Any]:
    return dict(json.loads(item.data))
