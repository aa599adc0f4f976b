"""Saved cards (docs/product-rules.md#saved-cards): add by gateway token, remove, choose the default,
warn before a card expires. The provider keeps token, brand, last four digits and expiry."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from provider.db.models import Account, AutoTopUp, SavedCard
from provider.domain import card_numbers
from provider.domain.errors import Conflict, NotFound, RuleViolation
from provider.payments.registry import gateway
from provider.runtime import Runtime
from provider.services import receipts
from provider.services.owned import find_owned

if TYPE_CHECKING:
    from provider.payments.stripe_gateway import StripeGateway

WARN_MONTHS_AHEAD = 1  # warn during the month before the last valid month, and in it


def list_cards(db: Session, account: Account) -> list[SavedCard]:
    return list(db.scalars(select(SavedCard).where(
        SavedCard.account_id == account.id, SavedCard.removed_at.is_(None),
        SavedCard.verified_at.is_not(None)).order_by(SavedCard.id)))


def usable(db: Session, account: Account, card_id: int | None) -> SavedCard | None:
    """One of the account's saved cards: kept (not removed) and verified by a first charge."""
    card = find_owned(db, SavedCard, card_id, account)
    return card if card is not None and card.removed_at is None and card.verified_at else None


def _card(db: Session, account: Account, card_id: int) -> SavedCard:
    card = usable(db, account, card_id)
    if card is None:
        raise NotFound("Card")
    return card


def add_card(db: Session, rt: Runtime, account: Account, token: str, make_default: bool) -> SavedCard:
    db.commit()  # the gateway needs the database to itself on SQLite
    info = gateway(rt).card_info(token)
    if info is None:
        raise RuleViolation.at_field("token", "card.token_unknown",
                                     "The card could not be found at the payment provider; enter "
                                     "it again.")
    now = rt.clock.now(db)
    if card_numbers.is_expired(info.exp_month, info.exp_year, now.date()):
        raise RuleViolation.at_field("token", "card.expired", "This card has expired.")
    kept = db.scalar(select(SavedCard).where(  # saved already (the gateway's webhook was quicker)
        SavedCard.account_id == account.id, SavedCard.gateway_token == info.token,
        SavedCard.removed_at.is_(None), SavedCard.verified_at.is_not(None)))
    if kept is not None:
        if make_default:
            _make_default(db, account, kept)
        db.commit()
        return kept
    card = SavedCard(account_id=account.id, gateway_token=info.token, brand=info.brand,
                     last4=info.last4, exp_month=info.exp_month, exp_year=info.exp_year,
                     is_default=False, created_at=now, verified_at=now)
    db.add(card)
    db.flush()
    if make_default or not any(c.is_default for c in list_cards(db, account) if c.id != card.id):
        _make_default(db, account, card)
    db.commit()
    return card


def start_setup(db: Session, rt: Runtime, account: Account, email: str) -> tuple[str, str, str]:
    """Saving a card at Stripe: a SetupIntent the client confirms with the publishable key and
    the card (the number goes to Stripe only); (setup intent id, client secret, publishable key).
    The SetupIntent's id is then the token for add_card."""
    gw = stripe_gateway(rt)
    db.commit()  # no transaction held while Stripe answers
    ref = str(account.id)
    setup = gw.start_card_setup(gw.customer_for(ref, email, None), ref)
    return setup.setup_intent_id, setup.client_secret, gw.config.publishable_key


def stripe_gateway(rt: Runtime) -> StripeGateway:
    """The Stripe gateway, for what only Stripe does (409 on the sandbox's)."""
    from provider.payments.stripe_gateway import StripeGateway

    gw = gateway(rt)
    if not isinstance(gw, StripeGateway):
        raise Conflict("The sandbox gateway saves cards by the token of its own tokenization app.",
                       None, "gateway.sandbox")
    return gw


def set_default(db: Session, account: Account, card_id: int) -> SavedCard:
    card = _card(db, account, card_id)
    _make_default(db, account, card)
    db.commit()
    return card


def remove_card(db: Session, rt: Runtime, account: Account, card_id: int) -> None:
    card = _card(db, account, card_id)
    topup = db.get(AutoTopUp, account.id)
    if topup is not None and topup.enabled and topup.card_id == card.id:
        raise Conflict("Automatic top-up charges this card; choose another card for it or switch "
                       "it off first.", "card_id", "card.in_use")
    card.removed_at = rt.clock.now(db)
    if card.is_default:
        card.is_default = False
        rest = [c for c in list_cards(db, account) if c.id != card.id]
        if rest:
            rest[-1].is_default = True
    db.commit()


def _make_default(db: Session, account: Account, card: SavedCard) -> None:
    db.execute(update(SavedCard).where(SavedCard.account_id == account.id, SavedCard.id != card.id)
               .values(is_default=False))
    card.is_default = True


def warn_expiring(rt: Runtime) -> int:
    """Job: e-mail once per card when it is about to expire. The update is conditional, so two
    hosts running it at once send one mail."""
    sent = 0
    with rt.sessions() as db:
        now: datetime = rt.clock.now(db)
        cards = list(db.scalars(select(SavedCard).where(
            SavedCard.removed_at.is_(None), SavedCard.verified_at.is_not(None),
            SavedCard.expiry_warned_at.is_(None))))
        for card in cards:
            if not card_numbers.expires_within(card.exp_month, card.exp_year, now.date(),
                                               WARN_MONTHS_AHEAD):
                continue
            claimed = db.execute(update(SavedCard).where(SavedCard.id == card.id,
                                                         SavedCard.expiry_warned_at.is_(None))
                                 .values(expiry_warned_at=now)).rowcount
            if claimed:
                receipts.notify(db, card.account_id, "card_expiring", now,
                                card=card_numbers.card_label(card.brand, card.last4),
                                expiry=f"{card.exp_month:02d}/{card.exp_year}")
                sent += 1
        db.commit()
    rt.mail.kick()
    return sent
