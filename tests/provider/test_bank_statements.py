"""Bank statements on SQLite and PostgreSQL: credits matched by reference (exact, partial,
overpaid into prepaid credit, an invoice paid twice), unknown references kept with
suggestions, the same file or the same bookings again booking nothing, our direct debits
collected and returned (the invoice open again, a reminder sent), files refused whole."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from provider.bank.camt_writer import Booking
from provider.db.models import BankBooking, Invoice, LedgerEntry, OutboxMail, Payment
from provider.domain.errors import RuleViolation
from provider.runtime import Runtime
from provider.services import bank_statements
from provider.services.bank_statements import open_amount
from tests.provider.bank_helpers import camt, import_file, open_invoice, spaced
from tests.provider.money_fixtures import customer

D = Decimal


def _state(rt: Runtime, invoice_id: int) -> tuple[str, Decimal]:
    with rt.sessions() as db:
        inv = db.get(Invoice, invoice_id)
        assert inv is not None
        return inv.status, open_amount(db, inv)


def _credit(rt: Runtime, account_id: int) -> Decimal:
    with rt.sessions() as db:
        return Decimal(str(db.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0))
                                     .where(LedgerEntry.account_id == account_id))))


def test_credits_by_reference_and_the_same_bookings_once(rt: Runtime) -> None:
    c = customer(rt)
    exact, partial, over, twice, named = (open_invoice(rt, c.account_id, g)
                                          for g in ("100.00", "80.00", "50.00", "30.00", "42.00"))
    data = camt([
        Booking(D("100.00"), reference=spaced(exact.payment_reference), bank_ref="B1"),
        Booking(D("20.00"), reference=partial.payment_reference, bank_ref="B2"),
        Booking(D("65.50"), reference=over.payment_reference, bank_ref="B3"),
        Booking(D("30.00"), reference=twice.payment_reference, bank_ref="B4"),
        Booking(D("30.00"), reference=twice.payment_reference, bank_ref="B5"),
        Booking(D("42.00"), reference="RF71NOTOURS", counterparty="Muster", bank_ref="B6"),
        Booking(D("9.99"), bank_ref="B7", remittance="thanks"),
        Booking(D("12.00"), credit=False, bank_ref="B8", counterparty="Bank fees"),
    ])
    report = import_file(rt, data, "stmt.xml", "ops@switchboard.example")
    assert not report.already_imported
    assert report.counts == {"paid": 2, "partial": 1, "overpaid": 2, "unmatched": 2, "other": 1}
    assert _state(rt, exact.id) == ("paid", D("0.00"))
    assert _state(rt, partial.id) == ("open", D("60.00"))
    assert _state(rt, over.id) == ("paid", D("0.00"))
    assert _state(rt, twice.id) == ("paid", D("0.00"))
    assert _state(rt, named.id) == ("open", D("42.00"))  # suggested, never applied
    assert _credit(rt, c.account_id) == D("45.50")  # 15.50 + 30.00 surplus as prepaid credit
    with rt.sessions() as db:
        unmatched = db.scalars(select(BankBooking).where(BankBooking.id.in_(report.unmatched))
                               .order_by(BankBooking.id)).all()
        assert [(b.amount, b.reason, b.suggestions) for b in unmatched] == [
            (D("42.00"), "unknown reference", str(named.id)), (D("9.99"), "no reference", "")]
        paid_total = db.scalar(select(func.sum(Payment.amount)).where(Payment.method == "bank_transfer"))
        assert paid_total == D("245.50")

    again = import_file(rt, data, "stmt-copy.xml", "ops")
    assert again.already_imported
    # The same bookings in the day's notification (another file): nothing new.
    notified = camt([Booking(D("20.00"), reference=partial.payment_reference, bank_ref="B2")],
                    message="camt.054", message_id="NTF-1")
    assert import_file(rt, notified, "ntf.xml", "ops").counts == {}
    assert _state(rt, partial.id) == ("open", D("60.00"))
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(BankBooking)) == 8
    assert _credit(rt, c.account_id) == D("45.50")


def test_a_direct_debit_collected_then_returned(rt: Runtime) -> None:
    c = customer(rt, country="DE")
    inv = open_invoice(rt, c.account_id, "55.00", "EUR", method="sepa")
    with rt.sessions() as db:
        now = rt.clock.now(db)
        pay = Payment(account_id=c.account_id, key=f"invoice:{inv.id}:sepa:1", purpose="invoice",
                      method="sepa", status="awaiting", amount=D("55.00"), currency="EUR",
                      created_at=now)
        db.add(pay)
        db.flush()
        db.get(Invoice, inv.id).payment_id = pay.id  # type: ignore[union-attr]
        db.commit()
        pay_id = pay.id
    e2e = f"SBDD-{pay_id}"
    collected = camt([Booking(D("55.00"), end_to_end_id=e2e, bank_ref="C1")], "EUR")
    assert import_file(rt, collected, "c.xml", "ops").counts == {"collected": 1}
    assert _state(rt, inv.id) == ("paid", D("0.00"))
    returned = camt([Booking(D("55.00"), credit=False, reversal=True, end_to_end_id=e2e,
                             return_reason="AC04", bank_ref="R1", mandate_id="SB-1")],
                    "EUR", message="camt.054", message_id="RET-1")
    assert import_file(rt, returned, "r.xml", "ops").counts == {"returned": 1}
    assert _state(rt, inv.id) == ("open", D("55.00"))
    with rt.sessions() as db:
        invoice = db.get(Invoice, inv.id)
        payment = db.get(Payment, pay_id)
        assert invoice is not None and payment is not None
        assert (invoice.payment_method, invoice.reminders, invoice.payment_id) == ("bank_transfer", 1, None)
        assert (payment.status, payment.failure_code) == ("failed", "returned_AC04")
        subjects = [m.subject for m in db.scalars(select(OutboxMail).order_by(OutboxMail.id))]
        assert subjects[-1].startswith("Reminder 1: invoice")
    assert import_file(rt, returned, "r2.xml", "ops").already_imported
    with rt.sessions() as db:
        assert db.get(Invoice, inv.id).reminders == 1  # type: ignore[union-attr]


def test_a_bad_file_books_nothing(rt: Runtime) -> None:
    c = customer(rt)
    inv = open_invoice(rt, c.account_id, "10.00")
    good = camt([Booking(D("10.00"), reference=inv.payment_reference, bank_ref="X1")])
    for bad in (good[: len(good) // 2], b"%PDF-1.7", good.replace(b"CH4431999123000889012",
                                                                 b"CH9300762011623852957")):
        with pytest.raises(RuleViolation):
            import_file(rt, bad, "bad.xml", "ops")
    assert _state(rt, inv.id) == ("open", D("10.00"))
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(BankBooking)) == 0
    assert bank_statements.our_ibans(rt)


def test_a_payment_in_part_lowers_what_every_reader_asks_for(rt: Runtime) -> None:
    """The invoice's own open amount (the API, the QR-bill, a card or direct-debit charge, the
    reseller's totals) is net of the part paid, and grows again when that payment is taken back."""
    from provider.services import bank_bookings, invoicing, sellers
    from provider.services.invoice_payments import instructions

    c = customer(rt)
    inv = open_invoice(rt, c.account_id, "80.00")
    first = camt([Booking(D("20.00"), reference=inv.payment_reference, bank_ref="P1")])
    assert import_file(rt, first, "p1.xml", "ops").counts == {"partial": 1}
    with rt.sessions() as db:
        invoice = db.get(Invoice, inv.id)
        assert invoice is not None
        assert (invoice.status, invoice.open_amount, invoice.settled) == ("open", D("60.00"), D("20.00"))
        qr = instructions(invoice, sellers.current(db))
        assert qr is not None and qr["amount"] == D("60.00")
        assert invoicing.totals_by_account(db, [c.account_id]) == {c.account_id: D("60.00")}
        booking_id = db.scalar(select(BankBooking.id).where(BankBooking.invoice_id == inv.id))
    rest = camt([Booking(D("60.00"), reference=inv.payment_reference, bank_ref="P2")], message_id="MSG-2")
    assert import_file(rt, rest, "p2.xml", "ops").counts == {"paid": 1}
    assert _state(rt, inv.id) == ("paid", D("0.00"))
    with rt.sessions() as db:
        assert booking_id is not None
        bank_bookings.unmatch(db, rt, booking_id, "ops")  # the 20.00 was someone else's
    with rt.sessions() as db:
        invoice = db.get(Invoice, inv.id)
        assert invoice is not None
        assert (invoice.status, invoice.open_amount, invoice.settled) == ("open", D("20.00"), D("60.00"))
