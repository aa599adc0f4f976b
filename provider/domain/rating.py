"""Call rating (docs/product-rules.md#monthly-invoice): a tariff per destination zone, per second
with a 60-second minimum. Pure: no I/O, Decimal only.

Why a 60-second minimum and then per second: it is the common Swiss and German business tariff
(covers the set-up cost of short calls) and keeps long calls exact. Unanswered calls (0 s) are
free. Each call is rounded half up to the cent on its own, because the invoice lists it.
"""

from __future__ import annotations

from decimal import Decimal

from provider.domain.money import ZERO, to_money

MINIMUM_SECONDS = 60
ZONES = ("national_fixed", "national_mobile", "europe", "world")

# Price per minute, net, by currency and zone.
TARIFF: dict[str, dict[str, Decimal]] = {
    "CHF": {"national_fixed": Decimal("0.08"), "national_mobile": Decimal("0.29"),
            "europe": Decimal("0.19"), "world": Decimal("0.79")},
    "EUR": {"national_fixed": Decimal("0.07"), "national_mobile": Decimal("0.25"),
            "europe": Decimal("0.17"), "world": Decimal("0.69")},
}


def billed_seconds(duration_s: int) -> int:
    if duration_s < 0:
        raise ValueError("negative duration")
    return 0 if duration_s == 0 else max(duration_s, MINIMUM_SECONDS)


def rate_call(zone: str, duration_s: int, currency: str) -> Decimal:
    """The net price of one call."""
    per_minute = TARIFF[currency][zone]
    seconds = billed_seconds(duration_s)
    if seconds == 0:
        return ZERO
    return to_money(per_minute * seconds / 60)
