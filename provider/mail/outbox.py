"""Queue a message in the same transaction as the change that causes it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from provider.db.models import OutboxMail
from provider.mail.templates import Message


def enqueue(db: Session, to_address: str, message: Message, now: datetime,
            account_id: int | None = None) -> OutboxMail:
    """`account_id`: the account the mail is about, for an address that is no user's yet (an
    invitation); otherwise the recipient user's account decides whose name it goes out in."""
    from provider.mail import brand

    found = brand.of_account(db, account_id) if account_id is not None else brand.of_address(db, to_address)
    if found is not None:
        message = brand.apply(message, found)
    mail = OutboxMail(
        kind=message.kind, to_address=to_address, subject=message.subject, body=message.body,
        created_at=now, attempts=0, sender_name=found.name[:70] if found else None,
        reply_to=(found.reply_to or None) if found else None,
    )
    db.add(mail)
    return mail
