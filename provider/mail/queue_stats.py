"""How the mail queue stands: how many mails wait to be sent (in backoff included), since when
the oldest, and how many delivery set aside after its last attempt (they wait for an operator:
`switchboard-provider mail-queue`). Read by /metrics and /readyz."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from provider.db.models import OutboxMail


@dataclass(frozen=True)
class QueueStats:
    depth: int
    oldest_created_at: datetime | None
    set_aside: int


def queue_stats(db: Session) -> QueueStats:
    waiting = OutboxMail.set_aside_at.is_(None)
    depth, oldest, aside = db.execute(
        select(func.count().filter(waiting), func.min(OutboxMail.created_at).filter(waiting),
               func.count().filter(OutboxMail.set_aside_at.is_not(None)))
        .where(OutboxMail.sent_at.is_(None))).one()
    return QueueStats(int(depth), oldest, int(aside))
