"""Invoices, credit notes, their items, the per-year number counter, and call records."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, Money, UTCDateTime
from provider.domain.money import open_amount

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL needs 64 bits for call records.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class InvoiceCounter(Base):
    """The last number issued per year. The invoice run locks this row (FOR UPDATE) and
    allocates numbers in the transaction that inserts the invoices: a rollback returns them,
    so numbers never have gaps."""

    __tablename__ = "invoice_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class ResellerInvoiceCounter(Base):
    """A reseller's own series (docs/resellers.md#white-label): the last number it issued per
    year, locked and advanced like InvoiceCounter, in the transaction that issues."""

    __tablename__ = "reseller_invoice_counters"

    reseller_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True, autoincrement=False)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class Invoice(Base):
    """An issued invoice or credit note. Its amounts and items never change after insert;
    only the payment state (status, paid_at, reminders) moves, stamped by updated_at."""

    __tablename__ = "invoices"
    __table_args__ = (
        UniqueConstraint("account_id", "period", name="uq_invoices_account_period"),
        Index("ix_invoices_account_id_id", "account_id", "id"),
        Index("ix_invoices_account_updated", "account_id", "updated_at", "id"),
        Index("ix_invoices_status_due", "status", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    kind: Mapped[str] = mapped_column(String(16))  # invoice | credit_note
    # 2026-000123; a reseller's series carries its customer number first: 64101-2026-000007
    number: Mapped[str] = mapped_column(String(24), unique=True)
    period: Mapped[str | None] = mapped_column(String(7))  # 2026-03; None for credit notes
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    credit_of_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_on: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    net: Mapped[Decimal] = mapped_column(Money)
    vat_rate_percent: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    gross: Mapped[Decimal] = mapped_column(Money)
    # The credit notes allocated to this invoice (their gross, positive): part of its payment state.
    credited: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    # What payments in part have brought so far (bank credits booked to it, positive): the sum of
    # its invoice_settlements whose payment stands, kept here so every open amount is one column.
    settled: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    reverse_charge: Mapped[bool] = mapped_column(Boolean, default=False)
    customer: Mapped[str] = mapped_column(String(600))  # name, address, VAT number at issue
    # The same buyer in parts (name, contact, street, postal_code, city, country, vat_id) for the
    # e-invoice XML and the QR-bill's debtor; None on invoices issued before it was kept.
    buyer: Mapped[dict[str, str] | None] = mapped_column(JSON)
    seller_id: Mapped[int | None] = mapped_column(ForeignKey("seller_identities.id"))
    seller_vat_id: Mapped[str | None] = mapped_column(String(32))  # the registration this invoice is under
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    # bank_transfer | sepa | card | none; a credit note: allocation | prepaid_credit | card_refund
    payment_method: Mapped[str] = mapped_column(String(16))
    payment_reference: Mapped[str] = mapped_column(String(32))  # QR reference or RF creditor ref
    # open | paid | credited (credit notes are "credited" at once: nothing to pay)
    status: Mapped[str] = mapped_column(String(16))
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    reminders: Mapped[int] = mapped_column(Integer, default=0)
    last_reminder_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    @property
    def open_amount(self) -> Decimal:
        """What is still to be paid: the total less the credit notes allocated and the payments
        received in part (0 unless open)."""
        return open_amount(self.kind, self.status, self.gross, self.credited, self.settled)


class InvoiceItem(Base):
    __tablename__ = "invoice_items"
    __table_args__ = (Index("ix_invoice_items_invoice_position", "invoice_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # recurring | calls | one_off | credit
    description: Mapped[str] = mapped_column(String(200))  # English, as issued (API consumers)
    # What the line says, worded when rendered in the account's language: users, number, calls,
    # number_fee, users_added, upgrade, credit_note, with their parameters (docs/invoices.md).
    code: Mapped[str | None] = mapped_column(String(32))
    params: Mapped[dict[str, object] | None] = mapped_column(JSON)
    quantity: Mapped[int] = mapped_column(Integer)
    first_day: Mapped[date | None] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)


class CallRecord(Base):
    """One call detail record, rated when recorded. Postpaid calls are frozen onto an invoice by
    `invoice_id` (set in bulk by the run): the invoice's itemized calls are these rows."""

    __tablename__ = "call_records"
    __table_args__ = (
        Index("ix_call_records_account_started", "account_id", "started_at", "id"),
        # Only invoiced calls: an import's new calls have no invoice, and a million of them
        # would each add an entry here that no query reads.
        Index("ix_call_records_invoice_started", "invoice_id", "started_at", "id",
              postgresql_where=text("invoice_id IS NOT NULL"), sqlite_where=text("invoice_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # The account is checked by triggers (migration 0026), not a foreign key: once per
    # statement rather than once per row of a million-call COPY.
    account_id: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    from_number: Mapped[str] = mapped_column(String(20))
    to_number: Mapped[str] = mapped_column(String(20))
    zone: Mapped[str] = mapped_column(String(16))
    duration_s: Mapped[int] = mapped_column(Integer)
    price: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    prepaid: Mapped[bool] = mapped_column(Boolean)  # debited from the ledger, not invoiced
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
