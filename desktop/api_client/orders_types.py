"""Typed results of the orders endpoints: orders with their items and the payment state.
Unknown fields are ignored; money is Decimal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from desktop.api_client.parsing import money, optional_int
from desktop.api_client.parsing import timestamp as _dt


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
                   months=optional_int(d.get("months")), net=money(d.get("net")))


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
