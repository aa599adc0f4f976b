"""The gateways' own tables. The provider's code never reads them: it talks to the gateway
through provider.payments.gateway. The sandbox gateway keeps its cards, charges and refunds (no
card number or CVC, only what the test number means for charges); the Stripe adapter keeps which
PaymentIntent it made for which payment key."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, Money, UTCDateTime


class GatewayCard(Base):
    __tablename__ = "gateway_cards"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    brand: Mapped[str] = mapped_column(String(16))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int] = mapped_column(Integer)
    exp_year: Mapped[int] = mapped_column(Integer)
    behaviour: Mapped[str] = mapped_column(String(32))  # succeeded | card_declined | ...
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class GatewayCharge(Base):
    __tablename__ = "gateway_charges"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(160), unique=True)
    token: Mapped[str] = mapped_column(ForeignKey("gateway_cards.token"))
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))  # succeeded | failed
    failure_code: Mapped[str | None] = mapped_column(String(32))
    refunded: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class GatewayRefund(Base):
    __tablename__ = "gateway_refunds"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(160), unique=True)
    charge_id: Mapped[str] = mapped_column(ForeignKey("gateway_charges.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StripeIntent(Base):
    """The PaymentIntent made for a payment key, recorded before the charge is reported: a
    provider that died after Stripe charged asks Stripe about this intent, never makes another."""

    __tablename__ = "stripe_intents"

    payment_key: Mapped[str] = mapped_column(String(160), primary_key=True)
    intent_id: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StripeCustomer(Base):
    """The Stripe customer an account's cards are saved under: one per account, made once."""

    __tablename__ = "stripe_customers"

    account_ref: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
