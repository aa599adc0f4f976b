"""The catalog: products and their prices in one currency."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel


class ProductOut(BaseModel):
    code: str
    kind: str
    name: str
    description: str
    purchasable: bool
    currency: str
    one_off: Decimal
    monthly: Decimal
    per_user: bool
    durations: list[int]
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
