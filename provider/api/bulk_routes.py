"""A reseller's bulk jobs (docs/resellers.md#bulk-work): start one under the client's
Idempotency-Key (201 for a new job, 200 with the job made earlier under the same key), list
them, read one with its per-customer results, report an export's progress, cancel and resume."""

from __future__ import annotations

from typing import Annotated

from fastapi import Header, Response

from provider.api.deps import DB, ObjectId, ResellerScope, RuntimeDep
from provider.api.routing import in_thread, resource_router
from provider.api.schemas.bulk import (
    AutoTopUpBulkIn,
    BulkItemOut,
    BulkJobDetail,
    BulkJobOut,
    CustomerImportIn,
    ExportProgressIn,
    InvoiceExportIn,
)
from provider.db.models import BulkJob
from provider.services import bulk_export, bulk_import, bulk_jobs, bulk_top_up
from provider.services.bulk_import import ImportRow

router = resource_router(tags=["bulk jobs"])
# A start sent again under the same key answers the job made the first time, with 200.
REPLAYED = {
    200: {"model": BulkJobDetail, "description": "The job made earlier under the same Idempotency-Key"}
}
IdempotencyKey = Annotated[
    str | None, Header(alias="Idempotency-Key", description="A new random value per job, kept for retries")
]


def _out(db: DB, job: BulkJob, counts: dict[str, int] | None = None) -> BulkJobOut:
    """The job with its per-customer counts (read here unless the caller read them for many)."""
    n = counts if counts is not None else bulk_jobs.counts(db, [job.id])[job.id]
    return BulkJobOut(
        id=job.id,
        kind=job.kind,
        status=job.status,
        params=bulk_jobs.params_of(job),  # type: ignore[arg-type]
        created_at=job.created_at,
        updated_at=job.updated_at,
        finished_at=job.finished_at,
        **n,
    )


def _detail(db: DB, job: BulkJob) -> BulkJobDetail:
    items = [
        BulkItemOut(
            position=i.position,
            customer_id=i.customer_id,
            line=i.line,
            status=i.status,  # type: ignore[arg-type]
            message=i.message,
            data=bulk_jobs.data_of(i),
        )
        for i in bulk_jobs.items(db, job)
    ]
    return BulkJobDetail(**_out(db, job).model_dump(), items=items)


def _started(db: DB, started: bulk_jobs.Started, response: Response) -> BulkJobDetail:
    response.status_code = 201 if started.created else 200
    return _detail(db, started.job)


@router.get("/accounts/{account_id}/bulk-jobs", response_model=list[BulkJobOut])
def list_jobs(scope: ResellerScope, db: DB) -> list[BulkJobOut]:
    jobs = bulk_jobs.recent(db, scope.account)
    n = bulk_jobs.counts(db, [j.id for j in jobs])
    return [_out(db, j, n[j.id]) for j in jobs]


@router.get("/accounts/{account_id}/bulk-jobs/{job_id}", response_model=BulkJobDetail)
@in_thread  # a job of a few thousand customers
def get_job(job_id: ObjectId, scope: ResellerScope, db: DB) -> BulkJobDetail:
    return _detail(db, bulk_jobs.get(db, scope.account, job_id))


@router.post(
    "/accounts/{account_id}/bulk-jobs/invoice-exports",
    response_model=BulkJobDetail,
    status_code=201,
    responses=REPLAYED,
)
def start_export(
    body: InvoiceExportIn,
    scope: ResellerScope,
    db: DB,
    rt: RuntimeDep,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> BulkJobDetail:
    started = bulk_export.start(db, rt, scope.account, scope.principal.user.id, idempotency_key, body.month)
    return _started(db, started, response)


@router.post(
    "/accounts/{account_id}/bulk-jobs/auto-top-ups",
    response_model=BulkJobDetail,
    status_code=201,
    responses=REPLAYED,
)
def start_top_ups(
    body: AutoTopUpBulkIn,
    scope: ResellerScope,
    db: DB,
    rt: RuntimeDep,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> BulkJobDetail:
    started = bulk_top_up.start(
        db,
        rt,
        scope.account,
        scope.principal.user.id,
        idempotency_key,
        body.customer_ids,
        body.enabled,
        body.threshold,
        body.amount,
    )
    return _started(db, started, response)


@router.post(
    "/accounts/{account_id}/bulk-jobs/customer-imports",
    response_model=BulkJobDetail,
    status_code=201,
    responses=REPLAYED,
)
def start_import(
    body: CustomerImportIn,
    scope: ResellerScope,
    db: DB,
    rt: RuntimeDep,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> BulkJobDetail:
    rows = [ImportRow(**r.model_dump()) for r in body.rows]
    started = bulk_import.start(
        db, rt, scope.account, scope.principal.user.id, idempotency_key, body.file_name, rows
    )
    return _started(db, started, response)


@router.post("/accounts/{account_id}/bulk-jobs/{job_id}/progress", response_model=BulkJobOut)
def report_progress(
    job_id: ObjectId, body: ExportProgressIn, scope: ResellerScope, db: DB, rt: RuntimeDep
) -> BulkJobOut:
    failed = {f.customer_id: f.message for f in body.failed}
    return _out(db, bulk_export.report(db, rt, scope.account, job_id, body.done, failed))


@router.post("/accounts/{account_id}/bulk-jobs/{job_id}/cancel", response_model=BulkJobOut)
def cancel(job_id: ObjectId, scope: ResellerScope, db: DB, rt: RuntimeDep) -> BulkJobOut:
    return _out(db, bulk_jobs.set_status(db, rt, scope.account, job_id, "cancelled"))


@router.post("/accounts/{account_id}/bulk-jobs/{job_id}/resume", response_model=BulkJobOut)
def resume(job_id: ObjectId, scope: ResellerScope, db: DB, rt: RuntimeDep) -> BulkJobOut:
    return _out(db, bulk_jobs.set_status(db, rt, scope.account, job_id, "running"))
