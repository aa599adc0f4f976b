"""Typed results of the automatic payments: the automatic top-up, the prepaid packages with their
automatic prolongation, and the SEPA direct-debit mandate. Unknown fields are ignored; money is
Decimal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.api_client.parsing import day as _date
from desktop.api_client.parsing import money, optional_int
from desktop.api_client.parsing import timestamp as _dt


@dataclass(frozen=True)
class AutoTopUp:
    enabled: bool
    threshold: Decimal
    amount: Decimal
    card_id: int | None
    failures: int = 0
    next_retry_at: datetime | None = None
    in_progress: bool = False
    vat_rate_percent: Decimal = Decimal("0")  # added to each top-up, as on credit bought in the shop

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> AutoTopUp:
        return cls(enabled=bool(d.get("enabled")), threshold=money(d.get("threshold")),
                   amount=money(d.get("amount")), card_id=optional_int(d.get("card_id")),
                   failures=int(d.get("failures") or 0), next_retry_at=_dt(d.get("next_retry_at")),
                   in_progress=bool(d.get("in_progress")),
                   vat_rate_percent=money(d.get("vat_rate_percent") or "0"))


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
