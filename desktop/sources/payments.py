"""Payments: what was paid (the payment history), what the account can pay with (saved cards,
the prepaid balance, a SEPA mandate), saving a card, and paying: a new card goes to the payment
gateway for a token (never to the provider), and a paying request carries an idempotency key the
caller keeps until an answer arrives, so that trying again after a lost answer never charges
twice. The shop's checkout and an order's "pay now" pay through `choice` here."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from desktop.api_client import new_idempotency_key
from desktop.api_client.account import AccountApi
from desktop.api_client.automatic_payments import AutomaticPaymentsApi
from desktop.api_client.errors import ApiError
from desktop.api_client.orders import OrdersApi
from desktop.api_client.payments import PaymentsApi, confirm_card_setup, tokenize_card
from desktop.api_client.payments_types import CardSetupState, Payment, PaymentChoice, PaymentState, SavedCard
from desktop.sources.base import AreaApi, Source

__all__ = ["CardNeedsConfirmation", "CardSetupState", "NewCard", "PaymentOptions", "PaymentState",
           "PaymentsSource", "PayRequest", "payment_key"]


def payment_key() -> str:
    """A new idempotency key for one paying request: keep it until the provider answers."""
    return new_idempotency_key()


@dataclass(frozen=True)
class NewCard:
    number: str = field(repr=False)
    exp_month: int
    exp_year: int
    cvc: str = field(repr=False)
    save: bool


@dataclass(frozen=True)
class PayRequest:
    """What the customer chose. `method` as the provider names it (card, new_card, credit, sepa,
    bank_transfer); `new_card` for method new_card; `card_id` for a saved card."""

    method: str
    card_id: int | None = None
    new_card: NewCard | None = None


class CardNeedsConfirmation(Exception):
    """Saving the card at Stripe needs the customer to confirm it with the bank first: the view
    waits for `state` (confirm_card in views/payments), then goes on with its SetupIntent's id
    as the card's token. Nothing is saved and nothing charged until then."""

    kind = "confirmation"

    def __init__(self, state: CardSetupState) -> None:
        super().__init__("The card's bank wants to confirm the card.")
        self.state = state


@dataclass(frozen=True)
class PaymentOptions:
    """What the account can pay with now."""

    cards: tuple[SavedCard, ...]
    balance: Decimal
    mandate: bool  # a SEPA mandate is in force


class PaymentsSource(Source):
    api = AreaApi(PaymentsApi)

    def history(self) -> list[Payment]:
        """Completed payments and refunds, newest first."""
        return self.api.payments()

    def options(self) -> PaymentOptions:
        mandate = AutomaticPaymentsApi(self.client, self.account_id).mandate()
        return PaymentOptions(tuple(self.api.cards()), self.balance(), mandate is not None)

    def balance(self) -> Decimal:
        """The prepaid balance now."""
        return AccountApi(self.client, self.account_id).account().balance

    def add_card(self, card: NewCard, make_default: bool = False) -> SavedCard:
        """Tokenize the card at the gateway, and save the token with the provider. Raises
        CardNeedsConfirmation when the bank wants the card confirmed first (then save_token)."""
        return self.api.add_card(self.tokenize(card), make_default)

    def save_token(self, token: str, make_default: bool = False) -> SavedCard:
        """Save a card tokenized already: a SetupIntent the customer confirmed with the bank."""
        return self.api.add_card(token, make_default)

    def tokenize(self, card: NewCard) -> str:
        """The card's number goes to the gateway the provider names, never to the provider: the
        sandbox's tokenization app answers a token; with Stripe the provider starts a SetupIntent
        (under the account's Stripe customer), the card confirms it at Stripe with the publishable
        key, and the SetupIntent's id is what the provider gets."""
        gateway = self.api.gateway()
        if gateway.gateway != "stripe":
            return tokenize_card(self.client, card.number, card.exp_month, card.exp_year, card.cvc).token
        setup = self.api.start_card_setup()
        status = confirm_card_setup(self.client, gateway, setup, card.number, card.exp_month,
                                    card.exp_year, card.cvc)
        if status == "requires_action":  # the bank's page, as Stripe.js would show it
            raise CardNeedsConfirmation(self.api.card_setup_state(setup.setup_intent_id))
        if status != "succeeded":
            raise ApiError("The card was not accepted.", kind="problem", status=402,
                           rule="payment.card_declined", field="card")
        return setup.setup_intent_id

    def card_setup_state(self, setup_intent_id: str) -> CardSetupState:
        """Polled while the customer confirms the card in the browser."""
        return self.api.card_setup_state(setup_intent_id)

    def cancel_card_setup(self, setup_intent_id: str) -> CardSetupState:
        """The customer gives up: the card cannot be saved from this setup any more."""
        return self.api.cancel_card_setup(setup_intent_id)

    @staticmethod
    def card_confirmed(request: PayRequest, tokens: dict[PayRequest, PaymentChoice], token: str) -> None:
        """A new card of `request` confirmed with the bank: the next `choice` pays with its token."""
        assert request.new_card is not None
        tokens[request] = PaymentChoice("new_card", card_token=token, save_card=request.new_card.save)

    def payment_state(self, payment_id: int) -> PaymentState:
        """A card payment waiting for the customer's bank, as decided now: polled while the
        customer confirms in the browser. Once it succeeded, with the order it paid."""
        return self._with_order(self.api.payment_state(payment_id))

    def cancel_authentication(self, payment_id: int) -> PaymentState:
        """Give up confirming with the bank: the payment fails and its order stays payable (a
        payment the bank decided meanwhile is answered as it is)."""
        return self._with_order(self.api.cancel_authentication(payment_id))

    def _with_order(self, state: PaymentState) -> PaymentState:
        if state.succeeded and state.order_id is not None:
            return replace(state, order=OrdersApi(self.client, self.account_id).order(state.order_id))
        return state

    def make_default(self, card_id: int) -> SavedCard:
        return self.api.make_default(card_id)

    def remove_card(self, card_id: int) -> None:
        self.api.remove_card(card_id)

    def choice(self, request: PayRequest, tokens: dict[PayRequest, PaymentChoice]) -> PaymentChoice:
        """How to pay as the provider takes it. A new card is tokenized once per request: a retry
        under the same idempotency key must send the same body, so it reuses the token kept in
        `tokens` (the caller's, kept with the key)."""
        if request.method == "new_card" and request.new_card is not None:
            if request not in tokens:
                c = request.new_card
                tokens[request] = PaymentChoice("new_card", card_token=self.tokenize(c), save_card=c.save)
            return tokens[request]
        return PaymentChoice(request.method, card_id=request.card_id)
