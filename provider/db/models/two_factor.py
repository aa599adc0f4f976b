"""Two-factor sign-in of a user: the shared secret (encrypted), and the recovery codes (hashed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, UTCDateTime


class TwoFactor(Base):
    """One row per user who started setting it up. `secret` is in use once `enabled_at` is set;
    `pending_secret` is one shown for setting up (or replacing) and not confirmed yet. Both are
    Fernet tokens (provider/two_factor_keys.py). `last_step` is the time step of the last code
    accepted: codes of that step or earlier are refused (no replay)."""

    __tablename__ = "two_factor"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    secret: Mapped[str | None] = mapped_column(String(512))
    pending_secret: Mapped[str | None] = mapped_column(String(512))
    enabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_step: Mapped[int | None] = mapped_column(BigInteger)


class RecoveryCode(Base):
    """A single-use code for signing in without the phone, kept as a keyed hash."""

    __tablename__ = "recovery_codes"
    __table_args__ = (UniqueConstraint("user_id", "code_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
