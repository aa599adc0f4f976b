"""Card charges in three steps, so that nothing is lost or charged twice:

1. a transaction records the payment as *pending* under a unique key (and whatever it pays
   for: an order, a top-up, a renewal) and commits;
2. the gateway charges the card with that key, outside any transaction of ours (the gateway
   returns the existing charge when it has seen the key: retries are safe);
3. a transaction locks the account, and if the payment is still pending, settles it and what
   it pays for, and commits.

A crash between 2 and 3 leaves a pending payment: the retried request, or the stale-payment job,
runs 2 and 3 again and gets the same charge back.

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
from provider.payments.registry import gateway
from provider.runtime import Runtime
from provider.services import settlement
from provider.services.ledger import lock_account

STALE_AFTER = timedelta(minutes=2)


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
    with rt.sessions() as db:
        payment = db.get(Payment, payment_id)
        assert payment is not None
        if payment.status != "pending":
            return payment
        token, amount, currency, key = (payment.gateway_token or "", payment.amount,
                                        payment.currency, payment.key)
    result = gateway(rt).charge(token, amount, currency, key)
    crash_hook.after_charge()
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
    return payment


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
