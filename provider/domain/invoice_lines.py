"""What one month of an account's invoice consists of (docs/product-rules.md#monthly-invoice). Pure: no I/O.

Recurring fees are prorated by day with domain.proration.prorate, so a row's parts over the
months add up to its full monthly fee; VAT is computed once on the net total (domain/money.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from provider.domain.money import Totals, to_money, totals
from provider.domain.proration import days_in_month, prorate

ZONE_LABELS = {"national_fixed": "national fixed network", "national_mobile": "national mobile",
               "europe": "Europe", "world": "rest of the world"}


@dataclass(frozen=True)
class Recurring:
    description: str
    quantity: int
    unit_monthly: Decimal
    starts_on: date
    ends_on: date | None  # inclusive; None while it runs
    code: str = ""  # users | number
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Line:
    kind: str  # recurring | calls | one_off | credit
    description: str
    quantity: int
    amount: Decimal
    first_day: date | None = None
    last_day: date | None = None
    code: str = ""
    params: dict[str, object] = field(default_factory=dict)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, first.replace(day=days_in_month(first))


def recurring_line(row: Recurring, year: int, month: int) -> Line | None:
    """The row's share of the month: from the later of its start and the 1st, to the earlier
    of its end and the month's last day; None when it does not touch the month."""
    first, last = month_bounds(year, month)
    start = max(row.starts_on, first)
    end = last if row.ends_on is None else min(row.ends_on, last)
    if end < start or row.quantity <= 0:
        return None
    amount = prorate(to_money(row.unit_monthly * row.quantity), start, end)
    return Line("recurring", row.description, row.quantity, amount, start, end, row.code, row.params)


def calls_line(zone: str, count: int, amount: Decimal) -> Line:
    return Line("calls", f"Calls to {ZONE_LABELS.get(zone, zone)}", count, to_money(amount),
                code="calls", params={"zone": zone})


def invoice_totals(lines: list[Line], rate_percent: Decimal) -> Totals:
    return totals([line.amount for line in lines], rate_percent)
