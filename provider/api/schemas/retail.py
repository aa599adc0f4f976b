"""A reseller's retail prices and call tariffs, and the wholesale prices under them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from provider.api.schemas.catalog import ProductOut

Currency = Literal["CHF", "EUR"]
Zone = Literal["national_fixed", "national_mobile", "europe", "world"]


class RetailPriceIn(BaseModel):
    product: str = Field(min_length=1, max_length=32, pattern=r"^[a-z0-9_]+$")
    currency: Currency
    one_off: Decimal = Field(ge=0, le=100_000, description="Net, never below wholesale")
    monthly: Decimal = Field(ge=0, le=100_000, description="Net, never below wholesale")
    effective_from: date = Field(description="A rise needs the customers' notice (docs: resellers)")


class RetailPriceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    product_code: str
    currency: str
    one_off: Decimal
    monthly: Decimal
    effective_from: date
    created_at: datetime


class CallTariffIn(BaseModel):
    zone: Zone
    currency: Currency
    markup_percent: Decimal | None = Field(default=None, ge=-1000, le=1000, decimal_places=2)
    per_minute: Decimal | None = Field(default=None, ge=0, le=100, decimal_places=4)
    effective_from: date


class CallTariffOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    zone: str
    currency: str
    markup_percent: Decimal | None
    per_minute: Decimal | None
    effective_from: date
    created_at: datetime


class WholesaleOut(BaseModel):
    """Per product and currency: the provider's list price and what the reseller pays."""

    product: str
    currency: str
    list_one_off: Decimal
    list_monthly: Decimal
    wholesale_one_off: Decimal
    wholesale_monthly: Decimal


class RetailPriceList(BaseModel):
    prices: list[RetailPriceOut]
    wholesale: list[WholesaleOut]
    earliest_rise: date = Field(description="The first day a higher price may take effect, asked today")


class CallRateOut(BaseModel):
    zone: str
    currency: str
    per_minute: Decimal


class AccountCatalog(BaseModel):
    """What the account pays today: its shop's prices and its call rates per minute."""

    products: list[ProductOut]
    call_rates: list[CallRateOut]


class StatementRowOut(BaseModel):
    account_id: int
    user_id: str
    name: str
    currency: str
    invoices: int
    retail: Decimal = Field(description="Net billed to the customer for the month")
    wholesale: Decimal = Field(description="What the reseller owes the provider for the same lines")
    margin: Decimal


class StatementTotalOut(BaseModel):
    currency: str
    retail: Decimal
    wholesale: Decimal
    margin: Decimal


class WholesaleStatementOut(BaseModel):
    period: str
    rows: list[StatementRowOut]
    totals: list[StatementTotalOut]
