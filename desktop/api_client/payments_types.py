"""Typed results of the Payments area: orders, payments, saved cards, automatic payments, SEPA
mandate, invoices and their calls. Unknown fields are ignored; money is Decimal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.api_client.parsing import day as _date
from desktop.api_client.parsing import money
from desktop.api_client.parsing import timestamp as _dt


def _int(value: Any) -> int | None:
    return int(value) if value is not None else None


@dataclass(frozen=True)
class OrderItem:
    id: int
    product: str
    description: str
    quantity: int
    months: int | None
    net: Decimal

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> OrderItem:
        return cls(id=int(d.get("id") or 0), product=str(d.get("product") or ""),
                   description=str(d.get("description") or ""), quantity=int(d.get("quantity") or 1),
                   months=_int(d.get("months")), net=money(d.get("net")))


@dataclass(frozen=True)
class Order:
    id: int
    status: str  # pending | paid | provisioning | completed | cancelled
    currency: str
    net: Decimal
    vat: Decimal
    gross: Decimal
    payment_method: str | None
    created_at: datetime | None
    paid_at: datetime | None = None
    provisioning_due_at: datetime | None = None
    completed_at: datetime | None = None
    items: tuple[OrderItem, ...] = ()
    vat_rate_percent: Decimal = Decimal("0")

    @property
    def pending(self) -> bool:
        return self.status == "pending"

    def summary(self) -> str:
        return ", ".join(i.description for i in self.items)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Order:
        return cls(id=int(d["id"]), status=str(d.get("status") or ""), currency=str(d.get("currency") or ""),
                   net=money(d.get("net")), vat=money(d.get("vat")), gross=money(d.get("gross")),
                   payment_method=d.get("payment_method"), created_at=_dt(d.get("created_at")),
                   paid_at=_dt(d.get("paid_at")), provisioning_due_at=_dt(d.get("provisioning_due_at")),
                   completed_at=_dt(d.get("completed_at")),
                   items=tuple(OrderItem.from_json(i) for i in d.get("items") or ()),
                   vat_rate_percent=money(d.get("vat_rate_percent")))


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

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Payment:
        return cls(id=int(d["id"]), purpose=str(d.get("purpose") or ""), method=str(d.get("method") or ""),
                   status=str(d.get("status") or ""), amount=money(d.get("amount")),
                   currency=str(d.get("currency") or ""), order_id=_int(d.get("order_id")),
                   card_label=d.get("card_label"), failure_message=d.get("failure_message"),
                   created_at=_dt(d.get("created_at")), settled_at=_dt(d.get("settled_at")),
                   reference=str(d.get("reference") or f"P-{int(d['id']):08d}"))


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
class AutoTopUp:
    enabled: bool
    threshold: Decimal
    amount: Decimal
    card_id: int | None
    failures: int = 0
    next_retry_at: datetime | None = None
    in_progress: bool = False

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> AutoTopUp:
        return cls(enabled=bool(d.get("enabled")), threshold=money(d.get("threshold")),
                   amount=money(d.get("amount")), card_id=_int(d.get("card_id")),
                   failures=int(d.get("failures") or 0), next_retry_at=_dt(d.get("next_retry_at")),
                   in_progress=bool(d.get("in_progress")))


@dataclass(frozen=True)
class PrepaidSubscription:
    id: int
    product_code: str
    users: int
    months: int
    currency: str
    status: str  # active | grace | suspended | cancelled
    auto_renew: bool
    ends_at: datetime | None
    grace_until: datetime | None
    renewal_price: Decimal

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PrepaidSubscription:
        return cls(id=int(d["id"]), product_code=str(d.get("product_code") or ""),
                   users=int(d.get("users") or 0), months=int(d.get("months") or 0),
                   currency=str(d.get("currency") or ""), status=str(d.get("status") or ""),
                   auto_renew=bool(d.get("auto_renew")), ends_at=_dt(d.get("ends_at")),
                   grace_until=_dt(d.get("grace_until")), renewal_price=money(d.get("renewal_price")))


@dataclass(frozen=True)
class Mandate:
    id: int
    iban: str
    holder: str
    reference: str
    signed_on: date | None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Mandate:
        return cls(id=int(d["id"]), iban=str(d.get("iban") or ""), holder=str(d.get("holder") or ""),
                   reference=str(d.get("reference") or ""), signed_on=_date(d.get("signed_on")))


@dataclass(frozen=True)
class CallRows:
    """A page of calls as plain tuples (id, started_at ISO, from, to, zone, duration_s, price
    text): a million of them must not become a million objects on the way to the table."""

    rows: tuple[tuple[int, str, str, str, str, int, str], ...]
    currency: str
    next_cursor: str | None

    @classmethod
    def from_items(cls, items: Any, next_cursor: str | None) -> CallRows:
        rows = tuple((int(c["id"]), str(c.get("started_at") or ""), str(c.get("from_number") or ""),
                      str(c.get("to_number") or ""), str(c.get("zone") or ""),
                      int(c.get("duration_s") or 0), str(c.get("price") or "0")) for c in items)
        currency = str(items[0].get("currency") or "") if items else ""
        return cls(rows=rows, currency=currency, next_cursor=next_cursor)
