"""The prepaid ledger: its entries, and usage debits."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from provider.api.text import SingleLine


class UsageDebitIn(BaseModel):
    amount: Decimal = Field(max_digits=12, decimal_places=2, gt=0)
    description: SingleLine = Field(default="Usage", max_length=200)


class LedgerEntryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    amount: Decimal
    currency: str
    description: str
    reverses_id: int | None
    created_at: datetime


class UsageDebitOut(BaseModel):
    entry: LedgerEntryOut
    balance: Decimal
