"""Open invoices and bank files for the bank-statement tests and benches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import count

from provider.bank.camt_writer import Booking, statement
from provider.db.models import Invoice
from provider.domain import seller
from provider.domain.payment_refs import creditor_reference, qr_reference
from provider.runtime import Runtime
from provider.services.bank_statements import StatementReport, import_statement

# The sandbox seller's accounts: QR-IBAN for CHF, IBAN for EUR.
QR_IBAN = seller.parse(seller.SANDBOX).account("CHF").iban
EUR_IBAN = seller.parse(seller.SANDBOX).account("EUR").iban

_numbers = count(1)


def open_invoice(rt: Runtime, account_id: int, gross: str, currency: str = "CHF",
                 method: str = "bank_transfer", due_in_days: int = 30) -> Invoice:
    with rt.sessions() as db:
        now = rt.clock.now(db)
        n = next(_numbers)
        reference = (qr_reference(account_id, n, 2026) if currency == "CHF"
                     else creditor_reference(f"2026{n:06d}{account_id}"))
        inv = Invoice(account_id=account_id, kind="invoice", number=f"2026-{n:06d}",
                      period=f"{1000 + n:04d}-01", period_start=now.date(), period_end=now.date(),
                      issued_at=now, due_on=now.date() + timedelta(days=due_in_days),
                      currency=currency, net=Decimal(gross), vat_rate_percent=Decimal("0"),
                      vat=Decimal("0.00"), gross=Decimal(gross), reverse_charge=False,
                      customer="Muster AG", call_count=0, payment_method=method,
                      payment_reference=reference, status="open", reminders=0, updated_at=now)
        db.add(inv)
        db.commit()
        db.refresh(inv)
        db.expunge(inv)
        return inv


def camt(bookings: list[Booking], currency: str = "CHF", message: str = "camt.053",
         message_id: str = "MSG-1", version: str = "04") -> bytes:
    iban = QR_IBAN if currency == "CHF" else EUR_IBAN
    return statement(message, iban, currency, bookings, message_id,
                     datetime(2026, 3, 5, 18, 0, tzinfo=UTC), version)


def spaced(reference: str) -> str:
    """As printed on the QR-bill: groups of five from the right (QR) or four (RF)."""
    if reference.startswith("RF"):
        return " ".join(reference[i:i + 4] for i in range(0, len(reference), 4))
    head = len(reference) % 5
    parts = [reference[:head]] if head else []
    return " ".join(parts + [reference[i:i + 5] for i in range(head, len(reference), 5)])


def import_file(rt: Runtime, data: bytes, name: str = "statement.xml",
                who: str = "ops@switchboard.example") -> StatementReport:
    with rt.sessions() as db:
        return import_statement(db, rt, data, name, who)
