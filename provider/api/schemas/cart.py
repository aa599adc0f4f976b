"""The cart and its totals (VAT computed by the provider, shown before paying)."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field


class ItemIn(BaseModel):
    product: str = Field(min_length=1, max_length=32)
    quantity: int = Field(default=1, description="Packages: the number of users")
    months: int | None = Field(default=None, description="Packages and numbers: 1, 3, 6, 12, 24")
    amount: Decimal | None = Field(default=None, max_digits=12, decimal_places=2,
                                   description="Prepaid credit: the chosen amount")


class ItemPatch(BaseModel):
    quantity: int | None = None
    months: int | None = None
    amount: Decimal | None = Field(default=None, max_digits=12, decimal_places=2)


class LineOut(BaseModel):
    id: int | None
    product: str
    name: str
    quantity: int
    months: int | None
    amount: Decimal | None
    unit_one_off: Decimal
    unit_monthly: Decimal
    net: Decimal


class CartOut(BaseModel):
    currency: str
    items: list[LineOut]
    net: Decimal
    vat_rate_percent: Decimal
    vat: Decimal
    gross: Decimal
    reverse_charge: bool
    reverse_charge_note: str | None
