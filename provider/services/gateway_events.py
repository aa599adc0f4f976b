"""What the card gateway tells the provider on its own (Stripe's webhooks): each event is
verified by its signature and then only makes the provider ask the gateway again and run the
same settle step a client's request or the stale-payment job runs, so an event that arrives
twice, late, or before the client's own call changes nothing twice. docs/operations.md lists
the events to subscribe to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from provider.db.models import Account, Payment, SavedCard
from provider.domain.errors import RuleViolation
from provider.payments.registry import gateway
from provider.runtime import Runtime
from provider.services import cards, credit_notes, orders, refunds
from provider.services.payment_flow import attempt

INTENT_EVENTS = frozenset({"payment_intent.succeeded", "payment_intent.payment_failed"})
HANDLED = INTENT_EVENTS | {"setup_intent.succeeded", "charge.refunded"}

if TYPE_CHECKING:
    from provider.payments.stripe_gateway import StripeGateway


def stripe_event(rt: Runtime, payload: bytes, signature: str | None) -> str:
    """Verify and act on one webhook; answers the event's type (also for types it ignores)."""
    # Stripe's library (and the HTTP clients it brings) loads with the first webhook, not with
    # every provider start: the sandbox and providers on other gateways never need it.
    import stripe

    from provider.payments.stripe_gateway import StripeGateway

    gw = gateway(rt)
    if not isinstance(gw, StripeGateway):
        raise RuleViolation("gateway-not-stripe", "This provider takes no payments through Stripe.",
                            409)
    try:
        event = stripe.Webhook.construct_event(payload, signature or "", gw.config.webhook_secret)
    except (ValueError, stripe.SignatureVerificationError):
        raise RuleViolation("webhook-signature", "The webhook is not signed with this endpoint's "
                            "secret, or is not a Stripe event.", 400) from None
    kind = str(event["type"])
    obj: dict[str, Any] = event["data"]["object"].to_dict()
    if kind in INTENT_EVENTS:
        _intent(rt, gw, obj)
    elif kind == "setup_intent.succeeded":
        _setup(rt, gw, obj)
    elif kind == "charge.refunded":
        _refunded(rt, obj)
    return kind


def _intent(rt: Runtime, gw: StripeGateway, intent: dict[str, Any]) -> None:
    intent_id = str(intent.get("id") or "")
    key = gw.intent_key(intent_id) or str((intent.get("metadata") or {}).get("payment_key") or "")
    if not key:
        return  # not one of ours (another integration on the same Stripe account)
    with rt.sessions() as db:
        payment_id = db.scalar(select(Payment.id).where(Payment.key == key, Payment.status == "pending"))
        db.commit()
    if payment_id is None:
        return  # settled already (by the client, the job or an earlier copy of this event)
    # Before our own call recorded it: record the intent now, so the attempt asks about this
    # one instead of making another.
    gw.remember(key, intent_id)
    attempt(rt, payment_id)


def _setup(rt: Runtime, gw: StripeGateway, setup: dict[str, Any]) -> None:
    """A card saved at Stripe whose client never reported back (closed, crashed): saved here."""
    ref = str((setup.get("metadata") or {}).get("account") or "")
    if not ref.isdigit():
        return
    with rt.sessions() as db:
        account = db.get(Account, int(ref))
        if account is None:
            return
        info = gw.card_info(str(setup.get("id") or ""))
        if info is None or db.scalar(select(SavedCard.id).where(
                SavedCard.account_id == account.id, SavedCard.gateway_token == info.token)):
            db.commit()
            return
        cards.add_card(db, rt, account, info.token, make_default=False)


def _refunded(rt: Runtime, charge: dict[str, Any]) -> None:
    """A refund we asked for went through: finish the refunds of that payment still pending (a
    crash after asking left them so); the finishing steps refund by the same key."""
    intent_id = str(charge.get("payment_intent") or "")
    if not intent_id:
        return
    with rt.sessions() as db:
        original = db.scalar(select(Payment.id).where(Payment.gateway_charge_id == intent_id))
        pending = list(db.execute(select(Payment.id, Payment.purpose, Payment.order_id).where(
            Payment.refund_of_id == original, Payment.status == "pending"))) if original else []
        db.commit()
    for refund_id, purpose, order_id in pending:
        if purpose == "credit_refund":
            credit_notes.finish_refund(rt, refund_id)
        elif order_id is not None:
            orders.finish_refund(rt, refund_id)
        else:
            refunds.finish_card_refund(rt, refund_id)
