"""Reading the provider's JSON values into Python: one place for every typed result module."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any


def money(value: Any) -> Decimal:
    # Amounts arrive as JSON strings ("12.50"); str() keeps a stray number exact to its digits.
    return Decimal(str(value if value is not None else "0"))


def optional_money(value: Any) -> Decimal | None:
    return None if value is None else money(value)


def timestamp(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None


def day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def optional_int(value: Any) -> int | None:
    return int(value) if value is not None else None
