"""What settles a card payment, by its purpose: a registry the use cases register into.

`payment_flow` charges a card and then, inside the settling transaction, hands the outcome to the
settlers of the payment's purpose (an order, a top-up, a renewal, an invoice). It looks them up
here instead of importing the use cases, which themselves start card payments through it: the
dependency points one way only (use case -> payment_flow -> settlement).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from provider.db.models import Payment
from provider.payments.gateway import ChargeResult
from provider.runtime import Runtime

# Each runs inside the settling transaction, after the payment's own status is set.
Settler = Callable[[Session, Runtime, Payment, ChargeResult, datetime], None]


@dataclass(frozen=True)
class Settlers:
    paid: Settler
    failed: Settler


_BY_PURPOSE: dict[str, Settlers] = {}


def register(purpose: str, paid: Settler, failed: Settler) -> None:
    """Called once by the use case that owns `purpose`, when its module is imported."""
    known = _BY_PURPOSE.get(purpose)
    if known is not None and known != Settlers(paid, failed):
        raise RuntimeError(f"Payments for {purpose!r} are settled by {known} already.")
    _BY_PURPOSE[purpose] = Settlers(paid, failed)


def settlers(purpose: str) -> Settlers:
    try:
        return _BY_PURPOSE[purpose]
    except KeyError:
        raise LookupError(f"Nothing settles card payments for {purpose!r}: the use case that "
                          "starts them registers its settlers when imported (see "
                          "provider/jobs/due.py).") from None


def purposes() -> frozenset[str]:
    return frozenset(_BY_PURPOSE)
