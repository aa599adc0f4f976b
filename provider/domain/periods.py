"""Prepaid periods: a subscription of N months ends on the same day of the month N months later."""

from __future__ import annotations

import calendar
from datetime import datetime


def add_months(start: datetime, months: int) -> datetime:
    """Same day-of-month `months` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return start.replace(year=year, month=month, day=day)
