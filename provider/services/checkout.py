"""Checkout and paying a pending order again (docs/product-rules.md#checkout).

Card payments follow payment_flow (pending -> gateway -> settle). Prepaid credit and SEPA
direct debit settle in the one transaction that creates the order; a bank transfer leaves the
order pending until the money arrives. Every request is bound to its Idempotency-Key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from provider.db.models import (
    Account,
    BillingAddress,
    IdempotencyRecord,
    Order,
    Payment,
    SavedCard,
    SepaMandate,
)
from provider.domain import card_numbers, catalog
from provider.domain.cart_rules import package_problem
from provider.domain.errors import Conflict, FieldError, RuleViolation
from provider.payments.gateway import CardInfo, ChargeResult
from provider.payments.registry import gateway
from provider.runtime import Runtime
from provider.services import cards, idempotency, ledger, order_settlement, orders, price_book
from provider.services.card_authentication import state as payment_state
from provider.services.cart import current_package, get_cart, quote
from provider.services.idempotency import StoredResponse
from provider.services.owned import find_owned
from provider.services.payment_flow import attempt, card_label

BUSINESS_ONLY = ("sepa", "bank_transfer")


@dataclass(frozen=True)
class PaymentChoice:
    method: str  # card | new_card | credit | sepa | bank_transfer
    card_id: int | None = None
    card_token: str | None = None
    save_card: bool = False


def _bad(field: str, rule: str, message: str) -> RuleViolation:
    return RuleViolation("validation", message, 422, [FieldError(field, rule, message)])


def checkout(db: Session, rt: Runtime, account: Account, user_id: int, key: str,
             body: dict[str, Any]) -> StoredResponse:
    digest = idempotency.request_hash("checkout", body)
    choice = PaymentChoice(**body["payment"])
    new_card = _new_card_info(db, rt, choice)  # asks the gateway before we hold any lock
    ledger.lock_account(db, account.id)
    record = idempotency.find(db, account.id, key)
    if record is not None:
        return _replay(db, rt, record, digest)
    now = rt.clock.now(db)
    cart = get_cart(db, rt, account)
    if not cart.items:
        raise _bad("cart", "cart.empty", "The cart is empty.")
    problem = package_problem([i.product_code for i in cart.items], current_package(db, account.id))
    if problem:
        raise RuleViolation("validation", problem.message, 422, [problem])
    address = find_owned(db, BillingAddress, body["billing_address_id"], account)
    if address is None:
        raise _bad("billing_address_id", "address.unknown", "Choose one of your billing addresses.")
    q = quote(account, list(cart.items), price_book.for_account(db, account, now.date()))
    expected = body.get("expected_gross")
    if expected is not None and Decimal(str(expected)) != q.totals.gross:
        raise Conflict(f"The cart changed: the total is now {q.currency} {q.totals.gross}. "
                       "Check it and pay again.", "expected_gross", "cart.changed")
    if choice.method == "credit" and any(ln.product.kind is catalog.Kind.CREDIT for ln in q.lines):
        raise _bad("payment.method", "credit.for_credit", "Prepaid credit cannot be bought with "
                   "prepaid credit; choose another way to pay.")
    order = Order(account_id=account.id, placed_by=user_id, status="pending",
                  currency=q.currency, net=q.totals.net, vat_rate_percent=q.totals.rate_percent,
                  vat=q.totals.vat, gross=q.totals.gross, reverse_charge=q.treatment.reverse_charge,
                  billing_address=_address_text(address), payment_method=choice.method
                  if choice.method not in ("card", "new_card") else "card", created_at=now)
    order.items.extend(q.order_items())
    db.add(order)
    cart.items.clear()
    db.flush()
    return _pay(db, rt, account, order, choice, new_card, key, digest, body, user_id, now)


def pay_order(db: Session, rt: Runtime, account: Account, user_id: int, order_id: int, key: str,
              body: dict[str, Any]) -> StoredResponse:
    """Pay a pending order again, e.g. after the card was declined."""
    digest = idempotency.request_hash(f"pay-order:{order_id}", body)
    choice = PaymentChoice(**body["payment"])
    new_card = _new_card_info(db, rt, choice)
    ledger.lock_account(db, account.id)
    record = idempotency.find(db, account.id, key)
    if record is not None:
        return _replay(db, rt, record, digest)
    order = orders.get_order(db, account, order_id)
    if order.status != "pending":
        raise Conflict(f"This order is {order.status}; only a pending order can be paid.",
                       "order_id", "order.not_pending")
    # An awaiting bank transfer does not block paying another way; it is withdrawn on success.
    orders.ensure_no_payment_under_way(db, order)
    # Another package may have been paid since this order was placed (the one-package rule).
    problem = package_problem([i.product_code for i in order.items], current_package(db, account.id))
    if problem:
        raise RuleViolation("validation", problem.message, 422, [problem])
    if choice.method == "credit" and any(i.product_code == "prepaid_credit" for i in order.items):
        raise _bad("payment.method", "credit.for_credit", "Prepaid credit cannot be bought with "
                   "prepaid credit; choose another way to pay.")
    order.payment_method = "card" if choice.method in ("card", "new_card") else choice.method
    return _pay(db, rt, account, order, choice, new_card, key, digest, body, user_id,
                rt.clock.now(db))


def _pay(db: Session, rt: Runtime, account: Account, order: Order, choice: PaymentChoice,
         new_card: CardInfo | None, key: str, digest: str, body: dict[str, Any], user_id: int,
         now: datetime) -> StoredResponse:
    payment = Payment(account_id=account.id, key=f"order:{account.id}:{key}", purpose="order",
                      method="card" if choice.method in ("card", "new_card") else choice.method,
                      status="pending", amount=order.gross, currency=order.currency,
                      order_id=order.id, created_at=now)
    record = IdempotencyRecord(account_id=account.id, key=key, request_hash=digest,
                               request_body=_safe_json(body), created_at=now)
    if choice.method in ("card", "new_card"):
        card = _card_for(db, account, choice, new_card, now)
        payment.card_id, payment.gateway_token = card.id, card.gateway_token
        payment.card_label = card_label(card)
    elif choice.method == "credit":
        if ledger.balance(db, account.id) < order.gross:
            raise _bad("payment.method", "credit.insufficient",
                       f"The prepaid credit ({account.currency} {ledger.balance(db, account.id)}) "
                       f"does not cover {order.currency} {order.gross}. Choose another way to pay.")
    elif choice.method in BUSINESS_ONLY:
        if account.kind != "business":
            raise _bad("payment.method", "method.business_only",
                       "SEPA direct debit and bank transfer are for business accounts.")
        if choice.method == "sepa" and _mandate(db, account) is None:
            raise _bad("payment.method", "sepa.mandate_required",
                       "SEPA direct debit needs a mandate: add IBAN and account holder first.")
    else:
        raise _bad("payment.method", "method.choice", "Choose how to pay.")
    db.add(payment)
    db.flush()
    record.payment_id = payment.id
    db.add(record)
    if choice.method in ("credit", "sepa"):
        payment.status, payment.settled_at = "succeeded", now
        if choice.method == "credit":
            ledger.post(db, account, "order", -order.gross, f"Order {order.id}",
                        f"order:{order.id}:credit:{payment.id}", now)
        order_settlement.mark_paid(db, rt, order, payment, now)
    elif choice.method == "bank_transfer":
        payment.status = "awaiting"
        order_settlement.complete_records(db, payment, 201, order_settlement.answer(order, payment),
                                          now)
    try:
        db.commit()
    except IntegrityError:  # the same key on another connection got there first
        db.rollback()
        again = idempotency.find(db, account.id, key)
        if again is None:
            raise
        return _replay(db, rt, again, digest)
    rt.mail.kick()
    result = attempt(rt, payment.id)[1] if payment.status == "pending" else None
    return _stored_after(db, rt, record.id, result)


def _replay(db: Session, rt: Runtime, record: IdempotencyRecord, digest: str) -> StoredResponse:
    idempotency.ensure_same(record, digest)
    answer = idempotency.stored(record)
    record_id, payment_id = record.id, record.payment_id
    db.commit()
    if answer is not None:
        return answer
    result = None
    if payment_id is not None:  # an earlier try died between charge and settlement, or waits
        result = attempt(rt, payment_id)[1]  # for the customer to authenticate
    return _stored_after(db, rt, record_id, result)


def _stored_after(db: Session, rt: Runtime, record_id: int,
                  result: ChargeResult | None = None) -> StoredResponse:
    record = db.get(IdempotencyRecord, record_id, populate_existing=True)
    assert record is not None
    answer = idempotency.stored(record)
    payment_id = record.payment_id
    db.commit()
    if answer is None and payment_id is not None and result is not None and result.authentication:
        # Not stored: once the bank has decided, the same request answers with the outcome.
        return StoredResponse(202, payment_state(db, payment_id, result))
    if answer is None:
        raise RuleViolation("payment-in-progress", "The payment is still being processed; "
                            "retry the same request in a moment.", 409)
    return answer


def _new_card_info(db: Session, rt: Runtime, choice: PaymentChoice) -> CardInfo | None:
    if choice.method != "new_card":
        return None
    db.commit()  # end the read transaction: on SQLite the gateway needs the database to itself
    info = gateway(rt).card_info(choice.card_token or "")
    if info is None:
        raise _bad("payment.card_token", "card.token_unknown",
                   "The card could not be found at the payment provider; enter it again.")
    return info


def _card_for(db: Session, account: Account, choice: PaymentChoice, new_card: CardInfo | None,
              now: datetime) -> SavedCard:
    if choice.method == "card":
        card = cards.usable(db, account, choice.card_id)
        if card is None:
            raise _bad("payment.card_id", "card.unknown", "Choose one of your saved cards.")
    else:
        assert new_card is not None
        # Kept as an unverified card; it appears among the saved cards only when "save" was
        # chosen and the charge succeeded.
        card = SavedCard(account_id=account.id, gateway_token=new_card.token, brand=new_card.brand,
                         last4=new_card.last4, exp_month=new_card.exp_month,
                         exp_year=new_card.exp_year, is_default=False, created_at=now,
                         removed_at=None if choice.save_card else now)
        db.add(card)
        db.flush()
    if card_numbers.is_expired(card.exp_month, card.exp_year, now.date()):
        raise _bad("payment.card_id", "card.expired", "This card has expired; use another card.")
    return card


def _mandate(db: Session, account: Account) -> SepaMandate | None:
    return db.scalar(select(SepaMandate).where(SepaMandate.account_id == account.id,
                                               SepaMandate.revoked_at.is_(None)))


def _address_text(a: BillingAddress) -> str:
    lines = [a.company, a.name, a.street, f"{a.postal_code} {a.city}", a.country]
    return "\n".join(x for x in lines if x)


def _safe_json(body: dict[str, Any]) -> str:
    import json

    return json.dumps(body, sort_keys=True, default=str)
