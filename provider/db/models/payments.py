"""Payments, saved cards, idempotency records, automatic top-up, prepaid subscriptions.

No table here holds a card number or CVC: a saved card is the gateway's token, brand, last four
digits and expiry (docs/product-rules.md#card-payments).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, Money, UTCDateTime


class SavedCard(Base):
    __tablename__ = "saved_cards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    gateway_token: Mapped[str] = mapped_column(String(64))
    brand: Mapped[str] = mapped_column(String(16))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int] = mapped_column(Integer)
    exp_year: Mapped[int] = mapped_column(Integer)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A new card given at checkout with "save" is kept only once its first charge succeeded.
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expiry_warned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Payment(Base):
    """One attempt to collect (or give back) money. `key` makes each attempt happen once:
    it is also the gateway's idempotency key."""

    __tablename__ = "payments"
    __table_args__ = (Index("ix_payments_account_id_id", "account_id", "id"),
                      Index("ix_payments_status_created", "status", "created_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    key: Mapped[str] = mapped_column(String(160), unique=True)
    purpose: Mapped[str] = mapped_column(String(16))  # order | top_up | renewal | refund
    method: Mapped[str] = mapped_column(String(16))  # card | credit | sepa | bank_transfer
    # pending (charge under way) | succeeded | failed | awaiting (bank transfer) | refunded
    status: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal] = mapped_column(Money)  # refunds are negative
    currency: Mapped[str] = mapped_column(String(3))
    # Where VAT was added to what the payment buys (an automatic top-up): the net it buys.
    net: Mapped[Decimal | None] = mapped_column(Money)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("prepaid_subscriptions.id"))
    card_id: Mapped[int | None] = mapped_column(ForeignKey("saved_cards.id"))
    card_label: Mapped[str | None] = mapped_column(String(40))  # "visa •••• 4242"
    gateway_token: Mapped[str | None] = mapped_column(String(64))  # to charge; never a number
    gateway_charge_id: Mapped[str | None] = mapped_column(String(64))
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    failure_code: Mapped[str | None] = mapped_column(String(32))
    failure_message: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class IdempotencyRecord(Base):
    """A paying request, by the caller's Idempotency-Key: written in the transaction that
    creates the order, completed with the answer in the transaction that settles it."""

    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("account_id", "key", name="uq_idempotency_records_account_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    key: Mapped[str] = mapped_column(String(100))
    request_hash: Mapped[str] = mapped_column(String(64))
    request_body: Mapped[str] = mapped_column(Text)  # holds tokens at most, never a card number
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    response_status: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AutoTopUp(Base):
    """Automatic top-up settings and state; one row per account. Debits lock this row, so
    that of many debits crossing the threshold at once exactly one starts a top-up."""

    __tablename__ = "auto_top_ups"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    threshold: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("saved_cards.id"))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    in_flight_payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    next_retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # numbers the payment keys
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PrepaidSubscription(Base):
    """A package bought for a duration; prolonged automatically when it expires."""

    __tablename__ = "prepaid_subscriptions"
    __table_args__ = (Index("ix_prepaid_subscriptions_status_ends", "status", "ends_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    product_code: Mapped[str] = mapped_column(String(32))
    users: Mapped[int] = mapped_column(Integer)
    months: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    # active | grace | suspended | cancelled
    status: Mapped[str] = mapped_column(String(16))
    auto_renew: Mapped[bool] = mapped_column(Boolean, default=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    period: Mapped[int] = mapped_column(Integer, default=1)  # 1 = the period bought
    grace_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SepaMandate(Base):
    """A SEPA direct-debit mandate of a business account (docs/product-rules.md#sepa-mandate)."""

    __tablename__ = "sepa_mandates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    iban: Mapped[str] = mapped_column(String(34))
    holder: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(35), unique=True)
    signed_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
