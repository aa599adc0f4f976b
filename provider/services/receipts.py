"""Who hears about a payment, and the receipt e-mail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, Payment, User
from provider.mail import payment_templates
from provider.mail.outbox import enqueue

METHOD_NAMES = {"card": "card", "credit": "prepaid credit", "sepa": "SEPA direct debit",
                "bank_transfer": "bank transfer"}


def recipients(db: Session, account_id: int, user_id: int | None = None) -> list[str]:
    """The owner always; the user who acted too, when it is someone else."""
    owner = db.scalar(select(User.email).where(User.account_id == account_id, User.role == "owner",
                                               User.removed_at.is_(None)))
    out = [owner] if owner else []
    if user_id is not None:
        actor = db.get(User, user_id)
        if actor is not None and actor.email not in out and actor.removed_at is None:
            out.append(actor.email)
    return out


def notify(db: Session, account_id: int, kind: str, now: datetime, user_id: int | None = None,
           **values: object) -> None:
    account = db.get(Account, account_id)
    assert account is not None
    message = payment_templates.render(kind, account.language, **values)
    for address in recipients(db, account_id, user_id):
        enqueue(db, address, message, now)


def send_receipt(db: Session, payment: Payment, what: str, now: datetime,
                 user_id: int | None = None) -> None:
    method = payment.card_label if payment.method == "card" and payment.card_label else \
        METHOD_NAMES.get(payment.method, payment.method)
    kind = "refund" if payment.amount < 0 else "receipt"
    notify(db, payment.account_id, kind, now, user_id, currency=payment.currency,
           amount=abs(payment.amount), what=what, method=method,
           date=now.strftime("%Y-%m-%d"), reference=f"P-{payment.id:08d}")
