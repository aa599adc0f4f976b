"""The operator's hand on bank bookings: list them, match a booking the import could not place
to an invoice, and take back a match (an automatic one too) that was wrong.

A match by hand is booked exactly as an automatic one would be (domain/bank_matching.py on
that one invoice: paid, part paid, or paid with the surplus as prepaid credit). Taking a match
back cancels the payment it made, so the invoice owes again what it owed, and reverses the
surplus credit; a surplus the customer has spent meanwhile cannot be taken back.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, BankBooking, Invoice, Payment
from provider.domain import bank_matching as bm
from provider.domain.errors import Conflict, NotFound
from provider.domain.money import ZERO
from provider.runtime import Runtime
from provider.services import bank_statements, ledger

MATCHED = {bm.Outcome.PAID.value, bm.Outcome.PARTIAL.value, bm.Outcome.OVERPAID.value}


def list_bookings(db: Session, outcome: str | None, before_id: int | None, limit: int) -> list[BankBooking]:
    query = select(BankBooking)
    if outcome is not None:
        query = query.where(BankBooking.outcome == outcome)
    if before_id is not None:
        query = query.where(BankBooking.id < before_id)
    return list(db.scalars(query.order_by(BankBooking.id.desc()).limit(limit)))


def by_ids(db: Session, ids: list[int]) -> list[BankBooking]:
    return list(db.scalars(select(BankBooking).where(BankBooking.id.in_(ids)).order_by(BankBooking.id)))


def _booking(db: Session, booking_id: int) -> BankBooking:
    booking = db.get(BankBooking, booking_id)
    if booking is None:
        raise NotFound("Bank booking")
    return booking


def match(db: Session, rt: Runtime, booking_id: int, invoice_id: int, operator: str) -> BankBooking:
    booking = _booking(db, booking_id)
    if booking.outcome != bm.Outcome.UNMATCHED.value:
        raise Conflict(f"This booking is {booking.outcome}; only an unmatched credit can be matched.",
                       "booking_id", "booking.not_unmatched")
    invoice = db.get(Invoice, invoice_id)
    if invoice is None or invoice.kind != "invoice":
        raise NotFound("Invoice")
    if invoice.currency != booking.currency:
        raise Conflict(f"The booking is in {booking.currency}, the invoice in {invoice.currency}.",
                       "invoice_id", "booking.currency")
    ledger.lock_account(db, invoice.account_id)
    open_item = bm.OpenInvoice(invoice.id, invoice.account_id, "BY-HAND", invoice.currency,
                               bank_statements.open_amount(db, invoice), "")
    tx = bm.Transaction(booking.key, booking.amount, booking.currency, True, False, "BY-HAND", "", "")
    (result,) = bm.match_transactions([tx], [open_item], [])
    now = rt.clock.now(db)
    booking.outcome, booking.reason = result.outcome.value, "matched by hand"
    booking.invoice_id, booking.account_id = invoice.id, invoice.account_id
    booking.applied, booking.surplus = result.applied, result.surplus
    booking.matched_by, booking.matched_at = operator[:254], now
    bank_statements.apply(db, booking, result, now)
    db.commit()
    rt.mail.kick()
    return booking


def unmatch(db: Session, rt: Runtime, booking_id: int, operator: str) -> BankBooking:
    booking = _booking(db, booking_id)
    if booking.outcome not in MATCHED or booking.payment_id is None:
        raise Conflict(f"This booking is {booking.outcome}; only a credit matched to an invoice can be "
                       "taken back.", "booking_id", "booking.not_matched")
    payment = db.get(Payment, booking.payment_id)
    invoice = db.get(Invoice, booking.invoice_id) if booking.invoice_id else None
    assert payment is not None and invoice is not None
    ledger.lock_account(db, invoice.account_id)
    now = rt.clock.now(db)
    surplus = ledger.by_reference(db, f"overpayment:{payment.id}")
    if surplus is not None:
        account = db.get(Account, invoice.account_id)
        assert account is not None
        if ledger.balance(db, account.id) < surplus.amount:
            raise Conflict("The surplus of this payment has been spent as prepaid credit; it can no "
                           "longer be taken back.", "booking_id", "booking.credit_used")
        ledger.reverse(db, account, surplus.id, f"bank booking {booking.id} taken back", now)
    bank_statements.withdraw(db, invoice, payment)
    payment.status, payment.failure_message = "cancelled", f"Match taken back by {operator}"[:200]
    if invoice.status == "paid":
        invoice.status, invoice.paid_at, invoice.payment_id = "open", None, None
        if bank_statements.open_amount(db, invoice) == 0:  # other payments still cover it
            invoice.status, invoice.paid_at = "paid", now
    invoice.updated_at = now
    booking.outcome, booking.reason = bm.Outcome.UNMATCHED.value, "match taken back"
    booking.invoice_id = booking.account_id = booking.payment_id = None
    booking.applied = booking.surplus = ZERO
    booking.matched_by, booking.matched_at = operator[:254], now
    db.commit()
    return booking
