"""Counting each job's runs in job_status, for /metrics and /readyz. Several runners may count at
once: a row is changed by one UPDATE adding to what is there, and made by the first runner (one
that raced another to the INSERT tries the whole pass again, now as UPDATEs)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from provider.db.models import JobStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Run:
    job: str
    seconds: float
    done: int  # items handled; -1: the job failed

    @property
    def ok(self) -> bool:
        return self.done >= 0


def record(sessions: sessionmaker[Session], runs: list[Run]) -> None:
    """Adds one pass of the runner, in one transaction; a failure to count is logged, never
    raised into the runner."""
    # Wall time, not the sandbox clock: these say when the runner really ran.
    now = datetime.now(UTC)
    try:
        for _ in range(2):
            with sessions() as db:
                try:
                    for run in runs:
                        _add(db, run, now)
                    db.commit()
                    return
                except IntegrityError:
                    db.rollback()  # another runner made a row first: add to it
    except Exception as exc:
        log.warning("could not record the job runs (%s)", type(exc).__name__)


def _add(db: Session, run: Run, now: datetime) -> None:
    change = {
        JobStatus.runs: JobStatus.runs + 1,
        JobStatus.failures: JobStatus.failures + (0 if run.ok else 1),
        JobStatus.seconds_total: JobStatus.seconds_total + run.seconds,
        JobStatus.last_done: max(run.done, 0),
        JobStatus.last_finished_at: now,
    }
    if run.ok:
        change[JobStatus.last_success_at] = now
    if not db.execute(update(JobStatus).where(JobStatus.job == run.job).values(change)).rowcount:
        db.add(JobStatus(job=run.job, runs=1, failures=0 if run.ok else 1, seconds_total=run.seconds,
                         last_done=max(run.done, 0), last_finished_at=now,
                         last_success_at=now if run.ok else None))
        db.flush()
