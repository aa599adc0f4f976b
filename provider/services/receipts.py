"""Who hears about a payment, and the receipt e-mail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, Payment, User
from provider.mail import payment_templates
from provider.mail.outbox import enqueue
from provider.mail.templates import mail_language

# What a payment was for and how it was made, in the account's language (the mail's words are
# the provider's; only numbers and card labels come from the data).
METHOD_NAMES = {"en": {"card": "card", "credit": "prepaid credit", "sepa": "SEPA direct debit",
                       "bank_transfer": "bank transfer"},
                "de": {"card": "Karte", "credit": "Prepaid-Guthaben", "sepa": "SEPA-Lastschrift",
                       "bank_transfer": "Banküberweisung"}}
WHAT = {"en": {"invoice": "invoice {number}", "credit_note": "credit note {number}",
               "order": "order {number}", "top_up": "automatic top-up"},
        "de": {"invoice": "Rechnung {number}", "credit_note": "Gutschrift {number}",
               "order": "Bestellung {number}", "top_up": "automatische Aufladung"}}


def owners(db: Session, account_ids: list[int]) -> dict[int, str]:
    """The owners' addresses of many accounts in one query (for a run that mails them all)."""
    out: dict[int, str] = {}
    for i in range(0, len(account_ids), 5000):
        for account_id, email in db.execute(select(User.account_id, User.email).where(
                User.account_id.in_(account_ids[i:i + 5000]), User.role == "owner",
                User.removed_at.is_(None))):
            out[account_id] = email
    return out


def recipients(db: Session, account_id: int, user_id: int | None = None,
               known_owners: dict[int, str] | None = None) -> list[str]:
    """The owner always; the user who acted too, when it is someone else."""
    owner = known_owners.get(account_id) if known_owners is not None else db.scalar(
        select(User.email).where(User.account_id == account_id, User.role == "owner",
                                 User.removed_at.is_(None)))
    out = [owner] if owner else []
    if user_id is not None:
        actor = db.get(User, user_id)
        if actor is not None and actor.email not in out and actor.removed_at is None:
            out.append(actor.email)
    return out


def notify(db: Session, account_id: int, kind: str, now: datetime, user_id: int | None = None,
           known_owners: dict[int, str] | None = None, **values: object) -> None:
    account = db.get(Account, account_id)
    assert account is not None
    message = payment_templates.render(kind, mail_language(account.language, account.country), **values)
    for address in recipients(db, account_id, user_id, known_owners):
        enqueue(db, address, message, now)


def send_receipt(db: Session, payment: Payment, what: str, now: datetime,
                 user_id: int | None = None, number: object = "",
                 known_owners: dict[int, str] | None = None) -> None:
    """`what` is invoice, credit_note, order or top_up (with its number), worded in the account's
    language."""
    account = db.get(Account, payment.account_id)
    lang = account.language if account is not None and account.language in WHAT else "en"
    method = payment.card_label if payment.method == "card" and payment.card_label else \
        METHOD_NAMES[lang].get(payment.method, payment.method)
    kind = "refund" if payment.amount < 0 else "receipt"
    notify(db, payment.account_id, kind, now, user_id, known_owners, currency=payment.currency,
           amount=abs(payment.amount), what=WHAT[lang][what].format(number=number), method=method,
           date=now.strftime("%Y-%m-%d"), reference=f"P-{payment.id:08d}")
