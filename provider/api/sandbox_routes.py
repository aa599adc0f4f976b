"""Sandbox only: the clock and the mailbox. Never mounted in production."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from provider.api.deps import DB, ObjectId, RuntimeDep
from provider.api.routing import resource_router
from provider.clock import SandboxClock
from provider.db.models import OutboxMail
from provider.domain.errors import NotFound, RuleViolation

router = resource_router(prefix="/sandbox", tags=["sandbox"])


class ClockOut(BaseModel):
    now: datetime


class ClockSet(BaseModel):
    now: datetime = Field(description="The new time, with a UTC offset")


class ClockAdvance(BaseModel):
    days: int = Field(default=0, ge=0, le=3660)
    hours: int = Field(default=0, ge=0, le=100000)
    minutes: int = Field(default=0, ge=0, le=1000000)
    seconds: int = Field(default=0, ge=0, le=100000000)


class MailSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    to_address: str
    subject: str
    created_at: datetime


class MailOut(MailSummary):
    body: str


# The sandbox clock may wander far, but not to where datetime arithmetic overflows (year 9999)
# or before the epoch the data assumes.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2199, 12, 31, tzinfo=UTC)


def _within_range(when: datetime) -> None:
    if not EARLIEST <= when <= LATEST:
        raise RuleViolation.at_field("now", "range", "Choose a time between the years 2000 and 2199.")


def _clock(rt: RuntimeDep) -> SandboxClock:
    assert isinstance(rt.clock, SandboxClock)
    return rt.clock


@router.get("/clock", response_model=ClockOut)
def read_clock(db: DB, rt: RuntimeDep) -> ClockOut:
    return ClockOut(now=rt.clock.now(db))


@router.put("/clock", response_model=ClockOut)
def set_clock(body: ClockSet, db: DB, rt: RuntimeDep) -> ClockOut:
    if body.now.tzinfo is None:
        raise RuleViolation.at_field("now", "timezone", "Give the time with a UTC offset.")
    _within_range(body.now)
    now = _clock(rt).set(db, body.now)
    db.commit()
    _after_clock_moved(rt)
    return ClockOut(now=now)


@router.post("/clock/advance", response_model=ClockOut)
def advance_clock(body: ClockAdvance, db: DB, rt: RuntimeDep) -> ClockOut:
    delta = timedelta(days=body.days, hours=body.hours, minutes=body.minutes,
                      seconds=body.seconds)
    _within_range(rt.clock.now(db) + delta)
    now = _clock(rt).advance(db, delta)
    db.commit()
    _after_clock_moved(rt)
    return ClockOut(now=now)


def _after_clock_moved(rt: RuntimeDep) -> None:
    """Clock-driven jobs run when the sandbox clock moves (registered by the jobs package)."""
    for job in rt.extras.get("clock_jobs", []):  # type: ignore[union-attr]
        job(rt)


@router.get("/mailbox", response_model=list[MailSummary])
def mailbox(
    db: DB, to: str | None = None, limit: Annotated[int, Query(ge=1, le=500)] = 100
) -> list[MailSummary]:
    query = select(OutboxMail).order_by(OutboxMail.id.desc()).limit(limit)
    if to:
        query = query.where(OutboxMail.to_address == to.strip().casefold())
    return [MailSummary.model_validate(m) for m in db.scalars(query)]


@router.get("/mailbox/{mail_id}", response_model=MailOut)
def read_mail(mail_id: ObjectId, db: DB) -> MailOut:
    mail = db.get(OutboxMail, mail_id)
    if mail is None:
        raise NotFound("Mail")
    return MailOut.model_validate(mail)
