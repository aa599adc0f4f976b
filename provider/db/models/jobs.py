"""What the clock-driven jobs did: one row per job, counted by every `run-jobs` on any host, read
by /metrics (runs, failures, durations) and /readyz (how long ago a run finished)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, UTCDateTime


class JobStatus(Base):
    __tablename__ = "job_status"

    job: Mapped[str] = mapped_column(String(64), primary_key=True)
    runs: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    seconds_total: Mapped[float] = mapped_column(Float, default=0.0)
    # Items the last run handled (payments settled, invoices issued, ...).
    last_done: Mapped[int] = mapped_column(Integer, default=0)
    last_finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
