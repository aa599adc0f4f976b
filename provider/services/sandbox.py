"""Sandbox only: the clock (moving it runs the clock-driven jobs), the mailbox, and generated
calls. The routes that reach these are mounted only in sandbox mode."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.clock import SandboxClock
from provider.db.models import OutboxMail
from provider.domain.errors import NotFound, RuleViolation
from provider.runtime import Runtime
from provider.services import calls

# The sandbox clock may wander far, but not to where datetime arithmetic overflows (year 9999)
# or before the epoch the data assumes.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2199, 12, 31, tzinfo=UTC)


def _within_range(when: datetime) -> None:
    if not EARLIEST <= when <= LATEST:
        raise RuleViolation.at_field("now", "range", "Choose a time between the years 2000 and 2199.")


def _clock(rt: Runtime) -> SandboxClock:
    assert isinstance(rt.clock, SandboxClock)
    return rt.clock


@dataclass(frozen=True)
class ClockMoved:
    now: datetime
    jobs: dict[str, int]  # the clock-driven jobs that did something, and how many items


def set_clock(db: Session, rt: Runtime, when: datetime) -> ClockMoved:
    if when.tzinfo is None:
        raise RuleViolation.at_field("now", "timezone", "Give the time with a UTC offset.")
    _within_range(when)
    now = _clock(rt).set(db, when)
    db.commit()
    return ClockMoved(now, _after_clock_moved(rt))


def advance_clock(db: Session, rt: Runtime, delta: timedelta) -> ClockMoved:
    _within_range(rt.clock.now(db) + delta)
    now = _clock(rt).advance(db, delta)
    db.commit()
    return ClockMoved(now, _after_clock_moved(rt))


def _after_clock_moved(rt: Runtime) -> dict[str, int]:
    """Clock-driven jobs run when the sandbox clock moves (registered by provider/jobs/due.py);
    what they did is told back, so the sandbox shows which automatic flows the move started."""
    done: dict[str, int] = {}
    for job in rt.extras.get("clock_jobs", []):  # type: ignore[union-attr]
        result = job(rt)
        if isinstance(result, dict):
            done.update({name: n for name, n in result.items() if n})
    return done


def mailbox(db: Session, to: str | None, limit: int) -> list[OutboxMail]:
    """The e-mails the provider would have sent, newest first; to one address when given."""
    query = select(OutboxMail).order_by(OutboxMail.id.desc()).limit(limit)
    if to:
        query = query.where(OutboxMail.to_address == to.strip().casefold())
    return list(db.scalars(query))


def mail(db: Session, mail_id: int) -> OutboxMail:
    found = db.get(OutboxMail, mail_id)
    if found is None:
        raise NotFound("Mail")
    return found


def generate_calls(db: Session, rt: Runtime, account_id: int, count: int, days: int,
                   seed: int | None) -> tuple[int, Decimal]:
    """`count` calls of one account over the last `days` days by the sandbox clock."""
    now = rt.clock.now(db)
    db.commit()  # the generator writes in a transaction of its own
    return calls.generate(rt, account_id, count, now - timedelta(days=days), now, seed)
