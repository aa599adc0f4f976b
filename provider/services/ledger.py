"""The prepaid ledger: post, reverse, balance, usage debits. Entries are never changed.

Every entry that moves money for a reason we might see twice carries a unique `reference`
(an order line, a payment, a renewal period, a usage record): the database then refuses the
second one, whichever host or thread tries it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from provider.db.models import Account, LedgerEntry
from provider.domain.errors import Conflict, NotFound, RuleViolation
from provider.domain.money import ZERO, to_money
from provider.runtime import Runtime

MAX_USAGE_DEBIT = Decimal("10000.00")


def lock_account(db: Session, account_id: int) -> None:
    """Serialize money movements of one account. PostgreSQL: a row lock held to commit.
    SQLite: the transaction already began with BEGIN IMMEDIATE, which serializes writers."""
    if db.get_bind().dialect.name == "postgresql":
        db.execute(select(Account.id).where(Account.id == account_id).with_for_update())


def balance(db: Session, account_id: int) -> Decimal:
    total = db.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0))
                      .where(LedgerEntry.account_id == account_id))
    return to_money(Decimal(str(total)))


def post(db: Session, account: Account, kind: str, amount: Decimal, description: str,
         reference: str | None, now: datetime) -> LedgerEntry:
    entry = LedgerEntry(account_id=account.id, kind=kind, amount=to_money(amount),
                        currency=account.currency, description=description[:200],
                        reference=reference, created_at=now)
    db.add(entry)
    db.flush()
    return entry


def by_reference(db: Session, reference: str) -> LedgerEntry | None:
    return db.scalar(select(LedgerEntry).where(LedgerEntry.reference == reference))


def reverse(db: Session, account: Account, entry_id: int, reason: str, now: datetime) -> LedgerEntry:
    """A new entry with the opposite amount; the original stays as it was."""
    entry = db.get(LedgerEntry, entry_id)
    if entry is None or entry.account_id != account.id:
        raise NotFound("Ledger entry")
    if entry.reverses_id is not None:
        raise Conflict("A reversal cannot itself be reversed.", "entry_id", "ledger.reversal")
    if by_reference(db, f"reversal:{entry.id}") is not None:
        raise Conflict("This entry was reversed already.", "entry_id", "ledger.reversed")
    rev = post(db, account, "reversal", -entry.amount, f"Reversal: {reason}"[:200],
               f"reversal:{entry.id}", now)
    rev.reverses_id = entry.id
    return rev


def entries(db: Session, account: Account, before_id: int | None, limit: int) -> list[LedgerEntry]:
    query = select(LedgerEntry).where(LedgerEntry.account_id == account.id)
    if before_id is not None:
        query = query.where(LedgerEntry.id < before_id)
    return list(db.scalars(query.order_by(LedgerEntry.id.desc()).limit(limit)))


@dataclass(frozen=True)
class DebitResult:
    entry: LedgerEntry
    balance: Decimal
    replayed: bool


def usage_debit(db: Session, rt: Runtime, account: Account, amount: Decimal, description: str,
                key: str) -> DebitResult:
    """Debit a usage charge (a rated call). The key makes a retried debit a no-op. Usage may
    take the balance below zero: the call has happened. A debit that takes the balance below
    the automatic top-up threshold starts exactly one top-up (charged after commit)."""
    from provider.services import autotopup

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
        autotopup.charge(rt, payment_id)
    return DebitResult(entry, new_balance, False)
