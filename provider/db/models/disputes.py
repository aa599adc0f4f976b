"""A customer's dispute of one itemized call: the note says what is wrong. One per call, so a
client resending a dispute it kept offline gets the same row back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, UTCDateTime
from provider.db.models.invoices import BigId


class CallDispute(Base):
    __tablename__ = "call_disputes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    call_id: Mapped[int] = mapped_column(BigId, ForeignKey("call_records.id"), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | accepted | rejected
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
