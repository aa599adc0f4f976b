"""Saving a card the bank wants confirmed (strong customer authentication when a card is saved
at Stripe): the client polls the SetupIntent's state here while the customer confirms in the
browser, and gives it up when the customer cancels. docs/operations.md describes the cycle; the
card itself is saved by services/cards.add_card once the SetupIntent has succeeded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from provider.db.models import Account
from provider.domain.errors import NotFound
from provider.runtime import Runtime
from provider.services.card_authentication import authentication_action
from provider.services.cards import stripe_gateway

if TYPE_CHECKING:  # stripe is imported only by a provider that uses it
    from provider.payments.stripe_gateway import SetupState, StripeGateway


def state(db: Session, rt: Runtime, account: Account, setup_intent_id: str) -> dict[str, Any]:
    """The account's card setup as Stripe has decided it now."""
    gw = _gateway(db, rt)
    return _view(gw.setup_state(setup_intent_id, str(account.id)))


def cancel(db: Session, rt: Runtime, account: Account, setup_intent_id: str) -> dict[str, Any]:
    """The customer cancelled: the SetupIntent is cancelled at Stripe, so no card can be saved
    from it later; one Stripe decided meanwhile is answered as it is."""
    gw = _gateway(db, rt)
    return _view(gw.cancel_setup(setup_intent_id, str(account.id)))


def _gateway(db: Session, rt: Runtime) -> StripeGateway:
    gw = stripe_gateway(rt)
    db.commit()  # no transaction held while Stripe answers
    return gw


def _view(setup: SetupState | None) -> dict[str, Any]:
    if setup is None:
        raise NotFound("Card setup")
    action = authentication_action(setup.authentication) if setup.authentication else None
    return {"setup_intent_id": setup.setup_intent_id, "status": setup.status,
            "failure_code": setup.failure_code, "next_action": action}
