"""Credit notes: a correction of an issued invoice, with its own gapless number, negative
amounts and the invoice it corrects (the invoice itself is never changed but for its payment
state). A credit note is allocated to that invoice: while the invoice is open it lowers what is
still owed (its QR-bill or EPC amount, the SEPA debit, the card charge and the reminders all use
the open amount), and an invoice credited in full is settled ("credited"). What the customer
has already paid is given back: refunded to the card through the payment gateway when the
invoice was paid by card, otherwise booked as prepaid credit.

A card refund runs in the three steps of every card movement (services/payment_flow.py): a
pending refund payment with a unique key is committed with the credit note, the gateway refunds
with that key outside our transaction, and a second transaction settles it; a crash in between is
finished by the pending-refunds job."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from provider.db.models import Account, Invoice, InvoiceItem, Payment, SellerIdentity
from provider.domain.errors import NotFound, RuleViolation
from provider.domain.money import ZERO, to_money, totals
from provider.domain.payment_refs import format_number
from provider.runtime import Runtime
from provider.services import invoice_series, ledger, receipts, refunds
from provider.services.invoicing import lock_counter

REASON_MAX = 500


def _next_number(db: Session, original: Invoice, year: int) -> str:
    """A credit note is numbered in the series of the invoice it corrects: the reseller's when
    the reseller issued the invoice (white label), else the provider's."""
    issuer = db.get(SellerIdentity, original.seller_id) if original.seller_id else None
    if issuer is not None and issuer.owner_account_id is not None:
        series = invoice_series.lock(db, issuer.owner_account_id, year)
        number = series.next()
        invoice_series.store(db, series)
        return number
    counter = lock_counter(db, year)
    counter.last += 1
    return format_number(year, counter.last)


def issue(db: Session, rt: Runtime, invoice_id: int, amount: Decimal, reason: str) -> Invoice:
    """A credit note of `amount` net against an invoice, allocated to it; what was paid already
    goes back to the card it came from or to the prepaid balance."""
    original = db.get(Invoice, invoice_id)
    if original is None or original.kind != "invoice":
        raise NotFound("Invoice")
    reason = " ".join(reason.split())
    if not reason:
        raise RuleViolation.at_field("reason", "required", "Give the reason for the credit note.")
    if len(reason) > REASON_MAX:
        raise RuleViolation.at_field("reason", "length", f"The reason is at most {REASON_MAX} characters.")
    ledger.lock_account(db, original.account_id)
    original = db.get(Invoice, invoice_id, populate_existing=True)
    assert original is not None
    credited_net = db.scalar(select(func.coalesce(func.sum(Invoice.net), 0)).where(
        Invoice.credit_of_id == original.id)) or 0
    amount = to_money(amount)
    if amount <= 0 or amount - Decimal(str(credited_net)) > original.net:
        raise RuleViolation.at_field("amount", "credit.range",
                                     "A credit note is a positive amount, at most what the invoice "
                                     "still charges.")
    now = rt.clock.now(db)
    number = _next_number(db, original, now.year)
    t = totals([-amount], original.vat_rate_percent)
    credit = -t.gross
    allocated = min(credit, original.open_amount)
    back = credit - allocated  # already paid: to the card, or prepaid credit
    paid = db.get(Payment, original.payment_id) if original.payment_id else None
    by_card = back > 0 and paid is not None and paid.method == "card" and paid.gateway_charge_id is not None
    settlement = "card_refund" if by_card else ("prepaid_credit" if back > 0 else "allocation")
    note = Invoice(account_id=original.account_id, kind="credit_note",
                   number=number, period=None,
                   period_start=original.period_start, period_end=original.period_end,
                   credit_of_id=original.id, issued_at=now, due_on=now.date(),
                   currency=original.currency, net=t.net, vat_rate_percent=t.rate_percent, vat=t.vat,
                   gross=t.gross, credited=ZERO, reverse_charge=original.reverse_charge,
                   customer=original.customer, buyer=original.buyer, seller_id=original.seller_id,
                   seller_vat_id=original.seller_vat_id, call_count=0, payment_method=settlement,
                   payment_reference="", status="credited", reminders=0, updated_at=now)
    db.add(note)
    db.flush()
    db.add(InvoiceItem(invoice_id=note.id, position=1, kind="credit", code="credit_note",
                       params={"invoice": original.number, "reason": reason},
                       description=f"Credit for invoice {original.number}: {reason}"[:200],
                       quantity=1, amount=-amount))
    original.credited = to_money(original.credited + credit)
    if original.status == "open" and original.open_amount == 0:
        original.status = "credited"
    original.updated_at = now
    refund_id = None
    if by_card:
        assert paid is not None
        refund = Payment(account_id=original.account_id, key=f"credit_note:{note.id}:refund",
                         purpose="credit_refund", method="card", status="pending", amount=-back,
                         currency=original.currency, refund_of_id=paid.id, card_id=paid.card_id,
                         card_label=paid.card_label, created_at=now)
        db.add(refund)
        db.flush()
        refund_id = refund.id
    elif back > 0:
        account = db.get(Account, original.account_id)
        assert account is not None
        ledger.post(db, account, "credit_note", back, f"Credit note {note.number}",
                    f"credit_note:{note.id}", now)
    db.commit()
    if refund_id is not None:
        finish_refund(rt, refund_id)
    return note


def finish_refund(rt: Runtime, refund_id: int) -> None:
    """A credit note's card refund: through the one refund path, then the credit note's receipt."""
    refunds.finish_card_refund(rt, refund_id, _refund_settled, decline_is_final=False)


def _refund_settled(db: Session, refund: Payment, now: datetime) -> None:
    receipts.send_receipt(db, refund, "credit_note", now, number=_note_of(db, refund).number)


def _note_of(db: Session, refund: Payment) -> Invoice:
    note_id = int(refund.key.split(":")[1])
    note = db.get(Invoice, note_id)
    assert note is not None
    return note


def refunds_pending(rt: Runtime) -> int:
    """Job: finish card refunds of credit notes that a crash left pending."""
    with rt.sessions() as db:
        ids = list(db.scalars(select(Payment.id).where(Payment.purpose == "credit_refund",
                                                       Payment.status == "pending")))
        db.commit()
    for rid in ids:
        finish_refund(rt, rid)
    return len(ids)


