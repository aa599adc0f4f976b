"""Sandbox only: the call generator and the back office's acts (a credit note, a porting carrier's
answer)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from provider.api.text import SingleLine


class GenerateCallsIn(BaseModel):
    account_id: int = Field(ge=1, le=2**31 - 1)
    count: int = Field(ge=1, le=10000)
    days: int = Field(default=1, ge=1, le=366, description="Spread over the last N days")
    seed: int | None = Field(default=None, ge=0, le=2**31 - 1)


class GenerateCallsOut(BaseModel):
    count: int
    total: Decimal


class CreditNoteIn(BaseModel):
    amount: Decimal = Field(gt=0, le=Decimal("1000000"), decimal_places=2)
    reason: SingleLine = Field(min_length=1, max_length=150)


class PortingAdvanceIn(BaseModel):
    status: Literal["confirmed", "scheduled", "completed", "rejected"]
    scheduled_for: date | None = None
    reason: SingleLine | None = Field(default=None, max_length=300)
