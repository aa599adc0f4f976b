"""Card charges in three steps, so that nothing is lost or charged twice:

1. a transaction records the payment as *pending* under a unique key (and whatever it pays
   for: an order, a top-up, a renewal) and commits;
2. the gateway charges the card with that key, outside any transaction of ours (the gateway
   returns the existing charge when it has seen the key: retries are safe);
3. a transaction locks the account, and if the payment is still pending, settles it and what
   it pays for, and commits.

A crash between 2 and 3 leaves a pending payment: the retried request, the stale-payment job or
the gateway's webhook runs 2 and 3 again and gets the same charge back.

Strong customer authentication: when the card's bank wants the customer to confirm a payment
they make in a checkout, step 2 answers "not decided yet". The payment stays pending (and the
order with it) until the gateway decides: the client asks (`attempt` again, by the payment
status route), the gateway's webhook tells, or the stale-payment job asks. Each of them runs the
same step 3, which settles once. After AUTH_WINDOW nobody is waiting any more: the next attempt
treats the customer as gone, and the gateway gives the charge up.

What a payment pays for is settled in step 3 by the settlers its purpose registered in
`settlement`; this module knows no use case.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Payment, SavedCard
from provider.domain import card_numbers
from provider.payments import crash_hook
from provider.payments.gateway import ChargeResult
from provider.payments.registry import gateway
from provider.runtime import Runtime
from provider.services import settlement
from provider.services.ledger import lock_account

STALE_AFTER = timedelta(minutes=2)
AUTH_WINDOW = timedelta(minutes=30)  # how long a customer may take to confirm with the bank
PRESENT_PURPOSES = ("order",)  # paid by a customer in a checkout; the rest run unattended


def card_label(card: SavedCard) -> str:
    return card_numbers.card_label(card.brand, card.last4)


def pending_card_payment(card: SavedCard, key: str, purpose: str, amount: Decimal, currency: str,
                         now: datetime, **pays_for: int) -> Payment:
    """Step 1's payment, to be added and committed by the caller with what it pays for
    (`pays_for`: order_id or subscription_id)."""
    return Payment(account_id=card.account_id, key=key, purpose=purpose, method="card",
                   status="pending", amount=amount, currency=currency, card_id=card.id,
                   gateway_token=card.gateway_token, card_label=card_label(card), created_at=now,
                   **pays_for)


def charge_and_settle(rt: Runtime, payment_id: int) -> Payment:
    return attempt(rt, payment_id)[0]


def attempt(rt: Runtime, payment_id: int) -> tuple[Payment, ChargeResult | None]:
    """Steps 2 and 3 for a pending card payment: the payment as it is afterwards, and the
    gateway's answer (None when the payment was no longer pending). An undecided answer
    (authentication) leaves the payment pending."""
    with rt.sessions() as db:
        payment = db.get(Payment, payment_id)
        assert payment is not None
        if payment.status != "pending":
            return payment, None
        token, amount, currency, key = (payment.gateway_token or "", payment.amount,
                                        payment.currency, payment.key)
        present = payment.purpose in PRESENT_PURPOSES and \
            rt.clock.now(db) - payment.created_at < AUTH_WINDOW
        db.commit()
    result = gateway(rt).charge(token, amount, currency, key, customer_present=present)
    crash_hook.after_charge()
    if not result.decided:
        with rt.sessions() as db:
            payment = db.get(Payment, payment_id)
            assert payment is not None
            if payment.status == "pending" and result.charge_id and not payment.gateway_charge_id:
                payment.gateway_charge_id = result.charge_id
            db.commit()
        return payment, result
    with rt.sessions() as db:
        lock_account(db, _account_of(db, payment_id))
        payment = db.get(Payment, payment_id, populate_existing=True)
        assert payment is not None
        if payment.status == "pending":
            now = rt.clock.now(db)
            payment.gateway_charge_id = result.charge_id or None
            payment.settled_at = now
            settle = settlement.settlers(payment.purpose)
            if result.succeeded:
                payment.status = "succeeded"
                settle.paid(db, rt, payment, result, now)
            else:
                payment.status = "failed"
                payment.failure_code = result.failure_code
                payment.failure_message = result.failure_message
                settle.failed(db, rt, payment, result, now)
        db.commit()
    rt.mail.kick()
    return payment, result


def give_up(rt: Runtime, payment_id: int) -> Payment:
    """The customer cancelled the authentication: the gateway drops the charge, and the payment
    fails the usual way (the order stays pending and can be paid again)."""
    with rt.sessions() as db:
        payment = db.get(Payment, payment_id)
        assert payment is not None
        key, status = payment.key, payment.status
        db.commit()
    if status == "pending":
        gateway(rt).cancel(key)
    return attempt(rt, payment_id)[0]


def _account_of(db: Session, payment_id: int) -> int:
    return db.scalar(select(Payment.account_id).where(Payment.id == payment_id))  # type: ignore[return-value]


def settle_stale(rt: Runtime) -> int:
    """Finish card payments left pending by a crash (or a client that never retried)."""
    with rt.sessions() as db:
        cutoff = rt.clock.now(db) - STALE_AFTER
        ids = list(db.scalars(select(Payment.id).where(Payment.status == "pending",
                                                       Payment.method == "card",
                                                       Payment.created_at < cutoff)
                              .order_by(Payment.id).limit(200)))
    for pid in ids:
        charge_and_settle(rt, pid)
    return len(ids)
