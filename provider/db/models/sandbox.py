"""Sandbox-only state: the clock offset (one row)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base


class SandboxState(Base):
    __tablename__ = "sandbox_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clock_offset_seconds: Mapped[int] = mapped_column(BigInteger, default=0)
