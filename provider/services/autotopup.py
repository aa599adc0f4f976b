"""Automatic top-up (docs/product-rules.md#automatic-top-up): when a debit takes the balance below the
threshold, exactly one top-up of the chosen amount is charged to the chosen card, however
many debits cross at once (they all lock the account row; the first starts the top-up and the
others see it in flight). A failure is e-mailed and retried after 24 hours; after 3 failures in
a row automatic top-up switches off and says so.

The card is charged the amount plus VAT, as prepaid credit bought in the shop, and the credit
booked is the amount (docs/product-rules.md#prepaid-vat)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, AutoTopUp, Payment, SavedCard
from provider.domain.catalog import CREDIT_MAX, CREDIT_MIN
from provider.domain.errors import FieldError, RuleViolation
from provider.domain.money import Totals, totals
from provider.payments.gateway import ChargeResult
from provider.runtime import Runtime
from provider.services import cards, ledger, receipts, settlement
from provider.services.cart import treatment_of
from provider.services.payment_flow import charge_and_settle, pending_card_payment

RETRY_AFTER = timedelta(hours=24)
MAX_FAILURES = 3


def price(account: Account, amount: Decimal) -> Totals:
    """What one top-up of `amount` credit costs: the amount plus the VAT the shop charges on
    prepaid credit for this account."""
    return totals([amount], treatment_of(account).rate_percent)


def get(db: Session, account: Account) -> AutoTopUp | None:
    return db.get(AutoTopUp, account.id)


def configure(db: Session, rt: Runtime, account: Account, enabled: bool, threshold: Decimal,
              amount: Decimal, card_id: int | None) -> AutoTopUp | None:
    """Save the settings; switched on below the threshold, the first top-up is charged at once.
    Answers the settings as they are after that charge."""
    errors: list[FieldError] = []
    if threshold < 0 or threshold != threshold.quantize(Decimal("0.01")) or threshold > CREDIT_MAX:
        errors.append(FieldError("threshold", "threshold.range",
                                 f"The threshold is an amount from 0 to {CREDIT_MAX}."))
    if not CREDIT_MIN <= amount <= CREDIT_MAX or amount != amount.quantize(Decimal("0.01")):
        errors.append(FieldError("amount", "amount.range",
                                 f"The top-up amount is between {CREDIT_MIN} and {CREDIT_MAX}."))
    if card_id is not None and cards.usable(db, account, card_id) is None:
        errors.append(FieldError("card_id", "card.unknown", "Choose one of your saved cards."))
    if enabled and card_id is None:
        errors.append(FieldError("card_id", "card.required",
                                 "Automatic top-up needs a saved card; add one first."))
    if errors:
        raise RuleViolation("validation", errors[0].message, 422, errors)
    ledger.lock_account(db, account.id)
    now = rt.clock.now(db)
    row = db.get(AutoTopUp, account.id)
    if row is None:
        row = AutoTopUp(account_id=account.id, failures=0, attempts=0, updated_at=now)
        db.add(row)
    row.enabled, row.threshold, row.amount, row.card_id = enabled, threshold, amount, card_id
    if enabled:  # switching on (again) starts with a clean slate
        row.failures, row.next_retry_at = 0, None
    row.updated_at = now
    payment_id = start_if_needed(db, account, now) if enabled else None
    db.commit()
    if payment_id is not None:
        charge_and_settle(rt, payment_id)
    with rt.sessions() as fresh:  # the top-up it may have started has settled by now
        return fresh.get(AutoTopUp, account.id)


def start_if_needed(db: Session, account: Account, now: datetime) -> int | None:
    """Inside a transaction that holds the account lock: start a top-up when the balance is
    below the threshold and none is in flight or waiting for its retry time."""
    row = db.get(AutoTopUp, account.id, populate_existing=True)
    if row is None or not row.enabled or row.card_id is None or row.in_flight_payment_id:
        return None
    if row.next_retry_at is not None and now < row.next_retry_at:
        return None
    if ledger.balance(db, account.id) >= row.threshold:
        return None
    card = db.get(SavedCard, row.card_id)
    assert card is not None
    row.attempts += 1
    cost = price(account, row.amount)
    payment = pending_card_payment(card, f"top_up:{account.id}:{row.attempts}", "top_up",
                                   cost.gross, account.currency, now)
    payment.net = cost.net  # the credit to book, whatever the settings are when it settles
    db.add(payment)
    db.flush()
    row.in_flight_payment_id = payment.id
    return payment.id


def succeeded(db: Session, rt: Runtime, payment: Payment, result: ChargeResult, now: datetime) -> None:
    account = db.get(Account, payment.account_id)
    assert account is not None
    credit = payment.net if payment.net is not None else payment.amount  # before VAT was added
    ledger.post(db, account, "top_up", credit, "Automatic top-up",
                f"payment:{payment.id}", now)
    row = db.get(AutoTopUp, payment.account_id)
    if row is not None and row.in_flight_payment_id == payment.id:
        row.in_flight_payment_id, row.failures, row.next_retry_at = None, 0, None
    receipts.send_receipt(db, payment, "top_up", now)


def failed(db: Session, rt: Runtime, payment: Payment, result: ChargeResult, now: datetime) -> None:
    row = db.get(AutoTopUp, payment.account_id)
    if row is None or row.in_flight_payment_id != payment.id:
        return
    row.in_flight_payment_id = None
    row.failures += 1
    reason = result.failure_message or "the payment failed"
    common = {"currency": payment.currency, "amount": payment.amount,
              "card": payment.card_label or "the card", "reason": reason}
    if row.failures >= MAX_FAILURES:
        row.enabled, row.next_retry_at = False, None
        receipts.notify(db, payment.account_id, "top_up_off", now, **common)
    else:
        row.next_retry_at = now + RETRY_AFTER
        receipts.notify(db, payment.account_id, "top_up_failed", now, failures=row.failures,
                        retry=row.next_retry_at.strftime("%Y-%m-%d %H:%M"), **common)


def retry_due(rt: Runtime) -> int:
    """Job: start the top-ups whose retry time has come (and any whose balance is low)."""
    started = []
    with rt.sessions() as db:
        now = rt.clock.now(db)
        ids = list(db.scalars(select(AutoTopUp.account_id).where(
            AutoTopUp.enabled.is_(True), AutoTopUp.in_flight_payment_id.is_(None),
            AutoTopUp.next_retry_at.is_not(None), AutoTopUp.next_retry_at <= now)))
        db.commit()
        for account_id in ids:
            ledger.lock_account(db, account_id)
            account = db.get(Account, account_id)
            assert account is not None
            pid = start_if_needed(db, account, rt.clock.now(db))
            db.commit()
            if pid is not None:
                started.append(pid)
    for pid in started:
        charge_and_settle(rt, pid)
    return len(started)


settlement.register("top_up", succeeded, failed)
