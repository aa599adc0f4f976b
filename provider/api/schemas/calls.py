"""Call records: pages of an account's or an invoice's calls, and the sandbox call generator."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from provider.api.schemas.base import Orm


class CallOut(Orm):
    id: int
    started_at: datetime
    from_number: str
    to_number: str
    zone: str
    duration_s: int
    price: Decimal
    currency: str
    prepaid: bool
    invoice_id: int | None


class CallPage(BaseModel):
    items: list[CallOut]
    next_cursor: str | None


class GenerateCallsIn(BaseModel):
    account_id: int = Field(ge=1, le=2**31 - 1)
    count: int = Field(ge=1, le=10000)
    days: int = Field(default=1, ge=1, le=366, description="Spread over the last N days")
    seed: int | None = Field(default=None, ge=0, le=2**31 - 1)


class GenerateCallsOut(BaseModel):
    count: int
    total: Decimal
