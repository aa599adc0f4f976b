"""The card gateway as the client needs to know it, and the answer to a webhook."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class GatewayOut(BaseModel):
    gateway: Literal["sandbox", "stripe"]
    publishable_key: str | None = Field(description="Stripe: the key the client tokenizes cards with")
    js_url: str | None = Field(description="Stripe: the script the authentication page loads")
    tokenize_url: str | None = Field(description="Sandbox: the path of its tokenization app")
    api_url: str | None = Field(default=None, description="Stripe: where the client confirms a card "
                                "setup with the publishable key (Stripe's API, or a server playing it)")


class WebhookOut(BaseModel):
    received: bool
    type: str
    handled: bool


class CardSetupOut(BaseModel):
    setup_intent_id: str
    client_secret: str = Field(description="Confirmed by the client with the publishable key and "
                               "the card; then POST the setup_intent_id to /cards as the token")
    publishable_key: str


class CardSetupStateOut(BaseModel):
    setup_intent_id: str
    status: Literal["pending", "succeeded", "failed"] = Field(
        description="pending while the card's bank waits for the customer; once succeeded, POST the "
                    "setup_intent_id to /cards as the token")
    failure_code: str | None = Field(description="authentication_abandoned, authentication_failed, or "
                                     "the bank's decline code")
    next_action: dict[str, str] | None = Field(
        description="While pending: {type: authenticate, url} to open in the system browser (a path "
                    "is relative to the provider)")


class PaymentOut(BaseModel):
    """One payment as services/order_views.payment_view gives it."""

    id: int
    purpose: str
    method: str
    status: str = Field(description="pending (the gateway or the bank has not decided), succeeded, "
                        "failed, awaiting (a bank transfer) or refunded")
    amount: str = Field(description="Decimal as a string")
    currency: str
    order_id: int | None
    subscription_id: int | None
    card_id: int | None
    card_label: str | None
    refund_of_id: int | None
    failure_code: str | None = Field(description="e.g. authentication_failed, authentication_abandoned")
    failure_message: str | None
    created_at: str | None
    settled_at: str | None
    reference: str
    invoice_number: str | None


class PaymentStateOut(BaseModel):
    payment: PaymentOut
    order: dict[str, object] | None
    next_action: dict[str, str] | None = Field(
        description="While the bank waits for the customer: {type: authenticate, url} to open in "
                    "the system browser (a path is relative to the provider)")
