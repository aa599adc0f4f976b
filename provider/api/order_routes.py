"""Checkout, orders, paying a pending order again, cancelling. Paying routes need an
Idempotency-Key header; a retry with the same key answers what the first request answered."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Header, Query
from fastapi.responses import JSONResponse

from provider.api.deps import (
    DB,
    MAX_ID,
    BillingReadScope,
    ObjectId,
    RuntimeDep,
    ShopScope,
)
from provider.api.problems import MEDIA_TYPE
from provider.api.routing import in_thread, resource_router
from provider.api.schemas.gateway import PaymentStateOut
from provider.api.schemas.orders import CheckoutIn, PayOrderIn
from provider.services import card_authentication, checkout, idempotency, orders
from provider.services.idempotency import StoredResponse
from provider.services.order_views import order_view, payment_view

router = resource_router(tags=["orders"])
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key",
                                              description="A new random value per payment")]


def stored_json(answer: StoredResponse) -> JSONResponse:
    """The stored answer of a paying request: byte for byte what its first try answered."""
    media = MEDIA_TYPE if answer.status >= 400 else "application/json"
    return JSONResponse(answer.body, status_code=answer.status, media_type=media)


PAYING = {202: {"description": "The card's bank wants the customer to confirm: open "
                            "next_action.url, then poll the payment"},
          402: {"description": "The payment failed; the order stays pending"}}


@router.post("/accounts/{account_id}/checkout", status_code=201, responses=PAYING)  # type: ignore[arg-type]
def do_checkout(body: CheckoutIn, scope: ShopScope, db: DB, rt: RuntimeDep,
                idempotency_key: IdempotencyKey = None) -> JSONResponse:
    key = idempotency.check_key(idempotency_key)
    answer = checkout.checkout(db, rt, scope.account, scope.principal.user.id, key,
                               body.model_dump(mode="json"))
    return stored_json(answer)


@router.get("/accounts/{account_id}/orders")
def list_orders(scope: BillingReadScope, db: DB,
                before_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                limit: Annotated[int, Query(ge=1, le=200)] = 50) -> list[dict[str, Any]]:
    return [order_view(o) for o in orders.list_orders(db, scope.account, before_id, limit)]


@router.get("/accounts/{account_id}/orders/{order_id}")
def get_order(order_id: ObjectId, scope: BillingReadScope, db: DB) -> dict[str, Any]:
    order = orders.get_order(db, scope.account, order_id)
    return {**order_view(order),
            "payments": [payment_view(p) for p in orders.payments_of(db, scope.account, order.id)]}


@router.post("/accounts/{account_id}/orders/{order_id}/payments", status_code=201,
             responses=PAYING)  # type: ignore[arg-type]
def pay_order(order_id: ObjectId, body: PayOrderIn, scope: ShopScope, db: DB, rt: RuntimeDep,
              idempotency_key: IdempotencyKey = None) -> JSONResponse:
    key = idempotency.check_key(idempotency_key)
    answer = checkout.pay_order(db, rt, scope.account, scope.principal.user.id, order_id, key,
                                body.model_dump(mode="json"))
    return stored_json(answer)


@router.post("/accounts/{account_id}/orders/{order_id}/cancel")
def cancel_order(order_id: ObjectId, scope: ShopScope, db: DB, rt: RuntimeDep,
                 idempotency_key: IdempotencyKey = None) -> JSONResponse:
    key = idempotency.check_key(idempotency_key)
    return stored_json(orders.cancel(db, rt, scope.account, scope.principal.user.id, order_id, key))


@router.get("/accounts/{account_id}/payments")
def payment_history(scope: BillingReadScope, db: DB) -> list[dict[str, Any]]:
    """Completed payments and refunds, newest first."""
    payments = orders.payments_of(db, scope.account, completed_only=True)
    numbers = orders.invoice_numbers(db, payments)
    return [payment_view(p, numbers.get(p.id)) for p in payments]


@router.get("/accounts/{account_id}/payments/{payment_id}", response_model=PaymentStateOut)
@in_thread  # may ask the gateway
def payment_state(payment_id: ObjectId, scope: BillingReadScope, db: DB, rt: RuntimeDep) -> PaymentStateOut:
    """One payment and its order, as the gateway has decided it: the client polls this while the
    customer confirms with their bank."""
    return PaymentStateOut(**card_authentication.poll(db, rt, scope.account, payment_id))


@router.post("/accounts/{account_id}/payments/{payment_id}/cancel-authentication",
             response_model=PaymentStateOut)
def cancel_authentication(payment_id: ObjectId, scope: ShopScope, db: DB, rt: RuntimeDep) -> PaymentStateOut:
    """The customer gave up confirming with the bank: the charge is dropped, the payment fails and
    the order stays pending."""
    return PaymentStateOut(**card_authentication.cancel(db, rt, scope.account, payment_id))
