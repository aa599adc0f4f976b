"""Call disputes: a customer flags an invoiced call with a note, often while offline in the desktop
client, which sends it later. Filing is idempotent per call: filing again after a lost answer
gets the existing dispute instead of a second one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, CallDispute, CallRecord
from provider.domain.errors import RuleViolation
from provider.runtime import Runtime
from provider.services.owned import owned

MAX_LISTED = 1000


def file(db: Session, rt: Runtime, account: Account, user_id: int, call_id: int,
         note: str) -> tuple[CallDispute, bool]:
    """The call's dispute, and whether this request created it (False: it existed already)."""
    call = owned(db, CallRecord, call_id, account, "Call")
    note = note.strip()
    if not note:
        raise RuleViolation.at_field("note", "required", "Say what is wrong with the call.")
    existing = db.scalar(select(CallDispute).where(CallDispute.call_id == call.id))
    if existing is not None:
        return existing, False
    if call.invoice_id is None:
        raise RuleViolation.at_field("call_id", "not_invoiced", "Only invoiced calls can be disputed.")
    dispute = CallDispute(account_id=account.id, call_id=call.id, user_id=user_id, note=note,
                          status="open", created_at=rt.clock.now(db))
    db.add(dispute)
    db.commit()
    return dispute, True


def list_for(db: Session, account: Account) -> list[CallDispute]:
    """The account's disputes, newest first."""
    return list(db.scalars(select(CallDispute).where(CallDispute.account_id == account.id)
                           .order_by(CallDispute.id.desc()).limit(MAX_LISTED)))
