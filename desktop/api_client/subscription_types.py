"""Typed results of the subscription endpoints, and the subscription page's composed records.
Parsers take what they know and ignore unknown fields; money is Decimal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.api_client.parsing import day as _date
from desktop.api_client.parsing import money as _money
from desktop.api_client.parsing import timestamp as _dt


@dataclass(frozen=True)
class Subscription:
    id: int
    product_code: str
    users: int
    currency: str
    billing: str  # postpaid | prepaid
    status: str
    started_on: date | None
    ended_on: date | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Subscription:
        return cls(id=int(d["id"]), product_code=str(d["product_code"]), users=int(d["users"]),
                   currency=str(d.get("currency") or ""), billing=str(d.get("billing") or ""),
                   status=str(d.get("status") or ""), started_on=_date(d.get("started_on")),
                   ended_on=_date(d.get("ended_on")))


@dataclass(frozen=True)
class PendingChange:
    id: int
    kind: str  # downgrade | fewer_users | cancel
    product_code: str | None
    users: int | None
    effective_on: date
    status: str
    requested_at: datetime | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PendingChange:
        eff = _date(d.get("effective_on"))
        assert eff is not None
        return cls(id=int(d["id"]), kind=str(d["kind"]), product_code=d.get("product_code"),
                   users=int(d["users"]) if d.get("users") is not None else None, effective_on=eff,
                   status=str(d.get("status") or ""), requested_at=_dt(d.get("requested_at")))


@dataclass(frozen=True)
class SubscriptionView:
    subscription: Subscription | None
    pending_changes: tuple[PendingChange, ...] = ()

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SubscriptionView:
        sub = d.get("subscription")
        return cls(subscription=Subscription.from_json(sub) if sub else None,
                   pending_changes=tuple(PendingChange.from_json(c)
                                         for c in d.get("pending_changes") or ()))


@dataclass(frozen=True)
class Quote:
    action: str
    product_code: str
    users: int
    currency: str
    amount: Decimal
    first_day: date | None
    last_day: date | None
    monthly_before: Decimal
    monthly_after: Decimal

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Quote:
        return cls(action=str(d["action"]), product_code=str(d["product_code"]), users=int(d["users"]),
                   currency=str(d.get("currency") or ""), amount=_money(d.get("amount")),
                   first_day=_date(d.get("first_day")), last_day=_date(d.get("last_day")),
                   monthly_before=_money(d.get("monthly_before")),
                   monthly_after=_money(d.get("monthly_after")))


@dataclass(frozen=True)
class CatalogPackage:
    """A Hosted PBX package from the catalog: what the subscription page offers."""

    code: str
    name: str
    tier: int
    monthly: Decimal
    currency: str


@dataclass(frozen=True)
class PrepaidTerm:
    """A prepaid package's current term: when it ends and whether it renews by itself."""

    ends_at: datetime | None
    auto_renew: bool
    renewal_price: Decimal
    status: str
    # How the renewal will be paid (balance | card | uncovered | manual), by the rule the
    # dashboard names it with (desktop/models/dashboard/upcoming.py); "" when the role may not
    # read the balance and cards.
    paid_by: str = ""


@dataclass(frozen=True)
class SubscriptionOverview:
    view: SubscriptionView
    packages: tuple[CatalogPackage, ...]
    today: date
    prepaid: PrepaidTerm | None = None

    def package(self, code: str) -> CatalogPackage | None:
        return next((p for p in self.packages if p.code == code), None)
