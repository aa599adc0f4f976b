"""When a downgrade, fewer users or a cancellation takes effect: the same rule as the provider
(docs/product-rules.md#subscription-changes), so the customer sees the date before confirming.
Pure: no Qt, no I/O.

The effective date is the first month-end at least 30 days after the request: asked on
1 January, 31 January; asked on 2 January, 28 (or 29) February.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

NOTICE_DAYS = 30


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def effective_date(requested_on: date, notice_days: int = NOTICE_DAYS) -> date:
    # The month-end of the day the notice runs out is the first month-end not before it.
    return month_end(requested_on + timedelta(days=notice_days))
