"""Outgoing mail. Written in the same transaction as the change that causes it, delivered after
commit; in sandbox mode this table is the sandbox mailbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, UTCDateTime


class OutboxMail(Base):
    __tablename__ = "outbox_mails"
    # The sender's question: what is due now and not set aside, oldest first.
    __table_args__ = (Index("ix_outbox_mails_due", "sent_at", "set_aside_at", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    to_address: Mapped[str] = mapped_column(String(254), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))
    # Not before this time: the backoff after a failure, and the lease of a sender that has
    # claimed the message (a sender that dies mid-send leaves it to be retried when it ends).
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Failed max_attempts times: no longer tried until an operator retries it (mail-queue).
    set_aside_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The same Message-ID on every attempt, so a receiver can drop a duplicate of a retry.
    message_id: Mapped[str | None] = mapped_column(String(200))
    # Mail to a reseller's customers goes out in the reseller's name (docs/resellers.md#mail): the
    # From header's display name (the address stays the provider's own) and the Reply-To.
    sender_name: Mapped[str | None] = mapped_column(String(70))
    reply_to: Mapped[str | None] = mapped_column(String(254))
