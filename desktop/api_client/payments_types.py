"""Typed results and inputs of payments: the payment history, saved cards, the gateway's card
token and how to pay. Unknown fields are ignored; money is Decimal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

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
