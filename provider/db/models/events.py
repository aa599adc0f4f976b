"""The account event log: what changed on an account, written in the transaction of the change
(so an event exists only if that transaction committed), read by the live event streams and
kept for a bounded window (docs/live-updates.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, UTCDateTime


class AccountEventCounter(Base):
    """The last event number of an account. Taking the next number updates this row, which
    holds its lock until commit: two transactions on one account number their events in the
    order they commit, so a stream that has read up to n never finds an n-1 later."""

    __tablename__ = "account_event_counters"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class AccountEvent(Base):
    __tablename__ = "account_events"
    __table_args__ = (Index("ix_account_events_account_seq", "account_id", "seq", unique=True),
                      Index("ix_account_events_created_at", "created_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    seq: Mapped[int] = mapped_column(Integer)  # per account, from 1: the stream's event id
    kind: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # wall clock: retention is real time
