"""Orders: list, read, cancel (with a refund when paid), and provisioning by the clock.

States (docs/product-rules.md#order-states): pending -> paid -> provisioning -> completed, or cancelled.
A paid order can be cancelled until provisioning starts; its payment is refunded the way it
was paid (card through the gateway, prepaid credit back to the ledger).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from provider.db.models import (
    Account,
    AccountService,
    IdempotencyRecord,
    Invoice,
    InvoiceSettlement,
    Order,
    Payment,
    PrepaidSubscription,
)
from provider.domain import catalog
from provider.domain.account_events import Kind
from provider.domain.errors import Conflict
from provider.domain.money import ZERO
from provider.domain.periods import add_months
from provider.events import capture
from provider.runtime import Runtime
from provider.services import idempotency, ledger, postpaid, receipts, refunds
from provider.services.idempotency import StoredResponse
from provider.services.order_views import order_view, payment_view
from provider.services.owned import owned


def list_orders(db: Session, account: Account, before_id: int | None, limit: int) -> list[Order]:
    query = select(Order).where(Order.account_id == account.id)
    if before_id is not None:
        query = query.where(Order.id < before_id)
    return list(db.scalars(query.order_by(Order.id.desc()).limit(limit)))


def get_order(db: Session, account: Account, order_id: int) -> Order:
    return owned(db, Order, order_id, account, "Order")


def ensure_no_payment_under_way(db: Session, order: Order) -> None:
    """A card payment of the order waits for the gateway's answer: nothing else may start."""
    if db.scalar(select(Payment.id).where(Payment.order_id == order.id,
                                          Payment.status == "pending")):
        raise Conflict("A payment for this order is under way; wait for its result.",
                       "order_id", "order.payment_under_way")


def payments_of(db: Session, account: Account, order_id: int | None = None,
                completed_only: bool = False) -> list[Payment]:
    query = select(Payment).where(Payment.account_id == account.id)
    if order_id is not None:
        query = query.where(Payment.order_id == order_id)
    if completed_only:
        query = query.where(Payment.status.in_(("succeeded", "refunded")))
    return list(db.scalars(query.order_by(Payment.id.desc()).limit(500)))


def invoice_numbers(db: Session, payments: list[Payment]) -> dict[int, str]:
    """The invoice each invoice payment paid: the one it settled in full (Invoice.payment_id),
    else the one it paid part of (a bank transfer's settlement)."""
    ids = [p.id for p in payments if p.purpose == "invoice"]
    if not ids:
        return {}
    found = dict(db.execute(select(InvoiceSettlement.payment_id, Invoice.number)
                            .join(Invoice, Invoice.id == InvoiceSettlement.invoice_id)
                            .where(InvoiceSettlement.payment_id.in_(ids))).all())
    found.update(db.execute(select(Invoice.payment_id, Invoice.number)
                            .where(Invoice.payment_id.in_(ids))).all())
    return found


def cancel(db: Session, rt: Runtime, account: Account, user_id: int, order_id: int,
           key: str) -> StoredResponse:
    digest = idempotency.request_hash(f"cancel-order:{order_id}", {})
    ledger.lock_account(db, account.id)
    record = idempotency.find(db, account.id, key)
    if record is not None:
        idempotency.ensure_same(record, digest)
        return _answer_after(db, rt, record.id)
    order = get_order(db, account, order_id)
    if order.status not in ("pending", "paid"):
        raise Conflict(f"This order is {order.status}; it can no longer be cancelled.",
                       "order_id", "order.not_cancellable")
    ensure_no_payment_under_way(db, order)
    now = rt.clock.now(db)
    paid = db.scalar(select(Payment).where(Payment.order_id == order.id,
                                           Payment.status == "succeeded"))
    credit = sum((i.net for i in order.items if i.product_code == "prepaid_credit"), ZERO)
    if paid is not None and credit and ledger.balance(db, account.id) < credit:
        raise Conflict("Part of the credit bought with this order has been used; it can no "
                       "longer be cancelled.", "order_id", "order.credit_used")
    record = IdempotencyRecord(account_id=account.id, key=key, request_hash=digest,
                               request_body="{}", created_at=now)
    refund = _book_refund(db, account, order, paid, now) if paid is not None else None
    for pay in db.scalars(select(Payment).where(Payment.order_id == order.id,
                                                Payment.status == "awaiting")):
        pay.status = "cancelled"
    order.status, order.cancelled_at = "cancelled", now
    record.payment_id = refund.id if refund else None
    db.add(record)
    if refund is None or refund.status == "succeeded":
        idempotency.complete(record, 200, _cancel_answer(order, refund), now)
    db.commit()
    if refund is not None and refund.status == "pending":
        finish_refund(rt, refund.id)
    rt.mail.kick()
    return _answer_after(db, rt, record.id)


def _cancel_answer(order: Order, refund: Payment | None) -> dict[str, Any]:
    return {"order": order_view(order), "refund": payment_view(refund) if refund else None}


def _answer_after(db: Session, rt: Runtime, record_id: int) -> StoredResponse:
    record = db.get(IdempotencyRecord, record_id, populate_existing=True)
    assert record is not None
    payment_id = record.payment_id
    db.commit()
    if idempotency.stored(record) is None and payment_id is not None:
        finish_refund(rt, payment_id)  # an earlier try died before the gateway answered
        record = db.get(IdempotencyRecord, record_id, populate_existing=True)
        assert record is not None
    answer = idempotency.stored(record)
    db.commit()
    assert answer is not None
    return answer


def _book_refund(db: Session, account: Account, order: Order, paid: Payment,
                 now: datetime) -> Payment:
    """The refund as a payment: settled at once for credit, SEPA and bank transfer (paid back by
    the bank run), pending for a card until the gateway confirms (finish_refund)."""
    refund = Payment(account_id=account.id, key=f"refund:{paid.id}", purpose="refund",
                     method=paid.method, status="succeeded", amount=-paid.amount,
                     currency=paid.currency, order_id=order.id, refund_of_id=paid.id,
                     card_id=paid.card_id, card_label=paid.card_label, created_at=now,
                     settled_at=now)
    if paid.method == "card":
        refund.status, refund.settled_at = "pending", None
    elif paid.method == "credit":
        ledger.post(db, account, "refund", paid.amount, f"Refund of order {order.id}",
                    f"refund:{paid.id}", now)
    for item in order.items:
        if item.product_code == "prepaid_credit":
            entry = ledger.by_reference(db, f"order:{order.id}:item:{item.id}")
            if entry is not None:
                ledger.reverse(db, account, entry.id, f"order {order.id} cancelled", now)
    paid.status = "refunded"
    db.add(refund)
    db.flush()
    if refund.status == "succeeded":
        receipts.send_receipt(db, refund, "order", now, order.placed_by, number=order.id)
    return refund


def finish_refund(rt: Runtime, refund_id: int) -> None:
    """A cancelled order's card refund: through the one refund path, then the order's receipt and
    the stored answer of the cancel request that was waiting on it."""
    refunds.finish_card_refund(rt, refund_id, _refund_settled, decline_is_final=False)


def _refund_settled(db: Session, refund: Payment, now: datetime) -> None:
    order = db.get(Order, refund.order_id)
    assert order is not None
    receipts.send_receipt(db, refund, "order", now, order.placed_by, number=order.id)
    for record in db.scalars(select(IdempotencyRecord).where(IdempotencyRecord.payment_id == refund.id)):
        if record.response_status is None:
            idempotency.complete(record, 200, _cancel_answer(order, refund), now)


def refunds_pending(rt: Runtime) -> int:
    """Job: finish card refunds a crash left pending."""
    with rt.sessions() as db:
        # Refunds of orders; the operator's other card refunds are services/refunds.py's.
        ids = list(db.scalars(select(Payment.id).where(Payment.purpose == "refund",
                                                       Payment.status == "pending",
                                                       Payment.order_id.is_not(None))))
        db.commit()
    for rid in ids:
        finish_refund(rt, rid)
    return len(ids)


def advance_provisioning(rt: Runtime) -> int:
    """Job: paid orders start provisioning; those due are completed and their packages become
    the account's subscriptions. Safe on several hosts: rows are locked (SKIP LOCKED) and
    every change is conditional on the state it leaves."""
    done = 0
    with rt.sessions() as db:
        now = rt.clock.now(db)
        started = db.execute(update(Order).where(Order.status == "paid").values(status="provisioning")
                             .returning(Order.id, Order.account_id)).all()
        for order_id, account_id in started:
            capture.record(db, account_id, Kind.ORDER_STATE, {"order_id": order_id, "status": "provisioning"})
        query = select(Order).where(Order.status == "provisioning",
                                    Order.provisioning_due_at <= now).order_by(Order.id).limit(500)
        if db.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        for order in db.scalars(query).all():
            _complete(db, order, now)
            done += 1
        db.commit()
    return done


def _complete(db: Session, order: Order, now: datetime) -> None:
    order.status, order.completed_at = "completed", now
    for item in order.items:
        prod = catalog.BY_CODE.get(item.product_code)
        if prod is None or prod.kind is not catalog.Kind.PACKAGE:
            continue
        db.add(PrepaidSubscription(
            account_id=order.account_id, order_id=order.id, product_code=prod.code,
            users=item.quantity, months=item.months or 1, currency=order.currency,
            status="active", auto_renew=True, starts_at=now,
            ends_at=add_months(now, item.months or 1), period=1, created_at=now))
        has = db.scalar(select(AccountService.id).where(AccountService.account_id == order.account_id,
                                                        AccountService.product == prod.code))
        if has is None:
            db.add(AccountService(account_id=order.account_id, product=prod.code, status="active",
                                  started_at=now))
        # The package becomes the account's subscription now, while writing: a read (GET
        # /subscription runs on a read-only session) must find it and never write it.
        db.flush()
        account = db.get(Account, order.account_id)
        if account is not None:
            postpaid.current(db, account, now)
