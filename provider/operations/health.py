"""Readiness: may this worker be sent requests? The database answers, its schema is the one this
code was written for (or newer: a release's migrations only add, docs/operations.md), mail is
going out and the clock-driven jobs are running. A few indexed queries, cheap enough to poll
every second."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from provider.db.models import JobStatus
from provider.mail.queue_stats import queue_stats
from provider.runtime import Runtime


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@functools.cache
def _revisions() -> tuple[frozenset[str], frozenset[str]]:
    """(heads, every revision) of this code's migrations."""
    from alembic.script import ScriptDirectory

    from provider.db.migrate import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return frozenset(scripts.get_heads()), frozenset(r.revision for r in scripts.walk_revisions())


def schema_check(db: Session) -> Check:
    heads, known = _revisions()
    current = set(db.scalars(text("SELECT version_num FROM alembic_version")))
    if current == heads:
        return Check("migrations", True, f"at {', '.join(sorted(current))}")
    if current and not current & known:
        # Migrated by a newer release during a rolling upgrade: its migrations only added.
        return Check("migrations", True, f"newer than this release ({', '.join(sorted(current))})")
    return Check("migrations", False, f"at {', '.join(sorted(current)) or 'nothing'}, "
                 f"head is {', '.join(sorted(heads))}: run switchboard-provider migrate")


def mail_check(db: Session, rt: Runtime, now: datetime) -> Check:
    bound = rt.settings.ready_mail_age_seconds
    if rt.settings.sandbox or bound <= 0:
        return Check("mail", True, "not checked")
    stats = queue_stats(db)
    age = (now - stats.oldest_created_at).total_seconds() if stats.oldest_created_at else 0.0
    return Check("mail", age <= bound, f"{stats.depth} waiting, oldest {age:.0f} s (bound {bound} s)")


def jobs_check(db: Session, rt: Runtime, now: datetime) -> Check:
    bound = rt.settings.ready_job_lag_seconds
    if rt.settings.sandbox or bound <= 0:
        return Check("jobs", True, "not checked")
    last = db.scalar(select(func.max(JobStatus.last_finished_at)))
    if last is None:
        return Check("jobs", False, "no run-jobs has finished yet: is its timer on?")
    lag = (now - last).total_seconds()
    return Check("jobs", lag <= bound, f"last run finished {lag:.0f} s ago (bound {bound} s)")


def readiness(rt: Runtime) -> list[Check]:
    now = datetime.now(UTC)
    try:
        with Session(rt.engine) as db:
            db.execute(text("SELECT 1"))
            checks = [Check("database", True, "answers")]
            checks.append(schema_check(db))
            checks.append(mail_check(db, rt, now))
            checks.append(jobs_check(db, rt, now))
    except Exception as exc:
        return [Check("database", False, f"no answer ({type(exc).__name__})")]
    return checks
