"""Provisioning time (done within 1 to 2 working days: docs/product-rules.md#order-states). Pure.

Working days are Monday to Friday. An order paid on a working day before noon (UTC) is
provisioned at the same time on the next working day; later or on a weekend, on the second.
"""

from __future__ import annotations

from datetime import datetime, timedelta

CUTOFF_HOUR = 12


def add_working_days(start: datetime, days: int) -> datetime:
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def provisioning_due(paid_at: datetime) -> datetime:
    early = paid_at.weekday() < 5 and paid_at.hour < CUTOFF_HOUR
    return add_working_days(paid_at, 1 if early else 2)
