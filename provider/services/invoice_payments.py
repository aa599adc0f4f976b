"""Paying invoices (docs/product-rules.md#bank-transfer): bank transfer data for a Swiss QR-bill or an EPC QR
code, SEPA direct debit collected on the due date, the business option to charge the invoice to
the saved card, and reminders for overdue invoices. Only the payment state of an invoice moves
(status, paid_at, payment_id, reminders), each change stamping updated_at for the change feed."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, Invoice, InvoicePaymentSetting, Payment, SavedCard, SellerIdentity
from provider.domain.errors import RuleViolation
from provider.mail import invoice_templates
from provider.mail.outbox import enqueue
from provider.mail.templates import mail_language
from provider.payments.gateway import ChargeResult
from provider.runtime import Runtime
from provider.services import receipts, sellers, settlement
from provider.services.payment_flow import charge_and_settle, pending_card_payment

REMINDER_INTERVAL = timedelta(days=14)
MAX_REMINDERS = 3


def instructions(invoice: Invoice, seller: SellerIdentity | None) -> dict[str, object] | None:
    """What the client needs to draw the QR code of a bank transfer to the seller's account in
    the invoice's currency (a QR-IBAN with a QR reference for CHF, an IBAN with an RF reference
    for EUR); None when nothing is due."""
    if invoice.open_amount <= 0 or seller is None:
        return None
    account = sellers.bank_account(seller, invoice.currency)
    creditor = {"name": seller.name, "street": seller.street, "postal_code": seller.postal_code,
                "city": seller.city, "country": seller.country}
    return {"standard": "swiss_qr_bill" if account.reference_type == "QRR" else "epc_qr",
            "iban": account.iban, "bic": account.bic, "reference_type": account.reference_type,
            "reference": invoice.payment_reference, "creditor": creditor, "amount": invoice.open_amount,
            "currency": invoice.currency, "message": f"Invoice {invoice.number}"}


def settings_of(db: Session, account: Account) -> InvoicePaymentSetting | None:
    return db.get(InvoicePaymentSetting, account.id)


def set_charge_card(db: Session, rt: Runtime, account: Account, charge_card: bool) -> InvoicePaymentSetting:
    if charge_card and account.kind != "business":
        raise RuleViolation.at_field("charge_card", "business.only",
                                     "Charging the monthly invoice to a card is for business accounts.")
    if charge_card and db.scalar(select(SavedCard.id).where(
            SavedCard.account_id == account.id, SavedCard.is_default,
            SavedCard.removed_at.is_(None))) is None:
        raise RuleViolation.at_field("charge_card", "card.required", "Save a card first.")
    now = rt.clock.now(db)
    row = settings_of(db, account)
    if row is None:
        row = InvoicePaymentSetting(account_id=account.id, charge_card=charge_card, updated_at=now)
        db.add(row)
    row.charge_card, row.updated_at = charge_card, now
    db.commit()
    return row


def _mark_paid(invoice: Invoice, payment: Payment, now: datetime) -> None:
    invoice.status, invoice.paid_at, invoice.payment_id, invoice.updated_at = "paid", now, payment.id, now


def _book_collected(db: Session, invoice: Invoice, method: str, key_suffix: str,
                    now: datetime) -> None:
    """Money that arrived in full (a transfer, a SEPA debit): a settled payment, the invoice
    paid, a receipt."""
    payment = Payment(account_id=invoice.account_id, key=f"invoice:{invoice.id}:{key_suffix}",
                      purpose="invoice", method=method, status="succeeded", amount=invoice.open_amount,
                      currency=invoice.currency, created_at=now, settled_at=now)
    db.add(payment)
    db.flush()
    _mark_paid(invoice, payment, now)
    receipts.send_receipt(db, payment, "invoice", now, number=invoice.number)


def collect_due(rt: Runtime) -> int:
    """Job: SEPA debits on the due date; card charges for the business option once issued.
    In the sandbox a SEPA debit counts as collected at once (as for orders); a live provider
    sends it to the bank in a pain.008 file and waits for the statement
    (services/sepa_collections.py)."""
    done = 0
    with rt.sessions() as db:
        today = rt.clock.now(db).date()
        sepa = list(db.scalars(select(Invoice.id).where(
            Invoice.status == "open", Invoice.payment_method == "sepa", Invoice.due_on <= today)
            .order_by(Invoice.id).limit(1000))) if rt.settings.sandbox else []
        cards = list(db.scalars(select(Invoice.id).where(
            Invoice.status == "open", Invoice.payment_method == "card", Invoice.payment_id.is_(None))
            .order_by(Invoice.id).limit(1000)))
        db.commit()
    for iid in sepa:
        done += _collect_sepa(rt, iid)
    for iid in cards:
        done += _charge_card(rt, iid)
    return done


def _locked_open(db: Session, invoice_id: int) -> Invoice | None:
    query = select(Invoice).where(Invoice.id == invoice_id, Invoice.status == "open")
    if db.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return db.scalar(query.execution_options(populate_existing=True))


def _collect_sepa(rt: Runtime, invoice_id: int) -> int:
    with rt.sessions() as db:
        invoice = _locked_open(db, invoice_id)
        if invoice is None:
            return 0
        _book_collected(db, invoice, "sepa", "sepa", rt.clock.now(db))
        db.commit()
    rt.mail.kick()
    return 1


def _charge_card(rt: Runtime, invoice_id: int) -> int:
    with rt.sessions() as db:
        invoice = _locked_open(db, invoice_id)
        if invoice is None or invoice.payment_id is not None:
            return 0
        card = db.scalar(select(SavedCard).where(
            SavedCard.account_id == invoice.account_id, SavedCard.is_default,
            SavedCard.removed_at.is_(None)))
        now = rt.clock.now(db)
        if card is None:
            invoice.payment_method, invoice.updated_at = "bank_transfer", now
            db.commit()
            return 1
        payment = pending_card_payment(card, f"invoice:{invoice.id}:card", "invoice",
                                       invoice.open_amount, invoice.currency, now)
        db.add(payment)
        db.flush()
        invoice.payment_id, invoice.updated_at = payment.id, now
        payment_id = payment.id
        db.commit()
    charge_and_settle(rt, payment_id)
    return 1


def _invoice_of(db: Session, payment: Payment) -> Invoice:
    invoice = db.scalar(select(Invoice).where(Invoice.payment_id == payment.id))
    assert invoice is not None
    return invoice


def card_paid(db: Session, rt: Runtime, payment: Payment, result: ChargeResult, now: datetime) -> None:
    invoice = _invoice_of(db, payment)
    _mark_paid(invoice, payment, now)
    receipts.send_receipt(db, payment, "invoice", now, number=invoice.number)


def card_failed(db: Session, rt: Runtime, payment: Payment, result: ChargeResult, now: datetime) -> None:
    """The invoice falls back to bank transfer by its due date; the customer is told."""
    invoice = _invoice_of(db, payment)
    invoice.payment_method, invoice.updated_at = "bank_transfer", now
    _notify(db, invoice, "invoice_charge_failed", now, card=payment.card_label or "card",
            reason=result.failure_message or "declined")


settlement.register("invoice", card_paid, card_failed)


def _notify(db: Session, invoice: Invoice, kind: str, now: datetime, **values: object) -> None:
    account = db.get(Account, invoice.account_id)
    assert account is not None
    language = mail_language(account.language, account.country)
    message = invoice_templates.render(kind, language, number=invoice.number,
                                       currency=invoice.currency, amount=invoice.open_amount,
                                       due=invoice.due_on.isoformat(),
                                       reference=invoice.payment_reference, **values)
    for address in receipts.recipients(db, account.id):
        enqueue(db, address, message, now)


def remind_overdue(rt: Runtime) -> int:
    """Job: a reminder the day after the due date, then every 14 days, three at most (UTC days)."""
    with rt.sessions() as db:
        now = rt.clock.now(db)
        ids = list(db.scalars(select(Invoice.id).where(
            Invoice.status == "open", Invoice.due_on < now.date(), Invoice.reminders < MAX_REMINDERS)
            .order_by(Invoice.id).limit(1000)))
        db.commit()
    sent = 0
    for iid in ids:
        with rt.sessions() as db:
            invoice = _locked_open(db, iid)
            now = rt.clock.now(db)
            # By calendar day, not to the second: run-jobs comes from a timer every few minutes,
            # and a reminder must not slip to the next run (or day) because the previous one was
            # sent a few minutes later in the day.
            if invoice is None or invoice.reminders >= MAX_REMINDERS or (
                    invoice.last_reminder_at is not None
                    and invoice.last_reminder_at.date() + REMINDER_INTERVAL > now.date()):
                continue
            invoice.reminders += 1
            invoice.last_reminder_at = invoice.updated_at = now
            _notify(db, invoice, "invoice_reminder", now, n=invoice.reminders)
            db.commit()
            sent += 1
    if sent:
        rt.mail.kick()
    return sent
