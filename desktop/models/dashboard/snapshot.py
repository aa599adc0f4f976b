"""Everything the dashboard shows, computed at once (pure, runs in an Op): the store's figures in
the models' terms come from desktop/sources/dashboard.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.models.dashboard.figures import (
    BalancePoint,
    Forecast,
    InvoiceSpend,
    LedgerEntry,
    MonthSpend,
    ZoneUsage,
    balance_series,
    forecast,
    spend_by_month,
    zone_usage,
)
from desktop.models.dashboard.upcoming import Renewal, TopUpPlan, Upcoming, upcoming


@dataclass(frozen=True)
class Snapshot:
    balance: Decimal
    today: date
    points: tuple[BalancePoint, ...]
    months: tuple[MonthSpend, ...]
    zones: tuple[ZoneUsage, ...]
    forecast: Forecast
    upcoming: tuple[Upcoming, ...]


def compute(ledger: Sequence[LedgerEntry], invoices: Sequence[InvoiceSpend],
            zones: Sequence[tuple[str, int, int, Decimal]], balance: Decimal, today: date,
            top_up: TopUpPlan | None, renewals: Sequence[Renewal], last_period: str | None,
            invoice_method: str | None, card_saved: bool = False) -> Snapshot:
    """`balance` is the account's current one; the ledger's running sum is anchored to end there.
    `today` moves forward to the newest ledger entry, so a sandbox clock set ahead still gets a
    forecast from its recent days. `zones`: (zone, calls, seconds, cost) rows."""
    if ledger:
        today = max(today, max(e.at for e in ledger).date())
    opening = balance - sum((e.amount for e in ledger), Decimal(0))
    fc = forecast(ledger, balance, today)
    nxt = upcoming(today, balance, fc, top_up, renewals, last_period, invoice_method, card_saved)
    return Snapshot(balance, today, tuple(balance_series(ledger, opening)), tuple(spend_by_month(invoices)),
                    tuple(zone_usage(zones)), fc, tuple(nxt))
