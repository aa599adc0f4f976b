"""Card numbers: Luhn check, brand, expiry, and the sandbox gateway's test numbers. Pure.

Only the sandbox gateway ever sees a card number; the provider sees token, brand, last four
digits and expiry (docs/product-rules.md#card-payments).
"""

from __future__ import annotations

import re
from datetime import date

from stdnum import luhn

# The usual test numbers, and what charging them does.
TEST_OUTCOMES: dict[str, str] = {
    "4242424242424242": "succeeded",
    "5555555555554444": "succeeded",
    "4000000000000002": "card_declined",
    "4000000000009995": "insufficient_funds",
}


def normalize(number: str) -> str:
    return re.sub(r"[\s-]", "", number)


def luhn_valid(digits: str) -> bool:
    return digits.isascii() and digits.isdigit() and 12 <= len(digits) <= 19 and luhn.is_valid(digits)


def brand(digits: str) -> str:
    if digits.startswith("4"):
        return "visa"
    if digits[:2] in {"51", "52", "53", "54", "55"} or "2221" <= digits[:4] <= "2720":
        return "mastercard"
    if digits[:2] in {"34", "37"}:
        return "amex"
    return "card"


# Brand names as their owners spell them; gateways report lower-case codes ("visa", "amex").
BRAND_NAMES = {"visa": "Visa", "mastercard": "Mastercard", "amex": "American Express",
               "american_express": "American Express", "discover": "Discover",
               "diners": "Diners Club", "jcb": "JCB", "unionpay": "UnionPay", "maestro": "Maestro",
               "card": "Card"}


def brand_name(code: str) -> str:
    return BRAND_NAMES.get(code.strip().casefold(), code)


def card_label(brand_code: str, last4: str) -> str:
    """What a customer reads for a card: "Visa •••• 4242"."""
    return f"{brand_name(brand_code)} •••• {last4}"


def is_expired(exp_month: int, exp_year: int, today: date) -> bool:
    """A card is valid through the last day of its expiry month."""
    return (exp_year, exp_month) < (today.year, today.month)


def expires_within(exp_month: int, exp_year: int, today: date, months: int) -> bool:
    """True when the card's last valid month is at most `months` months after this one."""
    return (exp_year * 12 + exp_month) - (today.year * 12 + today.month) <= months
