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


# Country calling codes of the countries served and the mobile prefixes after them.
COUNTRY_CODES = {"41": "CH", "423": "LI", "49": "DE", "43": "AT", "33": "FR", "39": "IT", "34": "ES",
                 "31": "NL", "32": "BE", "352": "LU", "45": "DK", "46": "SE", "48": "PL", "351": "PT"}
EUROPE = frozenset(COUNTRY_CODES.values())
MOBILE = {"CH": ("75", "76", "77", "78", "79"), "LI": ("7",), "DE": ("15", "16", "17"), "AT": ("6",)}


def country_of(number: str) -> tuple[str | None, str]:
    """The country of an E.164 number (digits, no +) and the national part after its code."""
    for length in (3, 2):
        code = number[:length]
        if code in COUNTRY_CODES:
            return COUNTRY_CODES[code], number[length:]
    return None, number


def zone_of(caller: str, callee: str) -> str:
    """The tariff zone of a call, by the caller's country: national (fixed or mobile) within it,
    Europe to the other European countries (a Swiss caller's call to Germany is Europe), the world
    otherwise. CH and LI share a numbering area."""
    home, _ = country_of(caller)
    there, rest = country_of(callee)
    national = {home, there} <= {"CH", "LI"} if home in ("CH", "LI") else home == there
    if there is not None and national:
        return "national_mobile" if rest.startswith(MOBILE.get(there, ())) else "national_fixed"
    return "europe" if there in EUROPE else "world"
