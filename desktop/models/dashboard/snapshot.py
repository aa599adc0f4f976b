"""Everything the dashboard shows, computed at once from the store's data (pure, runs in an Op)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.models.dashboard.figures import (
    BalancePoint,
    Forecast,
    MonthSpend,
    ZoneUsage,
    balance_series,
    forecast,
    spend_by_month,
    zone_usage,
)
from desktop.models.dashboard.upcoming import Renewal, TopUpPlan, Upcoming, upcoming
from desktop.store.dashboard_data import DashboardData


@dataclass(frozen=True)
class Snapshot:
    balance: Decimal
    today: date
    points: tuple[BalancePoint, ...]
    months: tuple[MonthSpend, ...]
    zones: tuple[ZoneUsage, ...]
    forecast: Forecast
    upcoming: tuple[Upcoming, ...]


def _date(text: Any) -> date | None:
    if not text:
        return None
    return datetime.fromisoformat(str(text).replace("Z", "+00:00")).date()


def compute(data: DashboardData, balance: Decimal, today: date) -> Snapshot:
    """`balance` is the account's current one (the plans' fresh read, else the cached account);
    the ledger's running sum is anchored to end there. `today` moves forward to the newest ledger
    entry, so a sandbox clock set ahead still gets a forecast from its recent days."""
    plans = data.plans
    if plans.get("balance") is not None:
        balance = Decimal(str(plans["balance"]))
    if data.ledger:
        today = max(today, max(e.at for e in data.ledger).date())
    opening = balance - sum((e.amount for e in data.ledger), Decimal(0))
    fc = forecast(data.ledger, balance, today)
    top = plans.get("auto_top_up")
    plan = (TopUpPlan(bool(top.get("enabled")), Decimal(str(top.get("threshold") or 0)),
                      Decimal(str(top.get("amount") or 0))) if isinstance(top, dict) else None)
    renewals = [Renewal(str(s.get("product_code") or ""), d, Decimal(str(s.get("renewal_price") or 0)),
                        bool(s.get("auto_renew")))
                for s in plans.get("subscriptions") or []
                if s.get("status") in ("active", "grace") and (d := _date(s.get("ends_at"))) is not None]
    nxt = upcoming(today, balance, fc, plan, renewals, data.last_period, data.invoice_method)
    return Snapshot(balance, today, tuple(balance_series(data.ledger, opening)),
                    tuple(spend_by_month(data.invoices)), tuple(zone_usage(data.zones)), fc, tuple(nxt))
