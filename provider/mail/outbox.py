"""Queue a message in the same transaction as the change that causes it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from provider.db.models import OutboxMail
from provider.mail.templates import Message


def enqueue(db: Session, to_address: str, message: Message, now: datetime) -> OutboxMail:
    mail = OutboxMail(
        kind=message.kind, to_address=to_address, subject=message.subject, body=message.body,
        created_at=now, attempts=0,
    )
    db.add(mail)
    return mail
