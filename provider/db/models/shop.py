"""The shop: one cart per account, and orders with their lines (docs/product-rules.md#shop)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from provider.db.base import Base, Money, UTCDateTime


class Cart(Base):
    __tablename__ = "carts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), unique=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    items: Mapped[list[CartItem]] = relationship(order_by="CartItem.id",
                                                 cascade="all, delete-orphan")


class CartItem(Base):
    __tablename__ = "cart_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cart_id: Mapped[int] = mapped_column(ForeignKey("carts.id"), index=True)
    product_code: Mapped[str] = mapped_column(String(32))
    quantity: Mapped[int] = mapped_column(Integer)  # packages: the number of users
    months: Mapped[int | None] = mapped_column(Integer)  # packages and numbers
    amount: Mapped[Decimal | None] = mapped_column(Money)  # prepaid credit: the chosen amount
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_status_due", "status", "provisioning_due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    placed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # pending | paid | provisioning | completed | cancelled
    status: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    net: Mapped[Decimal] = mapped_column(Money)
    vat_rate_percent: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    gross: Mapped[Decimal] = mapped_column(Money)
    reverse_charge: Mapped[bool] = mapped_column(default=False)
    billing_address: Mapped[str] = mapped_column(Text)  # snapshot, as confirmed at checkout
    payment_method: Mapped[str] = mapped_column(String(16))  # card|credit|sepa|bank_transfer
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    provisioning_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    items: Mapped[list[OrderItem]] = relationship(order_by="OrderItem.id",
                                                  cascade="all, delete-orphan")


class OrderItem(Base):
    __tablename__ = "order_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    product_code: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    months: Mapped[int | None] = mapped_column(Integer)
    unit_one_off: Mapped[Decimal] = mapped_column(Money)
    unit_monthly: Mapped[Decimal] = mapped_column(Money)
    net: Mapped[Decimal] = mapped_column(Money)
