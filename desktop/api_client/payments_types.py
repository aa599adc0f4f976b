"""Typed results and inputs of payments: the payment history, saved cards, the gateway's card
token, how to pay, and a card payment waiting for the customer's bank. Unknown fields are
ignored; money is Decimal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urljoin, urlsplit

from desktop.api_client.orders_types import Order
from desktop.api_client.parsing import money, optional_int
from desktop.api_client.parsing import timestamp as _dt


@dataclass(frozen=True)
class Payment:
    id: int
    purpose: str  # order | top_up | renewal | refund | invoice
    method: str
    status: str
    amount: Decimal
    currency: str
    order_id: int | None
    card_label: str | None
    failure_message: str | None
    created_at: datetime | None
    settled_at: datetime | None
    reference: str
    invoice_number: str | None = None  # an invoice payment: the invoice it paid

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Payment:
        return cls(id=int(d["id"]), purpose=str(d.get("purpose") or ""), method=str(d.get("method") or ""),
                   status=str(d.get("status") or ""), amount=money(d.get("amount")),
                   currency=str(d.get("currency") or ""), order_id=optional_int(d.get("order_id")),
                   card_label=d.get("card_label"), failure_message=d.get("failure_message"),
                   created_at=_dt(d.get("created_at")), settled_at=_dt(d.get("settled_at")),
                   reference=str(d.get("reference") or f"P-{int(d['id']):08d}"),
                   invoice_number=d.get("invoice_number") or None)


@dataclass(frozen=True)
class SavedCard:
    id: int
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    is_default: bool

    def label(self) -> str:
        return f"{self.brand} •••• {self.last4} ({self.exp_month:02d}/{self.exp_year})"

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SavedCard:
        return cls(id=int(d["id"]), brand=str(d.get("brand") or ""), last4=str(d.get("last4") or ""),
                   exp_month=int(d.get("exp_month") or 1), exp_year=int(d.get("exp_year") or 2000),
                   is_default=bool(d.get("is_default")))


@dataclass(frozen=True)
class CardToken:
    """What the gateway answers for a card number: the only card data the provider ever sees."""

    token: str = ""
    brand: str = ""
    last4: str = ""
    exp_month: int = 0
    exp_year: int = 0

    def __repr__(self) -> str:  # the token is a means of payment: keep it out of logs
        return f"CardToken({self.brand} ****{self.last4} {self.exp_month:02d}/{self.exp_year})"

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> CardToken:
        return cls(token=str(d["token"]), brand=str(d.get("brand") or ""), last4=str(d.get("last4") or ""),
                   exp_month=int(d.get("exp_month") or 0), exp_year=int(d.get("exp_year") or 0))


@dataclass(frozen=True)
class PaymentChoice:
    """How to pay: method card (saved card_id), new_card (token, save), credit, sepa,
    bank_transfer."""

    method: str
    card_id: int | None = None
    card_token: str | None = None
    save_card: bool = False

    def __repr__(self) -> str:
        return f"PaymentChoice({self.method}, card_id={self.card_id}, save={self.save_card})"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"method": self.method}
        if self.card_id is not None:
            data["card_id"] = self.card_id
        if self.card_token:
            data["card_token"] = self.card_token
            data["save_card"] = self.save_card
        return data


class BankDecision:
    """A payment or card setup that waits on the customer's bank: pending until the bank has
    answered, then succeeded or not."""

    status: str

    @property
    def decided(self) -> bool:
        return self.status != "pending"

    @property
    def succeeded(self) -> bool:
        return self.status == "succeeded"


@dataclass(frozen=True)
class PaymentState(BankDecision):
    """A card payment as the provider knows it now. While the card's bank wants the customer to
    confirm it (strong customer authentication), `authenticate_url` is the absolute address to
    open in the system browser; once decided it is None. `order` is filled in by the caller that
    needs it (desktop.sources.payments: the paid order, read with the orders' own route)."""

    payment_id: int
    status: str  # pending | succeeded | failed | awaiting | refunded
    failure_code: str | None
    failure_message: str | None
    order_id: int | None
    authenticate_url: str | None
    order: Order | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any], base_url: str) -> PaymentState:
        payment = d["payment"]
        return cls(payment_id=int(payment["id"]), status=str(payment["status"]),
                   failure_code=payment.get("failure_code"), failure_message=payment.get("failure_message"),
                   order_id=optional_int(payment.get("order_id")),
                   authenticate_url=authenticate_url(d, base_url))


def authenticate_url(d: dict[str, Any], base_url: str) -> str | None:
    """The bank's page to open in the browser, when the answer's next action is to authenticate."""
    action = d.get("next_action") or {}
    url = action.get("url") if action.get("type") == "authenticate" else None
    return browser_url(str(url), base_url) if url else None


def browser_url(url: str, base_url: str) -> str | None:
    """The address the system browser may open: the provider's path made absolute, or the bank's
    own https page. Anything else (file:, javascript:, a custom scheme that starts a program, a
    plain-http page elsewhere) is not opened: the provider's answer is not trusted that far."""
    absolute = urljoin(base_url, url)
    parts, own = urlsplit(absolute), urlsplit(base_url)
    if parts.scheme == "https" and parts.netloc:
        return absolute
    if parts.scheme == "http" and parts.netloc == own.netloc:
        return absolute  # the provider itself (a sandbox or a local test provider)
    return None


@dataclass(frozen=True)
class PaymentGateway:
    """Where card numbers go (never to the provider): the sandbox's tokenization app, or Stripe
    with the publishable key at `api_url` (None when that address may not be trusted)."""

    gateway: str  # sandbox | stripe
    publishable_key: str | None
    api_url: str | None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PaymentGateway:
        api = d.get("api_url")
        return cls(gateway=str(d["gateway"]), publishable_key=d.get("publishable_key") or None,
                   api_url=card_gateway_url(str(api)) if api else None)


def card_gateway_url(url: str) -> str | None:
    """Card numbers go over https only; plain http only to this computer (a test gateway)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url.rstrip("/")
    if parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"):
        return url.rstrip("/")
    return None


@dataclass(frozen=True)
class CardSetup:
    """Saving a card at Stripe: the SetupIntent the client confirms with the card."""

    setup_intent_id: str
    client_secret: str = field(repr=False)
    publishable_key: str

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> CardSetup:
        return cls(setup_intent_id=str(d["setup_intent_id"]), client_secret=str(d["client_secret"]),
                   publishable_key=str(d["publishable_key"]))


@dataclass(frozen=True)
class CardSetupState(BankDecision):
    """Saving a card the bank wants the customer to confirm, as the provider knows it now:
    `authenticate_url` (absolute) to open in the system browser while it is pending."""

    setup_intent_id: str
    status: str  # pending | succeeded | failed
    failure_code: str | None
    authenticate_url: str | None

    @classmethod
    def from_json(cls, d: dict[str, Any], base_url: str) -> CardSetupState:
        return cls(setup_intent_id=str(d["setup_intent_id"]), status=str(d["status"]),
                   failure_code=d.get("failure_code"), authenticate_url=authenticate_url(d, base_url))
