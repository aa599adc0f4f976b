"""Checkout and paying an order: how the customer chooses to pay. Orders and payments themselves
are answered as the idempotency records store them (services/order_views.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from provider.api.deps import MAX_ID


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

