"""Checks on a card typed in the client before it goes to the gateway: digits and Luhn (by
python-stdnum), expiry month. The gateway decides; these only spare the customer a round trip
for a typo."""

from __future__ import annotations

from datetime import date
from typing import Any

from stdnum import luhn


def card_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit() and ch.isascii())


def luhn_ok(digits: str) -> bool:
    """A card number's length (12 to 19 digits) and its Luhn check digit."""
    return digits.isascii() and digits.isdigit() and 12 <= len(digits) <= 19 and luhn.is_valid(digits)


def parse_expiry(text: str) -> tuple[int, int] | None:
    """`12/30`, `12 / 2030`, `1230` -> (12, 2030); None when it is no month and year."""
    digits = card_digits(text)
    if len(digits) == 4:
        month, year = int(digits[:2]), 2000 + int(digits[2:])
    elif len(digits) == 6:
        month, year = int(digits[:2]), int(digits[2:])
    elif len(digits) == 3:
        month, year = int(digits[:1]), 2000 + int(digits[1:])
    else:
        return None
    return (month, year) if 1 <= month <= 12 else None


def expired(month: int, year: int, today: date) -> bool:
    """A card is valid through the last day of its expiry month."""
    return (year, month) < (today.year, today.month)


def card_problem(number: str, expiry: str, cvc: str, today: date) -> dict[str, str]:
    """Field -> rule for what is wrong (number: card.number; expiry: card.expiry or
    card.expired; cvc: card.cvc); empty when the card may be sent."""
    problems: dict[str, str] = {}
    if not luhn_ok(card_digits(number)):
        problems["number"] = "card.number"
    parsed = parse_expiry(expiry)
    if parsed is None:
        problems["expiry"] = "card.expiry"
    elif expired(parsed[0], parsed[1], today):
        problems["expiry"] = "card.expired"
    if not (cvc.isascii() and cvc.isdigit() and 3 <= len(cvc) <= 4):
        problems["cvc"] = "card.cvc"
    return problems


def months_until_expiry(month: int, year: int, today: date) -> int:
    """0 in the last valid month, negative once expired."""
    return (year - today.year) * 12 + (month - today.month)


# Brand names as their owners spell them; gateways report lower-case codes ("visa", "amex").
BRAND_NAMES = {"visa": "Visa", "mastercard": "Mastercard", "amex": "American Express",
               "american_express": "American Express", "discover": "Discover",
               "diners": "Diners Club", "jcb": "JCB", "unionpay": "UnionPay", "maestro": "Maestro"}


def brand_name(code: str) -> str:
    return BRAND_NAMES.get(code.strip().casefold(), code)


def card_label_text(label: str | None) -> str | None:
    """A payment's card label as the provider stored it ("visa •••• 4242" before brand names
    were spelled out there), with the brand's own spelling."""
    if not label:
        return label
    brand, sep, rest = label.partition(" ")
    return brand_name(brand) + sep + rest


def saved_card_text(card: Any) -> str:
    """A saved card as a customer reads it: "Visa •••• 4242 (12/30)"."""
    return f"{brand_name(card.brand)} •••• {card.last4} ({card.exp_month:02d}/{card.exp_year})"
