"""When a downgrade, a reduction of users or a cancellation takes effect
(docs/product-rules.md#subscription-changes).

Only at the end of a month, with 30 days' notice: the first month-end at least 30 days after the
request. Asked on 1 January: 31 January. Asked on 2 January: 28 (29) February.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

NOTICE_DAYS = 30


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def effective_date(requested_on: date, notice_days: int = NOTICE_DAYS) -> date:
    earliest = requested_on + timedelta(days=notice_days)
    return month_end(earliest)
