"""The account's Hosted PBX subscription (postpaid): the subscription, its pending changes, quotes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from provider.api.schemas.base import Orm


class SubscriptionStartIn(BaseModel):
    product: str = Field(max_length=32)
    users: int = Field(ge=1, le=500)


class AddUsersIn(BaseModel):
    count: int = Field(ge=1, le=500)


class UpgradeIn(BaseModel):
    product: str = Field(max_length=32)


class ChangeIn(BaseModel):
    kind: Literal["downgrade", "fewer_users", "cancel"]
    product: str | None = Field(default=None, max_length=32)
    users: int | None = Field(default=None, ge=1, le=500)


class ChangeOut(Orm):
    id: int
    kind: str
    product_code: str | None
    users: int | None
    effective_on: date
    status: str
    requested_at: datetime


class SubscriptionOut(Orm):
    id: int
    product_code: str
    users: int
    currency: str
    billing: str
    status: str
    started_on: date
    ended_on: date | None


class QuoteIn(BaseModel):
    action: Literal["add_users", "upgrade"]
    count: int | None = Field(default=None, ge=1, le=500)
    product: str | None = Field(default=None, max_length=32)


class QuoteOut(Orm):
    action: str
    product_code: str
    users: int
    currency: str
    amount: Decimal = Field(description="Net, for first_day..last_day; VAT comes on the invoice")
    first_day: date
    last_day: date
    monthly_before: Decimal
    monthly_after: Decimal


class SubscriptionView(BaseModel):
    subscription: SubscriptionOut | None
    pending_changes: list[ChangeOut]
