"""Typed results of the shop: catalog, cart with the provider's totals, billing addresses.
Parsers take what they know and ignore unknown fields; money is Decimal."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.api_client.parsing import money, optional_money


@dataclass(frozen=True)
class Product:
    code: str
    kind: str  # sip_trunk | package | number | terminal | credit
    name: str
    description: str
    purchasable: bool
    currency: str
    one_off: Decimal
    monthly: Decimal
    per_user: bool
    durations: tuple[int, ...]
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None

    @property
    def is_package(self) -> bool:
        return self.kind == "package"

    @property
    def is_credit(self) -> bool:
        return self.kind == "credit"

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Product:
        return cls(code=str(d["code"]), kind=str(d.get("kind") or ""), name=str(d.get("name") or d["code"]),
                   description=str(d.get("description") or ""), purchasable=bool(d.get("purchasable")),
                   currency=str(d.get("currency") or ""), one_off=money(d.get("one_off")),
                   monthly=money(d.get("monthly")), per_user=bool(d.get("per_user")),
                   durations=tuple(int(m) for m in d.get("durations") or ()),
                   amount_min=optional_money(d.get("amount_min")),
                   amount_max=optional_money(d.get("amount_max")))


@dataclass(frozen=True)
class CartLine:
    id: int | None
    product: str
    name: str
    quantity: int
    months: int | None
    amount: Decimal | None
    unit_one_off: Decimal
    unit_monthly: Decimal
    net: Decimal

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> CartLine:
        return cls(id=int(d["id"]) if d.get("id") is not None else None, product=str(d["product"]),
                   name=str(d.get("name") or d["product"]), quantity=int(d.get("quantity") or 1),
                   months=int(d["months"]) if d.get("months") is not None else None,
                   amount=optional_money(d.get("amount")), unit_one_off=money(d.get("unit_one_off")),
                   unit_monthly=money(d.get("unit_monthly")), net=money(d.get("net")))


@dataclass(frozen=True)
class Cart:
    currency: str
    items: tuple[CartLine, ...]
    net: Decimal
    vat_rate_percent: Decimal
    vat: Decimal
    gross: Decimal
    reverse_charge: bool = False
    reverse_charge_note: str | None = None

    @property
    def empty(self) -> bool:
        return not self.items

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Cart:
        return cls(currency=str(d.get("currency") or ""),
                   items=tuple(CartLine.from_json(i) for i in d.get("items") or ()),
                   net=money(d.get("net")), vat_rate_percent=money(d.get("vat_rate_percent")),
                   vat=money(d.get("vat")), gross=money(d.get("gross")),
                   reverse_charge=bool(d.get("reverse_charge")),
                   reverse_charge_note=d.get("reverse_charge_note"))


@dataclass(frozen=True)
class BillingAddress:
    id: int
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    company: str | None = None
    is_default: bool = False

    def one_line(self) -> str:
        who = f"{self.company}, {self.name}" if self.company else self.name
        return f"{who}, {self.street}, {self.postal_code} {self.city}, {self.country}"

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> BillingAddress:
        return cls(id=int(d["id"]), name=str(d.get("name") or ""), street=str(d.get("street") or ""),
                   postal_code=str(d.get("postal_code") or ""), city=str(d.get("city") or ""),
                   country=str(d.get("country") or ""), company=d.get("company") or None,
                   is_default=bool(d.get("is_default")))
