"""Usage debits: a rated call (or a batch of them) paid from the prepaid ledger, once per key.

A debit that takes the balance below the automatic top-up threshold starts exactly one top-up,
charged after the debit commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from provider.db.models import Account, LedgerEntry
from provider.domain.errors import RuleViolation
from provider.domain.money import ZERO
from provider.runtime import Runtime
from provider.services import autotopup
from provider.services.ledger import balance, by_reference, lock_account, post
from provider.services.payment_flow import charge_and_settle

MAX_USAGE_DEBIT = Decimal("10000.00")


@dataclass(frozen=True)
class DebitResult:
    entry: LedgerEntry
    balance: Decimal
    replayed: bool


def debit(db: Session, rt: Runtime, account: Account, amount: Decimal, description: str,
                key: str) -> DebitResult:
    """Debit a usage charge (a rated call). The key makes a retried debit a no-op. Usage may
    take the balance below zero: the call has happened. A debit that takes the balance below
    the automatic top-up threshold starts exactly one top-up (charged after commit)."""
    if amount <= ZERO or amount != amount.quantize(Decimal("0.01")) or amount > MAX_USAGE_DEBIT:
        raise RuleViolation.at_field("amount", "amount.usage",
                                     f"A usage debit is a positive amount in cents, at most "
                                     f"{MAX_USAGE_DEBIT}.")
    reference = f"usage:{account.id}:{key}"
    lock_account(db, account.id)
    existing = by_reference(db, reference)
    if existing is not None:
        db.commit()
        if existing.amount != -amount:
            raise RuleViolation("idempotency-mismatch", "This Idempotency-Key was used for "
                                "another debit.", 422)
        return DebitResult(existing, balance(db, account.id), True)
    now = rt.clock.now(db)
    entry = post(db, account, "usage", -amount, description or "Usage", reference, now)
    payment_id = autotopup.start_if_needed(db, account, now)
    new_balance = balance(db, account.id)
    try:
        db.commit()
    except IntegrityError:  # the same key at the same moment on another connection
        db.rollback()
        again = by_reference(db, reference)
        if again is None:
            raise
        return DebitResult(again, balance(db, account.id), True)
    if payment_id is not None:
        charge_and_settle(rt, payment_id)
    return DebitResult(entry, new_balance, False)
