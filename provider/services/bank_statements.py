"""Importing a bank statement (camt.053 or camt.054): the bank's word on what was paid.

The file is read and checked whole (provider/bank/camt.py); each booking is stored once under
its key, whichever file reports it, and matched by the rules of domain/bank_matching.py. In one
transaction per file:
- a credit naming an invoice pays it, in full or in part; a surplus becomes the account's
  prepaid credit (the operator can refund it instead, on the customer's request);
- a credit of our own direct debit collects the invoice it was for;
- a returned direct debit (a reversal in camt.054) fails that collection, opens the invoice
  again and sends the customer a reminder;
- everything else is kept, with suggestions, for the operator to match by hand.
Importing the same file again, or a later file reporting the same bookings, books nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from provider.bank.camt import BankStatement, BankTransaction, read_statement
from provider.db.models import (
    Account,
    BankBooking,
    BankStatementImport,
    Invoice,
    InvoiceSettlement,
    Payment,
)
from provider.domain import bank_matching as bm
from provider.domain.money import ZERO, to_money
from provider.runtime import Runtime
from provider.services import ledger, receipts

CHUNK = 5000
E2E_PREFIX = "SBDD-"  # our direct debits' end-to-end ids: SBDD-<payment id>


@dataclass
class StatementReport:
    statement_id: int | None
    already_imported: bool
    message: str
    iban: str
    counts: dict[str, int] = field(default_factory=dict)  # outcome -> bookings
    unmatched: list[int] = field(default_factory=list)  # bank_bookings ids to look at


def our_ibans(rt: Runtime) -> list[str]:
    """Every account the provider's seller identities were paid into (old ones still receive)."""
    from provider.services import sellers

    with rt.sessions() as db:
        ibans = sellers.all_ibans(db)
        db.commit()
    return ibans


def import_statement(db: Session, rt: Runtime, data: bytes, file_name: str,
                     imported_by: str) -> StatementReport:
    db.commit()  # whatever the caller read (the sign-in) ends here; the file is read unlocked
    statement = read_statement(data, our_ibans(rt))  # refuses the whole file, with the reason
    done = db.scalar(select(BankStatementImport).where(BankStatementImport.digest == statement.digest))
    if done is not None:
        db.commit()
        return StatementReport(done.id, True, statement.message, statement.iban)
    report = _book(db, rt, statement, file_name, imported_by)
    try:
        db.commit()
    except IntegrityError:  # the same file, or the same bookings, imported at this moment
        db.rollback()
        return StatementReport(None, True, statement.message, statement.iban)
    rt.mail.kick()
    return report


def _book(db: Session, rt: Runtime, statement: BankStatement, file_name: str,
          imported_by: str) -> StatementReport:
    now = rt.clock.now(db)
    known = _known_keys(db, [t.key for t in statement.transactions])
    fresh = [t for t in statement.transactions if t.key not in known]
    invoices = _open_invoices(db, {t.reference for t in fresh if t.reference},
                              {t.amount for t in fresh if t.credit and not t.reversal})
    collections = _collections(db, {t.end_to_end_id for t in fresh if t.end_to_end_id})
    matches = bm.match_transactions([_tx(t) for t in fresh], invoices.values(), collections)
    _lock(db, {m.account_id for m in matches if m.account_id is not None})
    row = BankStatementImport(digest=statement.digest, file_name=file_name[:200],
                              message=statement.message, version=statement.version,
                              message_id=statement.message_id[:35], iban=statement.iban,
                              bookings=len(fresh), imported_at=now, imported_by=imported_by[:254])
    db.add(row)
    db.flush()
    report = StatementReport(row.id, False, statement.message, statement.iban)
    # Written in a few round trips, not a dozen per booking: the payments the bookings make are
    # inserted first, so that each booking is inserted once with its payment (no update after),
    # then settled with the invoices, accounts and owners read beforehand in one query each.
    pairs = [(_booking(row.id, tx, match), match) for tx, match in zip(fresh, matches, strict=True)]
    held = (_preload(db, Invoice, {m.invoice_id for _, m in pairs if m.invoice_id is not None})
            + _preload(db, Account, {m.account_id for _, m in pairs if m.account_id is not None}))
    owners = receipts.owners(db, sorted({m.account_id for _, m in pairs if m.account_id is not None}))
    with db.no_autoflush:
        paying = [(booking, match, _bank_payment(db, booking, match, now))
                  for booking, match in pairs if match.outcome in PAYING]
    db.flush()
    db.add_all([booking for booking, _ in pairs])
    with db.no_autoflush:
        for booking, match, payment in paying:
            _book_payment(db, booking, match, payment, now, owners)
    for booking, match in pairs:
        if match.outcome not in PAYING:
            apply(db, booking, match, now)
        report.counts[match.outcome.value] = report.counts.get(match.outcome.value, 0) + 1
    db.flush()
    report.unmatched = [b.id for b, m in pairs if m.outcome is bm.Outcome.UNMATCHED]
    del held
    return report


PAYING = (bm.Outcome.PAID, bm.Outcome.PARTIAL, bm.Outcome.OVERPAID)


def _preload(db: Session, model: type[Invoice] | type[Account], ids: set[int]) -> list[object]:
    """Into the session's identity map, so that db.get finds them without a query; the caller
    holds the list (the identity map keeps only weak references)."""
    ordered, rows = sorted(ids), []
    for i in range(0, len(ordered), CHUNK):
        rows.extend(db.scalars(select(model).where(model.id.in_(ordered[i:i + CHUNK]))).all())
    return rows


def _bank_payment(db: Session, booking: BankBooking, match: bm.Match, now: datetime) -> Payment:
    assert match.invoice_id is not None
    invoice = db.get(Invoice, match.invoice_id)
    assert invoice is not None
    payment = Payment(account_id=invoice.account_id, key=f"bank:{booking.key}"[:160],
                      purpose="invoice", method="bank_transfer", status="succeeded",
                      amount=booking.amount, currency=booking.currency, created_at=now,
                      settled_at=now)
    db.add(payment)
    return payment


def _book_payment(db: Session, booking: BankBooking, match: bm.Match, payment: Payment,
                  now: datetime, owners: dict[int, str] | None = None) -> None:
    """A credit that pays an invoice, in full, in part or beyond: settled, the surplus kept as
    prepaid credit, the receipt queued. `payment` has its id (flushed)."""
    invoice = db.get(Invoice, match.invoice_id)
    assert invoice is not None
    booking.payment_id = payment.id
    _settle(db, invoice, payment, match.applied, now)
    _surplus(db, invoice, payment, match.surplus, now)
    receipts.send_receipt(db, payment, "invoice", now, number=invoice.number, known_owners=owners)


def apply(db: Session, booking: BankBooking, match: bm.Match, now: datetime) -> None:
    """Book what a match means. Also used when the operator matches a booking by hand."""
    if match.outcome in PAYING:
        payment = _bank_payment(db, booking, match, now)
        db.flush()
        _book_payment(db, booking, match, payment, now)
    elif match.outcome is bm.Outcome.COLLECTED:
        invoice, payment = _collection(db, match)
        if payment.status == "awaiting":
            payment.status, payment.settled_at = "succeeded", now
            _settle(db, invoice, payment, match.applied, now)
            _surplus(db, invoice, payment, match.surplus, now)
            receipts.send_receipt(db, payment, "invoice", now, number=invoice.number)
    elif match.outcome is bm.Outcome.RETURNED:
        invoice, payment = _collection(db, match)
        _returned(db, invoice, payment, booking.return_reason, now)


def _collection(db: Session, match: bm.Match) -> tuple[Invoice, Payment]:
    assert match.payment_id is not None and match.invoice_id is not None
    invoice, payment = db.get(Invoice, match.invoice_id), db.get(Payment, match.payment_id)
    assert payment is not None and invoice is not None
    return invoice, payment


def open_amount(db: Session, invoice: Invoice) -> Decimal:
    """What is still owed: the total less credit notes and payments in part (docs/invoices.md)."""
    return invoice.open_amount


def _settle(db: Session, invoice: Invoice, payment: Payment, applied: Decimal, now: datetime) -> None:
    if applied > ZERO:
        db.add(InvoiceSettlement(invoice_id=invoice.id, payment_id=payment.id, amount=applied,
                                 created_at=now))
        invoice.settled = to_money(invoice.settled + applied)
    if invoice.status == "open" and invoice.open_amount == ZERO:
        invoice.status, invoice.paid_at, invoice.payment_id = "paid", now, payment.id
    invoice.updated_at = now


def _surplus(db: Session, invoice: Invoice, payment: Payment, surplus: Decimal, now: datetime) -> None:
    """Money paid beyond what was owed is the customer's: kept as prepaid credit (docs/rules.md),
    refundable on request."""
    if surplus <= ZERO:
        return
    account = db.get(Account, invoice.account_id)
    assert account is not None
    ledger.post(db, account, "overpayment", surplus,
                f"Overpayment of invoice {invoice.number}", f"overpayment:{payment.id}", now,
                flush=False)


def _returned(db: Session, invoice: Invoice, payment: Payment, reason: str, now: datetime) -> None:
    from provider.services.invoice_payments import _notify

    if payment.status not in ("succeeded", "awaiting"):
        return  # told already
    withdraw(db, invoice, payment)
    payment.status, payment.failure_code = "failed", f"returned_{reason or 'unknown'}"[:32]
    payment.failure_message = f"The direct debit was returned by the bank ({reason or 'no reason'})."
    invoice.status, invoice.paid_at, invoice.payment_id = "open", None, None
    invoice.payment_method = "bank_transfer"  # the mandate failed; the customer pays by transfer
    invoice.reminders += 1
    invoice.last_reminder_at = invoice.updated_at = now
    _notify(db, invoice, "invoice_reminder", now, n=invoice.reminders)


def withdraw(db: Session, invoice: Invoice, payment: Payment) -> None:
    """A payment that no longer stands (returned, or its match taken back) stops counting
    towards the invoice it was booked to."""
    if payment.status != "succeeded":
        return
    amount = db.scalar(select(func.coalesce(func.sum(InvoiceSettlement.amount), 0)).where(
        InvoiceSettlement.invoice_id == invoice.id, InvoiceSettlement.payment_id == payment.id))
    invoice.settled = max(ZERO, to_money(invoice.settled - Decimal(str(amount))))


def _known_keys(db: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(keys), CHUNK):
        found |= set(db.scalars(select(BankBooking.key).where(BankBooking.key.in_(keys[i:i + CHUNK]))))
    return found


def _open_invoices(db: Session, references: set[str], amounts: set[Decimal]) -> dict[int, bm.OpenInvoice]:
    """Invoices named by the references, and open ones of the amounts credited (suggestions for
    credits whose reference names none), each with what is still open."""
    rows: dict[int, Invoice] = {}
    refs = sorted(references)
    for i in range(0, len(refs), CHUNK):
        for inv in db.scalars(select(Invoice).where(Invoice.payment_reference.in_(refs[i:i + CHUNK]),
                                                    Invoice.kind == "invoice")):
            rows[inv.id] = inv
    if amounts:
        owed = Invoice.gross - Invoice.credited - Invoice.settled
        for inv in db.scalars(select(Invoice).where(Invoice.status == "open", Invoice.kind == "invoice",
                                                    owed.in_(sorted(amounts)))
                              .limit(5000)):
            rows[inv.id] = inv
    names = _names(db, {inv.account_id for inv in rows.values()})
    return {inv.id: bm.OpenInvoice(inv.id, inv.account_id, inv.payment_reference.replace(" ", "").upper(),
                                   inv.currency,
                                   inv.open_amount,
                                   names.get(inv.account_id, ""))
            for inv in rows.values()}


def _names(db: Session, account_ids: set[int]) -> dict[int, str]:
    ids = sorted(account_ids)
    out: dict[int, str] = {}
    for i in range(0, len(ids), CHUNK):
        for aid, name, company in db.execute(select(Account.id, Account.name, Account.company_name)
                                             .where(Account.id.in_(ids[i:i + CHUNK]))):
            out[aid] = company or name
    return out


def _collections(db: Session, e2e_ids: Iterable[str]) -> list[bm.Collection]:
    ids = sorted(int(e[len(E2E_PREFIX):]) for e in e2e_ids
                 if e.startswith(E2E_PREFIX) and e[len(E2E_PREFIX):].isdigit())
    found = []
    for i in range(0, len(ids), CHUNK):
        for pay, invoice_id in db.execute(
                select(Payment, InvoiceSettlement.invoice_id)
                .outerjoin(InvoiceSettlement, InvoiceSettlement.payment_id == Payment.id)
                .where(Payment.id.in_(ids[i:i + CHUNK]), Payment.method == "sepa")):
            target = invoice_id or _collected_invoice(db, pay)
            if target is not None:
                found.append(bm.Collection(pay.id, target, pay.account_id, f"{E2E_PREFIX}{pay.id}",
                                           pay.amount, pay.currency))
    return found


def _collected_invoice(db: Session, payment: Payment) -> int | None:
    """The invoice a direct debit was sent for (an awaiting collection has no settlement yet)."""
    return db.scalar(select(Invoice.id).where(Invoice.payment_id == payment.id))


def _lock(db: Session, account_ids: set[int]) -> None:
    if db.get_bind().dialect.name == "postgresql" and account_ids:
        db.execute(select(Account.id).where(Account.id.in_(sorted(account_ids))).order_by(Account.id)
                   .with_for_update())


def _tx(t: BankTransaction) -> bm.Transaction:
    return bm.Transaction(t.key, t.amount, t.currency, t.credit, t.reversal, t.reference,
                          t.counterparty, t.end_to_end_id)


def _booking(statement_id: int, t: BankTransaction, m: bm.Match) -> BankBooking:
    return BankBooking(key=t.key, statement_id=statement_id, booked_on=t.booked_on, amount=t.amount,
                       currency=t.currency, credit=t.credit, reversal=t.reversal,
                       reference=t.reference[:35], remittance=t.remittance[:500],
                       counterparty=t.counterparty[:140], end_to_end_id=t.end_to_end_id[:35],
                       return_reason=t.return_reason[:4], outcome=m.outcome.value,
                       reason=m.reason[:100], invoice_id=m.invoice_id, account_id=m.account_id,
                       payment_id=m.payment_id, applied=m.applied, surplus=m.surplus,
                       suggestions=",".join(str(s) for s in m.suggestions)[:100])
