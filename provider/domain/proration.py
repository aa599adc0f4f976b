"""Prorating monthly fees by day (docs/product-rules.md#proration). Pure: no I/O.

A fee for days [first, last] of a month is the share of the monthly amount those days cover:
an order on the 11th of a 30-day month pays 20/30. Parts are computed as differences of rounded
cumulative amounts, so the parts of a month always add up to the whole, to the cent.
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def days_in_month(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def _cumulative(monthly: Decimal, days: int, month_days: int) -> Decimal:
    """What the first `days` days of the month cost, rounded to the cent."""
    return (monthly * days / month_days).quantize(CENT, rounding=ROUND_HALF_UP)


def prorate(monthly: Decimal, first: date, last: date) -> Decimal:
    """The share of `monthly` for the days first..last (inclusive), within one month."""
    if (first.year, first.month) != (last.year, last.month):
        raise ValueError("first and last must lie in the same month")
    if last < first:
        raise ValueError("last before first")
    n = days_in_month(first)
    return _cumulative(monthly, last.day, n) - _cumulative(monthly, first.day - 1, n)


def prorate_from(monthly: Decimal, start: date) -> Decimal:
    """From `start` (inclusive) to the end of its month: the fee of a user added on `start`."""
    return prorate(monthly, start, start.replace(day=days_in_month(start)))


def upgrade_difference(old_monthly: Decimal, new_monthly: Decimal, on: date) -> Decimal:
    """An upgrade takes effect at once: the price difference prorated to the end of the month."""
    return prorate_from(new_monthly, on) - prorate_from(old_monthly, on)
