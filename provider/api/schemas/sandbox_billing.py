"""Sandbox only: the call generator and the back office's acts (a credit note, a porting carrier's
answer)."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field


class GenerateCallsIn(BaseModel):
    account_id: int = Field(ge=1, le=2**31 - 1)
    count: int = Field(ge=1, le=10000)
    days: int = Field(default=1, ge=1, le=366, description="Spread over the last N days")
    seed: int | None = Field(default=None, ge=0, le=2**31 - 1)


class GenerateCallsOut(BaseModel):
    count: int
    total: Decimal


