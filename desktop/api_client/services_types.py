"""Typed results of the subscription, numbers, porting and VoIP endpoints. Parsers take what
they know and ignore unknown fields; money is Decimal."""

from __future__ import annotations

from dataclasses import dataclass, field
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

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PrepaidTerm:
        return cls(ends_at=_dt(d.get("ends_at")), auto_renew=bool(d.get("auto_renew")),
                   renewal_price=_money(d.get("renewal_price")), status=str(d.get("status") or ""))


@dataclass(frozen=True)
class SubscriptionOverview:
    view: SubscriptionView
    packages: tuple[CatalogPackage, ...]
    today: date
    prepaid: PrepaidTerm | None = None

    def package(self, code: str) -> CatalogPackage | None:
        return next((p for p in self.packages if p.code == code), None)


@dataclass(frozen=True)
class PhoneNumber:
    id: int
    number: str
    area_code: str
    country: str
    status: str
    porting_request_id: int | None = None
    assigned_at: datetime | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PhoneNumber:
        number = str(d["number"])
        return cls(id=int(d["id"]), number=number if number.startswith("+") else "+" + number,
                   area_code=str(d.get("area_code") or ""), country=str(d.get("country") or ""),
                   status=str(d.get("status") or ""),
                   porting_request_id=d.get("porting_request_id"), assigned_at=_dt(d.get("assigned_at")))


@dataclass(frozen=True)
class AreaCode:
    area_code: str
    country: str
    free: int

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> AreaCode:
        return cls(area_code=str(d["area_code"]), country=str(d.get("country") or ""),
                   free=int(d.get("free") or 0))


@dataclass(frozen=True)
class PortingRequest:
    id: int
    numbers: tuple[str, ...]
    previous_provider: str
    contract_end: date | None
    desired_date: date | None
    status: str
    scheduled_for: date | None = None
    rejection_reason: str | None = None
    forward_to: str | None = None
    show_old_caller_id: bool = False

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PortingRequest:
        fwd = d.get("forward_to")
        return cls(id=int(d["id"]), numbers=tuple(str(n) for n in d.get("numbers") or ()),
                   previous_provider=str(d.get("previous_provider") or ""),
                   contract_end=_date(d.get("contract_end")), desired_date=_date(d.get("desired_date")),
                   status=str(d.get("status") or ""), scheduled_for=_date(d.get("scheduled_for")),
                   rejection_reason=d.get("rejection_reason"),
                   forward_to=("+" + str(fwd).lstrip("+")) if fwd else None,
                   show_old_caller_id=bool(d.get("show_old_caller_id")))


@dataclass(frozen=True)
class VoipAccount:
    id: int
    sip_user: str
    registrar_host: str
    registrar_port: int
    phone_number_id: int | None = None
    extension: str | None = None
    password_changed_at: datetime | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> VoipAccount:
        return cls(id=int(d["id"]), sip_user=str(d["sip_user"]),
                   registrar_host=str(d.get("registrar_host") or ""),
                   registrar_port=int(d.get("registrar_port") or 5060),
                   phone_number_id=d.get("phone_number_id"), extension=d.get("extension"),
                   password_changed_at=_dt(d.get("password_changed_at")))


@dataclass(frozen=True)
class VoipSecret:
    """A VoIP password as the provider hands it out; kept out of repr() and logs."""

    sip_user: str
    password: str = field(repr=False)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> VoipSecret:
        return cls(sip_user=str(d["sip_user"]), password=str(d["password"]))
