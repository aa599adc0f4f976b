"""Automatic payments: top-up settings and prepaid subscriptions with their prolongation."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from provider.api.deps import MAX_ID


class AutoTopUpIn(BaseModel):
    enabled: bool
    threshold: Decimal = Field(max_digits=12, decimal_places=2)
    amount: Decimal = Field(max_digits=12, decimal_places=2)
    card_id: int | None = Field(default=None, ge=1, le=MAX_ID)


class AutoTopUpOut(BaseModel):
    enabled: bool
    threshold: Decimal
    amount: Decimal
    card_id: int | None
    failures: int
    next_retry_at: datetime | None
    in_progress: bool
    vat_rate_percent: Decimal = Field(default=Decimal("0"), description="VAT added to each top-up, "
                                      "as on prepaid credit bought in the shop")
    charged: Decimal = Field(default=Decimal("0"), description="What the card is charged per top-up: "
                             "the amount plus VAT")


class PrepaidSubscriptionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    product_code: str
    users: int
    months: int
    currency: str
    status: Literal["active", "grace", "suspended", "cancelled"]
    auto_renew: bool
    starts_at: datetime
    ends_at: datetime
    grace_until: datetime | None
    renewal_price: Decimal


class SubscriptionPatch(BaseModel):
    auto_renew: bool
