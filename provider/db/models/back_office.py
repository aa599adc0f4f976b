"""What the provider's staff bring in from outside: call-record files from the switch and bank
statements, each remembered by the SHA-256 of its content so that importing it again books
nothing twice; the bank bookings with what each was matched to; the direct-debit files sent."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from provider.db.base import Base, Money, UTCDateTime


class CallImport(Base):
    __tablename__ = "call_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(200))
    layout: Mapped[str] = mapped_column(String(16))  # asterisk | freeswitch
    records: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(254))


class BankStatementImport(Base):
    __tablename__ = "bank_statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(String(8))  # camt.053 | camt.054
    version: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[str] = mapped_column(String(35))
    iban: Mapped[str] = mapped_column(String(34))
    bookings: Mapped[int] = mapped_column(Integer)  # new bookings this file brought
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(254))


class BankBooking(Base):
    """One payment the bank booked on our account, once, whichever file reported it."""

    __tablename__ = "bank_bookings"
    __table_args__ = (Index("ix_bank_bookings_outcome", "outcome", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)  # see provider/bank/camt.py
    statement_id: Mapped[int] = mapped_column(ForeignKey("bank_statements.id"))
    booked_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)  # positive; `credit` gives the direction
    currency: Mapped[str] = mapped_column(String(3))
    credit: Mapped[bool] = mapped_column(Boolean)
    reversal: Mapped[bool] = mapped_column(Boolean)
    reference: Mapped[str] = mapped_column(String(35))
    remittance: Mapped[str] = mapped_column(String(500))
    counterparty: Mapped[str] = mapped_column(String(140))
    end_to_end_id: Mapped[str] = mapped_column(String(35))
    return_reason: Mapped[str] = mapped_column(String(4))
    # paid | partial | overpaid | collected | returned | unmatched | other (domain/bank_matching)
    outcome: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(100))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    applied: Mapped[Decimal] = mapped_column(Money)
    surplus: Mapped[Decimal] = mapped_column(Money)
    suggestions: Mapped[str] = mapped_column(String(100))  # invoice ids, comma-separated
    matched_by: Mapped[str | None] = mapped_column(String(254))  # staff who matched it by hand
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class InvoiceSettlement(Base):
    """Money of one payment applied to one invoice. An invoice is paid when its settlements of
    succeeded payments reach its amount: a customer may pay in parts, and a bank transfer of
    more than is owed settles the invoice and books the rest as prepaid credit."""

    __tablename__ = "invoice_settlements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), unique=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DirectDebitFile(Base):
    """A pain.008 file handed to the bank: the collections of one due date."""

    __tablename__ = "direct_debit_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(35), unique=True)
    collect_on: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    debits: Mapped[int] = mapped_column(Integer)
    total: Mapped[Decimal] = mapped_column(Money)
    content: Mapped[str] = mapped_column(Text)  # the XML as sent
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
