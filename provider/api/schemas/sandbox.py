"""Sandbox only: the clock and the mailbox."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class ClockOut(BaseModel):
    now: datetime
    # After a move: the clock-driven jobs that did something (job -> items), e.g. the invoice run.
    jobs: dict[str, int] = Field(default_factory=dict)


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
