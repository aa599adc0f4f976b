"""What happens to an order when its payment settles: paid (credit booked, provisioning
scheduled, receipt mailed) or failed (the order stays pending and can be paid again)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from provider.db.models import Account, IdempotencyRecord, Order, Payment, SavedCard
from provider.domain.working_days import provisioning_due
from provider.payments.gateway import ChargeResult
from provider.runtime import Runtime
from provider.services import idempotency, ledger, receipts, settlement
from provider.services.order_views import order_view, payment_view


def answer(order: Order, payment: Payment) -> dict[str, Any]:
    return {"order": order_view(order), "payment": payment_view(payment)}


def complete_records(db: Session, payment: Payment, status: int, body: dict[str, Any],
                     now: datetime) -> None:
    for record in db.scalars(select(IdempotencyRecord).where(
            IdempotencyRecord.payment_id == payment.id)):
        if record.response_status is None:
            idempotency.complete(record, status, body, now)


def mark_paid(db: Session, rt: Runtime, order: Order, payment: Payment, now: datetime) -> None:
    account = db.get(Account, order.account_id)
    assert account is not None
    order.status = "paid"
    order.paid_at = now
    db.execute(update(Payment).where(Payment.order_id == order.id, Payment.id != payment.id,
                                     Payment.status == "awaiting").values(status="cancelled"))
    needs_setup = False
    for item in order.items:
        if item.product_code == "prepaid_credit":
            ledger.post(db, account, "top_up", item.net, f"Prepaid credit, order {order.id}",
                        f"order:{order.id}:item:{item.id}", now)
        else:
            needs_setup = True
    if needs_setup:
        order.provisioning_due_at = provisioning_due(now)
    else:  # credit alone needs no provisioning: it is booked with the payment
        order.status, order.completed_at = "completed", now
    receipts.send_receipt(db, payment, "order", now, order.placed_by, number=order.id)
    db.flush()
    complete_records(db, payment, 201, answer(order, payment), now)


def paid(db: Session, rt: Runtime, payment: Payment, result: ChargeResult, now: datetime) -> None:
    order = db.get(Order, payment.order_id)
    assert order is not None
    if payment.card_id is not None:
        card = db.get(SavedCard, payment.card_id)
        if card is not None and card.verified_at is None:
            card.verified_at = now
            if card.removed_at is None:  # "save for future payments" was chosen
                _default_if_first(db, card)
    if order.status == "pending":
        mark_paid(db, rt, order, payment, now)
    else:  # paid meanwhile by another payment: give this one back
        complete_records(db, payment, 201, answer(order, payment), now)


def failed(db: Session, rt: Runtime, payment: Payment, result: ChargeResult, now: datetime) -> None:
    order = db.get(Order, payment.order_id)
    assert order is not None
    message = result.failure_message or "The payment failed."
    body = {
        "type": "urn:switchboard:problem:payment-failed", "title": "Payment failed",
        "status": 402, "detail": message + " The order stays pending; you can pay it again.",
        "field": "payment", "rule": f"payment.{result.failure_code or 'failed'}",
        "errors": [{"field": "payment", "rule": f"payment.{result.failure_code or 'failed'}",
                    "message": message}],
        **answer(order, payment),
    }
    complete_records(db, payment, 402, body, now)


settlement.register("order", paid, failed)


def _default_if_first(db: Session, card: SavedCard) -> None:
    others = db.scalar(select(SavedCard.id).where(
        SavedCard.account_id == card.account_id, SavedCard.id != card.id,
        SavedCard.removed_at.is_(None), SavedCard.verified_at.is_not(None), SavedCard.is_default))
    if others is None:
        card.is_default = True
