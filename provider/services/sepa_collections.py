"""SEPA direct debits for real: the invoices due are gathered into one pain.008 file per
collection date, which the provider's staff hand to the bank; an invoice counts as paid only
when the bank's statement says the money came (services/bank_statements.py), and a debit the
debtor's bank returns opens the invoice again.

A debit goes to the bank one business day before its collection date at the latest (SEPA Core
D-1), so the job gathers what is due tomorrow or earlier and not yet sent; an invoice due in
the past is collected on the next day. Each debit is a payment in state `awaiting` whose
end-to-end id (SBDD-<payment id>) names it in the bank's reports. SEPA collects euros: an
account in another currency pays by bank transfer (the QR-bill), whatever its mandate says.
The sandbox keeps counting a direct debit as collected at once (services/invoice_payments.py).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.bank.pain008 import Creditor, Debit, collection_file
from provider.db.models import Account, DirectDebitFile, Invoice, Payment, SepaMandate
from provider.domain.errors import NotFound
from provider.domain.money import ZERO
from provider.runtime import Runtime
from provider.services.bank_statements import E2E_PREFIX

BATCH = 1000


def creditor(rt: Runtime) -> Creditor | None:
    """The provider as SEPA creditor; None while no creditor identifier is configured."""
    from provider.services import sellers

    creditor_id = rt.settings.sepa_creditor_id
    if not creditor_id:
        return None
    with rt.sessions() as db:  # the seller's EUR account (docs/invoices.md)
        seller = sellers.current(db)
        account = sellers.bank_account(seller, "EUR")
        name, iban, bic = seller.name, account.iban, account.bic or ""
        db.commit()
    return Creditor(name, iban, bic, creditor_id, "EUR")


def submit_due(rt: Runtime) -> int:
    """Job: the direct debits due by tomorrow, as pain.008 files per collection date. Returns
    the number of debits sent. Safe on several hosts: invoices are claimed under row locks."""
    who = creditor(rt)
    if who is None:
        return 0
    with rt.sessions() as db:
        today = rt.clock.now(db).date()
        ids = list(db.scalars(select(Invoice.id).where(
            Invoice.status == "open", Invoice.payment_method == "sepa", Invoice.payment_id.is_(None),
            Invoice.due_on <= today + timedelta(days=1)).order_by(Invoice.id).limit(BATCH)))
        db.commit()
    if not ids:
        return 0
    with rt.sessions() as db:
        now = rt.clock.now(db)
        by_date: dict[date, list[Debit]] = defaultdict(list)
        query = select(Invoice).where(Invoice.id.in_(ids), Invoice.status == "open",
                                      Invoice.payment_id.is_(None)).order_by(Invoice.id)
        if db.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        for invoice in db.scalars(query):
            debit = _debit(db, invoice, now)
            if debit is not None:
                by_date[max(invoice.due_on, now.date() + timedelta(days=1))].append(debit)
        for collect_on, debits in sorted(by_date.items()):
            message_id = f"SBDD-{collect_on:%Y%m%d}-{now:%H%M%S}-{debits[0].end_to_end_id[5:]}"[:35]
            data = collection_file(who, collect_on, debits, message_id, now)
            db.add(DirectDebitFile(message_id=message_id, collect_on=collect_on, currency="EUR",
                                   debits=len(debits), total=sum((d.amount for d in debits), ZERO),
                                   content=data.decode("utf-8"), created_at=now))
        db.commit()
    return sum(len(d) for d in by_date.values())


def _debit(db: Session, invoice: Invoice, now: datetime) -> Debit | None:
    mandate = db.scalar(select(SepaMandate).where(SepaMandate.account_id == invoice.account_id,
                                                  SepaMandate.revoked_at.is_(None)))
    if mandate is None or invoice.currency != "EUR":
        invoice.payment_method, invoice.updated_at = "bank_transfer", now
        return None
    earlier = db.scalar(select(Payment.id).where(
        Payment.account_id == invoice.account_id, Payment.method == "sepa",
        Payment.status.in_(("succeeded", "awaiting")), Payment.created_at >= mandate.created_at))
    attempt = db.scalar(select(Payment.id).where(Payment.key.like(f"invoice:{invoice.id}:sepa%"))
                        .order_by(Payment.id.desc()))
    payment = Payment(account_id=invoice.account_id,
                      key=f"invoice:{invoice.id}:sepa:{(attempt or 0) + 1}", purpose="invoice",
                      method="sepa", status="awaiting", amount=invoice.open_amount,
                      currency=invoice.currency, created_at=now)
    db.add(payment)
    db.flush()
    invoice.payment_id, invoice.updated_at = payment.id, now
    account = db.get(Account, invoice.account_id)
    assert account is not None
    return Debit(f"{E2E_PREFIX}{payment.id}", invoice.open_amount, mandate.holder, mandate.iban,
                 mandate.reference, mandate.signed_on, "RCUR" if earlier else "FRST",
                 f"Invoice {invoice.number}")


def file(db: Session, file_id: int) -> DirectDebitFile:
    row = db.get(DirectDebitFile, file_id)
    if row is None:
        raise NotFound("Direct-debit file")
    return row


def files(db: Session, limit: int = 100) -> list[DirectDebitFile]:
    return list(db.scalars(select(DirectDebitFile).order_by(DirectDebitFile.id.desc()).limit(limit)))
