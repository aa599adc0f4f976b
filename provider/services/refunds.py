"""Refunds the operator makes: a card payment back to the card through the gateway (any part of
it, with an idempotency key per refund), or an overpayment kept as prepaid credit back to the
customer's bank account.

A card refund follows the money path's steps: the refund is recorded pending and committed,
the gateway refunds under the refund's key, and a second transaction records the outcome; the
pending-refund job finishes one that a crash interrupted. A bank refund is recorded as a
payment `awaiting` the transfer the staff make from the bank, and the credit it pays out is
debited from the ledger at once, so it cannot be spent twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from provider.db.models import Account, Payment
from provider.domain.errors import Conflict, NotFound, RuleViolation
from provider.domain.money import ZERO, to_money
from provider.payments.gateway import GatewayError
from provider.payments.registry import gateway
from provider.runtime import Runtime
from provider.services import ledger, receipts


def refunded_so_far(db: Session, payment_id: int) -> Decimal:
    total = db.scalar(select(func.coalesce(func.sum(Payment.amount), 0)).where(
        Payment.refund_of_id == payment_id, Payment.status.in_(("pending", "succeeded", "awaiting"))))
    return -Decimal(str(total))


def refund_payment(db: Session, rt: Runtime, payment_id: int, amount: Decimal | None,
                   reason: str) -> Payment:
    original = db.get(Payment, payment_id)
    if original is None or original.amount <= ZERO:
        raise NotFound("Payment")
    if original.status not in ("succeeded", "refunded"):
        raise Conflict(f"This payment is {original.status}; only a payment made can be refunded.",
                       "payment_id", "refund.not_paid")
    ledger.lock_account(db, original.account_id)
    now = rt.clock.now(db)
    if original.method == "card":
        room = original.amount - refunded_so_far(db, original.id)
    else:  # a bank payment's refundable part is what it left as prepaid credit
        surplus = ledger.by_reference(db, f"overpayment:{original.id}")
        room = (surplus.amount if surplus else ZERO) - refunded_so_far(db, original.id)
        room = min(room, ledger.balance(db, original.account_id))
    amount = to_money(amount if amount is not None else room)
    if amount <= ZERO or amount > room:
        raise RuleViolation.at_field("amount", "refund.range",
                                     f"A refund of this payment is at most {original.currency} "
                                     f"{max(room, ZERO)}.")
    n = db.scalar(select(func.count()).select_from(Payment).where(
        Payment.refund_of_id == original.id)) or 0
    refund = Payment(account_id=original.account_id, key=f"refund:{original.id}:{n + 1}",
                     purpose="refund", method=original.method, status="pending", amount=-amount,
                     currency=original.currency, order_id=original.order_id,
                     refund_of_id=original.id, card_id=original.card_id,
                     card_label=original.card_label, failure_message=reason[:200] or None,
                     created_at=now)
    db.add(refund)
    db.flush()
    if original.method != "card":
        account = db.get(Account, original.account_id)
        assert account is not None
        ledger.post(db, account, "refund", -amount, f"Refund to the bank account: {reason}"[:200],
                    f"refund:{refund.id}", now)
        refund.status = "awaiting"  # paid out by the staff from the bank
    refund_id = refund.id
    db.commit()
    if original.method == "card":
        finish_card_refund(rt, refund_id)
    rt.mail.kick()
    with rt.sessions() as fresh:
        done = fresh.get(Payment, refund_id)
        assert done is not None
        fresh.expunge(done)
        return done


def pending(rt: Runtime) -> int:
    """Job: finish the operator's card refunds a crash left pending."""
    with rt.sessions() as db:
        ids = list(db.scalars(select(Payment.id).where(
            Payment.purpose == "refund", Payment.status == "pending", Payment.order_id.is_(None))))
        db.commit()
    for refund_id in ids:
        finish_card_refund(rt, refund_id)
    return len(ids)


RefundSettled = Callable[[Session, Payment, datetime], None]


def _operator_refund_settled(db: Session, refund: Payment, now: datetime) -> None:
    receipts.send_receipt(db, refund, f"payment P-{refund.refund_of_id:08d}", now)


def finish_card_refund(rt: Runtime, refund_id: int, settled: RefundSettled = _operator_refund_settled,
                       *, decline_is_final: bool = True) -> None:
    """The one way a pending card refund reaches the gateway and is recorded: the gateway refunds
    under the refund's own key (so a retry after a crash never refunds twice), then a second
    transaction marks it succeeded and lets `settled` record what the refund was for (a receipt,
    an order's stored answer). A refund the gateway declines is marked failed when
    `decline_is_final`; otherwise the error goes to the caller and the refund stays pending for
    the pending-refund job to retry."""
    with rt.sessions() as db:
        refund = db.get(Payment, refund_id)
        assert refund is not None and refund.refund_of_id is not None
        if refund.status != "pending":
            return
        original = db.get(Payment, refund.refund_of_id)
        assert original is not None
        charge_id, amount, key = original.gateway_charge_id or "", -refund.amount, refund.key
        account_id = refund.account_id
        db.commit()
    try:
        result = gateway(rt).refund(charge_id, amount, key)
    except GatewayError as exc:
        if not decline_is_final:
            raise
        with rt.sessions() as db:
            refund = db.get(Payment, refund_id)
            assert refund is not None
            refund.status, refund.failure_message = "failed", str(exc)[:200]
            db.commit()
        return
    with rt.sessions() as db:
        ledger.lock_account(db, account_id)
        refund = db.get(Payment, refund_id, populate_existing=True)
        assert refund is not None
        if refund.status == "pending":
            now = rt.clock.now(db)
            refund.status, refund.settled_at, refund.gateway_charge_id = "succeeded", now, result.refund_id
            settled(db, refund, now)
        db.commit()
    rt.mail.kick()
