"""The prepaid ledger's primitives: lock an account, post, reverse, balance, read entries.
Entries are never changed. Use cases that move money (usage debits, top-ups, orders, renewals)
build on these; this module imports none of them.

Every entry that moves money for a reason we might see twice carries a unique `reference`
(an order line, a payment, a renewal period, a usage record): the database then refuses the
second one, whichever host or thread tries it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from provider.db.models import Account, LedgerEntry
from provider.domain.errors import Conflict
from provider.domain.money import to_money
from provider.services.owned import owned


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
         reference: str | None, now: datetime, flush: bool = True) -> LedgerEntry:
    """`flush=False`: a caller booking many at once flushes them together (the entry has no id
    until then)."""
    entry = LedgerEntry(account_id=account.id, kind=kind, amount=to_money(amount),
                        currency=account.currency, description=description[:200],
                        reference=reference, created_at=now)
    db.add(entry)
    if flush:
        db.flush()
    return entry


def by_reference(db: Session, reference: str) -> LedgerEntry | None:
    return db.scalar(select(LedgerEntry).where(LedgerEntry.reference == reference))


def reverse(db: Session, account: Account, entry_id: int, reason: str, now: datetime) -> LedgerEntry:
    """A new entry with the opposite amount; the original stays as it was."""
    entry = owned(db, LedgerEntry, entry_id, account, "Ledger entry")
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
