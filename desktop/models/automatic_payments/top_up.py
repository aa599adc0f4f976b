"""What switching automatic top-up on does at once (pure): the provider charges the first top-up
as it saves the settings when the balance is already below the threshold
(docs/product-rules.md#automatic-top-up), so the page says so, and how much, before it saves."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def charge_of(amount: Decimal, vat_rate_percent: Decimal) -> Decimal:
    """What the card is charged for one top-up of `amount` credit: the amount plus VAT, rounded
    to the cent half up, as the provider prices prepaid credit."""
    return amount + (amount * vat_rate_percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def charges_at_once(enabled: bool, balance: Decimal, threshold: Decimal, in_progress: bool = False) -> bool:
    """Whether saving these settings charges a top-up now: switched on with the balance below
    the threshold, and none already under way."""
    return enabled and not in_progress and balance < threshold
