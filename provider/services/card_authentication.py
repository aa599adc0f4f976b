"""Strong customer authentication of a card payment made in a checkout: what the client opens
for the customer to confirm the payment with their bank, the payment as the gateway decides it
(the client polls), and giving it up (the customer cancels). docs/operations.md describes the
cycle; services/payment_flow.py the three steps every card payment takes."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from sqlalchemy.orm import Session

from provider.db.models import Account, Order, Payment
from provider.domain.errors import Conflict
from provider.payments.gateway import Authentication, ChargeResult
from provider.runtime import Runtime
from provider.services.order_views import order_view, payment_view
from provider.services.owned import owned
from provider.services.payment_flow import STALE_AFTER, attempt, give_up

AUTHENTICATION_PAGE = "/api/v1/payment-gateway/authentication"


def next_action(result: ChargeResult | None) -> dict[str, Any] | None:
    """What the client opens in the system browser: the bank's page where the gateway names one,
    otherwise the provider's page that runs the gateway's script with the payment's secret."""
    if result is None or result.authentication is None:
        return None
    return authentication_action(result.authentication)


def authentication_action(auth: Authentication) -> dict[str, Any]:
    """The same for anything the bank wants confirmed (a payment, or saving a card)."""
    url = auth.redirect_url or f"{AUTHENTICATION_PAGE}?client_secret={quote(auth.client_secret, safe='')}"
    return {"type": "authenticate", "url": url}


def state(db: Session, payment_id: int, result: ChargeResult | None) -> dict[str, Any]:
    payment = db.get(Payment, payment_id, populate_existing=True)
    assert payment is not None
    order = db.get(Order, payment.order_id, populate_existing=True) if payment.order_id else None
    body = {"payment": payment_view(payment), "order": order_view(order) if order else None,
            "next_action": next_action(result) if payment.status == "pending" else None}
    db.commit()
    return body


def poll(db: Session, rt: Runtime, account: Account, payment_id: int) -> dict[str, Any]:
    """The payment as it is now. A card payment waiting for the customer's bank is asked about
    at the gateway (and settled if it has been decided): the client's way of hearing the outcome."""
    payment = owned(db, Payment, payment_id, account, "Payment")
    now = rt.clock.now(db)
    ask = payment.status == "pending" and payment.method == "card" and (
        payment.gateway_charge_id is not None or now - payment.created_at > STALE_AFTER)
    db.commit()
    result = attempt(rt, payment_id)[1] if ask else None
    return state(db, payment_id, result)


def cancel(db: Session, rt: Runtime, account: Account, payment_id: int) -> dict[str, Any]:
    """The customer gave up confirming: the gateway drops the charge and the payment fails; the
    order stays pending and can be paid again."""
    payment = owned(db, Payment, payment_id, account, "Payment")
    if payment.status != "pending" or payment.method != "card":
        db.commit()
        return state(db, payment_id, None)  # decided meanwhile: nothing left to cancel
    if payment.gateway_charge_id is None:
        raise Conflict("This payment is not waiting for a confirmation with the bank.",
                       "payment_id", "payment.not_authenticating")
    db.commit()
    give_up(rt, payment_id)
    return state(db, payment_id, None)
