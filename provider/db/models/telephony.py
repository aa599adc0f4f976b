"""Phone numbers (the pool and the account's), porting requests, VoIP accounts
(docs/product-rules.md#telephony)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, UTCDateTime


class PhoneNumber(Base):
    """A number of the pool (account_id None, status free) or of an account. A number being
    ported in is status porting until the port completes."""

    __tablename__ = "phone_numbers"
    __table_args__ = (Index("ix_phone_numbers_area_status", "area_code", "status"),
                      Index("ix_phone_numbers_account", "account_id", "id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # E.164 digits, no '+'
    area_code: Mapped[str] = mapped_column(String(8))  # "4144"
    country: Mapped[str] = mapped_column(String(2))
    product_code: Mapped[str] = mapped_column(String(32))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    status: Mapped[str] = mapped_column(String(16))  # free | active | porting
    porting_request_id: Mapped[int | None] = mapped_column(ForeignKey("porting_requests.id"))
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PortingRequest(Base):
    __tablename__ = "porting_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    numbers: Mapped[str] = mapped_column(Text)  # comma-separated E.164 digits
    previous_provider: Mapped[str] = mapped_column(String(200))
    contract_end: Mapped[date] = mapped_column(Date)
    desired_date: Mapped[date] = mapped_column(Date)
    # submitted | confirmed | scheduled | completed | rejected | withdrawn
    status: Mapped[str] = mapped_column(String(16))
    scheduled_for: Mapped[date | None] = mapped_column(Date)
    rejection_reason: Mapped[str | None] = mapped_column(String(300))
    # Interim: calls to the old numbers forwarded here; old numbers shown as caller ID.
    forward_to: Mapped[str | None] = mapped_column(String(20))
    show_old_caller_id: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class VoipAccount(Base):
    """SIP credentials for a number or an extension. The password is kept encrypted (Fernet,
    key from settings) because a registrar needs it in clear for digest authentication."""

    __tablename__ = "voip_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    phone_number_id: Mapped[int | None] = mapped_column(ForeignKey("phone_numbers.id"))
    extension: Mapped[str | None] = mapped_column(String(8))
    sip_user: Mapped[str] = mapped_column(String(64), unique=True)
    registrar_host: Mapped[str] = mapped_column(String(200))
    registrar_port: Mapped[int] = mapped_column(Integer)
    password_encrypted: Mapped[str] = mapped_column(String(400))
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
