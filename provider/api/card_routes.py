"""Saved cards and the SEPA mandate: the means of automatic payments."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Response

from provider.api.deps import DB, BillingReadScope, ObjectId, PaymentsScope, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.cards import CardIn, CardOut, CardPatch, MandateIn, MandateOut
from provider.api.schemas.gateway import CardSetupOut, CardSetupStateOut
from provider.services import card_setups, cards, sepa

router = resource_router(tags=["payments"])
SetupIntentId = Annotated[str, Path(max_length=80, pattern=r"^seti_[A-Za-z0-9]+$")]


@router.get("/accounts/{account_id}/cards", response_model=list[CardOut])
def list_cards(scope: BillingReadScope, db: DB) -> list[CardOut]:
    return [CardOut.model_validate(c) for c in cards.list_cards(db, scope.account)]


@router.post("/accounts/{account_id}/cards", status_code=201, response_model=CardOut)
def add_card(body: CardIn, scope: PaymentsScope, db: DB, rt: RuntimeDep) -> CardOut:
    return CardOut.model_validate(cards.add_card(db, rt, scope.account, body.token,
                                                 body.make_default))


@router.post("/accounts/{account_id}/card-setups", status_code=201, response_model=CardSetupOut)
def start_card_setup(scope: PaymentsScope, db: DB, rt: RuntimeDep) -> CardSetupOut:
    """Stripe: start saving a card. The client confirms the answer's client secret with the
    publishable key and the card at Stripe, then adds the card with the SetupIntent's id."""
    seti, secret, key = cards.start_setup(db, rt, scope.account, scope.principal.user.email)
    return CardSetupOut(setup_intent_id=seti, client_secret=secret, publishable_key=key)


@router.get("/accounts/{account_id}/card-setups/{setup_intent_id}", response_model=CardSetupStateOut)
def card_setup_state(setup_intent_id: SetupIntentId, scope: PaymentsScope, db: DB,
                     rt: RuntimeDep) -> CardSetupStateOut:
    """A card setup the bank wants the customer to confirm, as Stripe has decided it now (the
    client polls while the customer confirms in the browser). Another account's: 404."""
    return CardSetupStateOut(**card_setups.state(db, rt, scope.account, setup_intent_id))


@router.post("/accounts/{account_id}/card-setups/{setup_intent_id}/cancel",
             response_model=CardSetupStateOut)
def cancel_card_setup(setup_intent_id: SetupIntentId, scope: PaymentsScope, db: DB,
                      rt: RuntimeDep) -> CardSetupStateOut:
    """The customer gave up confirming the card: no card can be saved from this setup."""
    return CardSetupStateOut(**card_setups.cancel(db, rt, scope.account, setup_intent_id))


@router.patch("/accounts/{account_id}/cards/{card_id}", response_model=CardOut)
def make_default(card_id: ObjectId, body: CardPatch, scope: PaymentsScope, db: DB) -> CardOut:
    return CardOut.model_validate(cards.set_default(db, scope.account, card_id))


@router.delete("/accounts/{account_id}/cards/{card_id}", status_code=204)
def remove_card(card_id: ObjectId, scope: PaymentsScope, db: DB, rt: RuntimeDep) -> Response:
    cards.remove_card(db, rt, scope.account, card_id)
    return Response(status_code=204)


@router.get("/accounts/{account_id}/sepa-mandate", response_model=MandateOut | None)
def get_mandate(scope: BillingReadScope, db: DB) -> MandateOut | None:
    """The current mandate, or null when there is none."""
    mandate = sepa.current(db, scope.account)
    return MandateOut.model_validate(mandate) if mandate else None


@router.put("/accounts/{account_id}/sepa-mandate", response_model=MandateOut)
def sign_mandate(body: MandateIn, scope: PaymentsScope, db: DB, rt: RuntimeDep) -> MandateOut:
    return MandateOut.model_validate(sepa.sign(db, rt, scope.account, body.iban, body.holder,
                                               body.signed_on))


@router.delete("/accounts/{account_id}/sepa-mandate", status_code=204)
def revoke_mandate(scope: PaymentsScope, db: DB, rt: RuntimeDep) -> Response:
    sepa.revoke(db, rt, scope.account)
    return Response(status_code=204)
