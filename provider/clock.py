"""The provider's notion of "now".

Production reads the system clock. The sandbox keeps an offset in the database so that every
worker agrees, and expiries, lockouts, invoice runs and retries all follow the moved clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session


def utcnow() -> datetime:
    return datetime.now(UTC)


class Clock(Protocol):
    def now(self, db: Session) -> datetime: ...


class SystemClock:
    def now(self, db: Session) -> datetime:
        return utcnow()


class SandboxClock:
    def now(self, db: Session) -> datetime:
        return utcnow() + self.offset(db)

    def offset(self, db: Session) -> timedelta:
        from provider.db.models import SandboxState

        seconds = db.scalar(select(SandboxState.clock_offset_seconds).where(SandboxState.id == 1))
        return timedelta(seconds=seconds or 0)

    def set(self, db: Session, when: datetime) -> datetime:
        from provider.db.models import SandboxState

        state = db.get(SandboxState, 1)
        if state is None:
            state = SandboxState(id=1, clock_offset_seconds=0)
            db.add(state)
        state.clock_offset_seconds = int((as_utc(when) - utcnow()).total_seconds())
        db.flush()
        return self.now(db)

    def advance(self, db: Session, delta: timedelta) -> datetime:
        # Move the offset itself: going through set() would drop the sub-second part of "now"
        # on every step, so repeated advances would fall behind.
        from provider.db.models import SandboxState

        state = db.get(SandboxState, 1)
        if state is None:
            state = SandboxState(id=1, clock_offset_seconds=0)
            db.add(state)
        state.clock_offset_seconds = (state.clock_offset_seconds or 0) + int(delta.total_seconds())
        db.flush()
        return self.now(db)


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
