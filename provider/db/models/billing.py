"""Postpaid subscriptions: the package and user count, what is billed monthly, pending changes,
one-off items waiting for the next invoice, and the invoice payment option
(docs/product-rules.md#monthly-invoicing)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, Money, UTCDateTime


class Subscription(Base):
    """The account's Hosted PBX subscription: one package for all its users. `billing` is
    postpaid (recurring charges on the monthly invoice) or prepaid (a shop order paid the period
    in advance; `prepaid_subscription_id` names it and its renewals follow the changes here)."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), unique=True)
    product_code: Mapped[str] = mapped_column(String(32))
    users: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    billing: Mapped[str] = mapped_column(String(16))  # postpaid | prepaid
    prepaid_subscription_id: Mapped[int | None] = mapped_column(ForeignKey("prepaid_subscriptions.id"))
    status: Mapped[str] = mapped_column(String(16))  # active | cancelled
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RecurringCharge(Base):
    """A monthly fee for the days starts_on..ends_on (inclusive; open-ended while None). The
    invoice run prorates each row by day over the month it bills; a change never edits a billed
    day, it ends a row and starts another."""

    __tablename__ = "recurring_charges"
    __table_args__ = (Index("ix_recurring_charges_account_start", "account_id", "starts_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    kind: Mapped[str] = mapped_column(String(16))  # users | number
    product_code: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(200))  # English, for logs and the API
    # What the invoice line says, worded in the account's language when rendered (docs/invoices.md):
    # users {product[, added]}, number {product, number}.
    params: Mapped[dict[str, object] | None] = mapped_column(JSON)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_monthly: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    phone_number_id: Mapped[int | None] = mapped_column(ForeignKey("phone_numbers.id"))


class SubscriptionChange(Base):
    """A downgrade, fewer users or a cancellation, waiting for its effective date."""

    __tablename__ = "subscription_changes"
    __table_args__ = (Index("ix_subscription_changes_status_effective", "status", "effective_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # downgrade | fewer_users | cancel
    product_code: Mapped[str | None] = mapped_column(String(32))
    users: Mapped[int | None] = mapped_column(Integer)
    effective_on: Mapped[date] = mapped_column(Date)  # the last day at the old terms
    status: Mapped[str] = mapped_column(String(16))  # pending | applied | withdrawn
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OneOffItem(Base):
    """A charge (or, negative, a credit) for the next invoice: a number's one-off fee, an
    upgrade's prorated difference, users added to a prepaid period. `reference` makes it once."""

    __tablename__ = "one_off_items"
    __table_args__ = (Index("ix_one_off_items_account_open", "account_id", "invoice_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    description: Mapped[str] = mapped_column(String(200))  # English, for logs and the API
    # number_fee {product, number}, users_added {count, product, from}, upgrade {old, new, users, from}
    code: Mapped[str | None] = mapped_column(String(32))
    params: Mapped[dict[str, object] | None] = mapped_column(JSON)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    occurred_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(80), unique=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InvoicePaymentSetting(Base):
    """Business option: charge each monthly invoice to the default saved card when issued."""

    __tablename__ = "invoice_payment_settings"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    charge_card: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
