"""A reseller's bulk jobs (docs/resellers.md#bulk-work): one row per job, by the client's
Idempotency-Key, and one row per customer (or file line) with its result. The job lives on the
provider, so it outlasts the client that started it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, UTCDateTime


class BulkJob(Base):
    __tablename__ = "bulk_jobs"
    __table_args__ = (UniqueConstraint("reseller_id", "idempotency_key", name="uq_bulk_jobs_reseller_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # invoice_export | auto_top_up | customer_import
    idempotency_key: Mapped[str] = mapped_column(String(100))
    request_hash: Mapped[str] = mapped_column(String(64))
    params: Mapped[str] = mapped_column(Text)  # JSON: the month, the settings; never a password
    status: Mapped[str] = mapped_column(String(12))  # running | cancelled | done
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class BulkJobItem(Base):
    __tablename__ = "bulk_job_items"
    __table_args__ = (UniqueConstraint("job_id", "position", name="uq_bulk_job_items_position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("bulk_jobs.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    line: Mapped[int | None] = mapped_column(Integer)  # an import's line in the file
    status: Mapped[str] = mapped_column(String(8))  # pending | done | failed
    data: Mapped[str] = mapped_column(Text)  # JSON: what the item is about (an export's invoices)
    message: Mapped[str | None] = mapped_column(String(500))  # why it failed
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
