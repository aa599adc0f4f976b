"""Request and response shapes of the money path (shop, orders, payments, automatic payments)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from provider.api.deps import MAX_ID
from provider.api.problems import MEDIA_TYPE
from provider.api.text import SingleLine
from provider.services.idempotency import StoredResponse


class PaymentChoiceIn(BaseModel):
    method: Literal["card", "new_card", "credit", "sepa", "bank_transfer"]
    card_id: int | None = Field(default=None, ge=1, le=MAX_ID,
                                description="method=card: one of the saved cards")
    card_token: str | None = Field(default=None, max_length=64,
                                   description="method=new_card: the token from /gateway/v1/tokens")
    save_card: bool = Field(default=False, description="method=new_card: keep for future payments")


class CheckoutIn(BaseModel):
    billing_address_id: int = Field(ge=1, le=MAX_ID)
    payment: PaymentChoiceIn
    expected_gross: Decimal | None = Field(default=None, max_digits=12, decimal_places=2,
                                           description="The total the customer confirmed; a "
                                           "changed cart answers 409 instead of paying")


class PayOrderIn(BaseModel):
    payment: PaymentChoiceIn


class CardOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    is_default: bool


class CardIn(BaseModel):
    token: str = Field(min_length=1, max_length=64)
    make_default: bool = False


class CardPatch(BaseModel):
    is_default: Literal[True]


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


class SubscriptionOut(BaseModel):
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


class MandateIn(BaseModel):
    iban: str = Field(min_length=5, max_length=42)
    holder: SingleLine = Field(min_length=1, max_length=200)
    signed_on: date | None = None


class MandateOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    iban: str
    holder: str
    reference: str
    signed_on: date


def stored_json(answer: StoredResponse) -> JSONResponse:
    media = MEDIA_TYPE if answer.status >= 400 else "application/json"
    return JSONResponse(answer.body, status_code=answer.status, media_type=media)

