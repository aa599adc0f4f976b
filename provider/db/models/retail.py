"""A reseller's retail prices per product and currency, and call tariffs per zone and currency,
each from a date (docs/resellers.md#retail-prices). Rows are kept: the price in effect on a day is
the one with the latest effective_from on or before it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, UTCDateTime


class RetailPrice(Base):
    __tablename__ = "retail_prices"
    __table_args__ = (UniqueConstraint("reseller_id", "product_code", "currency", "effective_from",
                                       name="uq_retail_prices_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    product_code: Mapped[str] = mapped_column(String(32))
    currency: Mapped[str] = mapped_column(String(3))
    one_off: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    monthly: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    effective_from: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CallTariffRow(Base):
    __tablename__ = "retail_call_tariffs"
    __table_args__ = (UniqueConstraint("reseller_id", "zone", "currency", "effective_from",
                                       name="uq_retail_call_tariffs_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    zone: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    markup_percent: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    per_minute: Mapped[Decimal | None] = mapped_column(Numeric(10, 4))
    effective_from: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
