"""Sandbox only: the clock and the mailbox. Never mounted in production."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import Query

from provider.api.deps import DB, ObjectId, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.sandbox import ClockAdvance, ClockOut, ClockSet, MailOut, MailSummary
from provider.services import sandbox

router = resource_router(prefix="/sandbox", tags=["sandbox"])


@router.get("/clock", response_model=ClockOut)
def read_clock(db: DB, rt: RuntimeDep) -> ClockOut:
    return ClockOut(now=rt.clock.now(db))


@router.put("/clock", response_model=ClockOut)
def set_clock(body: ClockSet, db: DB, rt: RuntimeDep) -> ClockOut:
    moved = sandbox.set_clock(db, rt, body.now)
    return ClockOut(now=moved.now, jobs=moved.jobs)


@router.post("/clock/advance", response_model=ClockOut)
def advance_clock(body: ClockAdvance, db: DB, rt: RuntimeDep) -> ClockOut:
    delta = timedelta(days=body.days, hours=body.hours, minutes=body.minutes,
                      seconds=body.seconds)
    moved = sandbox.advance_clock(db, rt, delta)
    return ClockOut(now=moved.now, jobs=moved.jobs)


@router.get("/mailbox", response_model=list[MailSummary])
def mailbox(
    db: DB, to: str | None = None, limit: Annotated[int, Query(ge=1, le=500)] = 100
) -> list[MailSummary]:
    return [MailSummary.model_validate(m) for m in sandbox.mailbox(db, to, limit)]


@router.get("/mailbox/{mail_id}", response_model=MailOut)
def read_mail(mail_id: ObjectId, db: DB) -> MailOut:
    return MailOut.model_validate(sandbox.mail(db, mail_id))
