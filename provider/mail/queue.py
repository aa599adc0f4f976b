"""What the operator sees of the outbox: mail not delivered yet (waiting for a retry, or set
aside after its last attempt), and setting set-aside mail going again."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from provider.db.models import OutboxMail


def undelivered(db: Session, set_aside_only: bool = False) -> list[OutboxMail]:
    query = select(OutboxMail).where(OutboxMail.sent_at.is_(None))
    if set_aside_only:
        query = query.where(OutboxMail.set_aside_at.is_not(None))
    return list(db.scalars(query.order_by(OutboxMail.id)))


def retry(db: Session, ids: list[int] | None) -> int:
    """Makes set-aside mail (all of it, or the given ids) due now with a fresh count of attempts;
    returns how many. The sender picks it up at its next round."""
    query = update(OutboxMail).where(OutboxMail.sent_at.is_(None),
                                     OutboxMail.set_aside_at.is_not(None))
    if ids is not None:
        query = query.where(OutboxMail.id.in_(ids))
    count = db.execute(query.values(set_aside_at=None, next_attempt_at=None, attempts=0)).rowcount
    db.commit()
    return count


def describe(mail: OutboxMail) -> str:
    state = "set aside" if mail.set_aside_at else (
        f"retry at {mail.next_attempt_at:%Y-%m-%d %H:%M}" if mail.next_attempt_at else "due")
    line = (f"{mail.id:>8}  {mail.created_at:%Y-%m-%d %H:%M}  {mail.kind:<22}  {mail.to_address}"
            f"  {state}, {mail.attempts} attempt(s)")
    if mail.last_error:
        line += f"\n          {mail.last_error}"
    return line
