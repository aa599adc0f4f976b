"""Reading an account's event log from a position, and keeping it bounded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from provider.db.models import AccountEvent, AccountEventCounter

# Events are kept this long (real time): a client away for longer reloads everything instead.
RETENTION = timedelta(days=7)
BATCH = 200  # events read per query; a stream far behind reads on in batches


@dataclass(frozen=True)
class Stored:
    seq: int
    kind: str
    data: dict[str, object]


def newest(db: Session, account_id: int) -> int:
    seq = db.scalar(select(AccountEventCounter.last_seq).where(AccountEventCounter.account_id == account_id))
    return int(seq or 0)


def oldest_kept(db: Session, account_id: int) -> int | None:
    return db.scalar(select(func.min(AccountEvent.seq)).where(AccountEvent.account_id == account_id))


def after(db: Session, account_id: int, seq: int, limit: int = BATCH) -> list[Stored]:
    rows = db.execute(select(AccountEvent.seq, AccountEvent.kind, AccountEvent.data)
                      .where(AccountEvent.account_id == account_id, AccountEvent.seq > seq)
                      .order_by(AccountEvent.seq).limit(limit))
    return [Stored(int(s), str(k), dict(d or {})) for s, k, d in rows]


def prune(db: Session, now: datetime | None = None) -> int:
    """Drops events older than the retention window; the counters stay, so numbering goes on
    and a client that asks for a dropped event is told to resync."""
    cutoff = (now or datetime.now(UTC)) - RETENTION
    result = db.execute(delete(AccountEvent).where(AccountEvent.created_at < cutoff))
    db.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
