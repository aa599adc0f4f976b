"""The reseller dashboard's figures from the provider's JSON as kept in the local store: margin
per month in the reseller's currency, customers won and lost per month, top customers by margin,
customers with failing payments. Pure: parsed and arranged, never computed again (the provider's
figures add up to the cent; money stays Decimal)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class MarginMonth:
    period: str
    currency: str
    retail: Decimal
    wholesale: Decimal
    margin: Decimal


@dataclass(frozen=True)
class CustomerMonth:
    period: str
    won: int
    lost: int


@dataclass(frozen=True)
class TopCustomer:
    account_id: int
    user_id: str
    name: str
    currency: str
    margin: Decimal


@dataclass(frozen=True)
class FailingPayment:
    account_id: int
    user_id: str
    name: str
    reason: str  # overdue_invoice | card_failed | top_up_failed
    since: str  # ISO date or time
    currency: str
    amount: Decimal


@dataclass(frozen=True)
class ResellerFigures:
    fetched_at: datetime
    periods: tuple[str, ...]
    margin: tuple[MarginMonth, ...]
    customers: tuple[CustomerMonth, ...]
    active_customers: int
    top: tuple[TopCustomer, ...]
    failing: tuple[FailingPayment, ...]

    def margin_in(self, currency: str) -> list[MarginMonth]:
        """One entry per month of the dashboard in `currency` (0.00 where nothing was invoiced)."""
        found = {m.period: m for m in self.margin if m.currency == currency}
        zero = Decimal("0.00")
        return [found.get(p) or MarginMonth(p, currency, zero, zero, zero) for p in self.periods]

    def other_currencies(self, currency: str) -> list[str]:
        return sorted({m.currency for m in self.margin} - {currency})

    def margin_total(self, currency: str) -> Decimal:
        return sum((m.margin for m in self.margin if m.currency == currency), Decimal("0.00"))


def _money(value: Any) -> Decimal:
    return Decimal(str(value))


def figures(fetched_at: datetime, data: dict[str, Any]) -> ResellerFigures:
    return ResellerFigures(
        fetched_at=fetched_at,
        periods=tuple(str(p) for p in data.get("periods") or ()),
        margin=tuple(MarginMonth(str(m["period"]), str(m["currency"]), _money(m["retail"]),
                                 _money(m["wholesale"]), _money(m["margin"]))
                     for m in data.get("margin") or ()),
        customers=tuple(CustomerMonth(str(c["period"]), int(c["won"]), int(c["lost"]))
                        for c in data.get("customers") or ()),
        active_customers=int(data.get("active_customers") or 0),
        top=tuple(TopCustomer(int(t["account_id"]), str(t["user_id"]), str(t["name"]), str(t["currency"]),
                              _money(t["margin"])) for t in data.get("top_customers") or ()),
        failing=tuple(FailingPayment(int(f["account_id"]), str(f["user_id"]), str(f["name"]),
                                     str(f["reason"]), str(f["since"]), str(f["currency"]),
                                     _money(f["amount"]))
                      for f in data.get("failing_payments") or ()),
    )
