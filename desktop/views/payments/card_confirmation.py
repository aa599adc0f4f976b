"""Saving a card the bank wants confirmed first (strong customer authentication of a card setup
at Stripe): the same wait as for a payment — the bank's page in the system browser, a modal
dialog that asks the provider every two seconds off the UI thread, Cancel to give up — after
which the caller saves the card (or pays with it) by the confirmed setup's token. Cancelled or
refused, nothing is saved and nothing charged."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.sources.payments import CardSetupState
from desktop.views.payments.authentication_dialog import AuthenticationDialog


class CardNotConfirmed(Exception):
    """The bank's confirmation of the card failed or was cancelled: nothing was saved.
    `message` is already in the customer's language."""

    kind = "problem"
    status = 402
    translated = True
    rule = "payment.card_not_confirmed"
    field = "card"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CardConfirmationDialog(AuthenticationDialog):
    """`state` is a CardSetupState; `outcome` the setup as decided once the dialog has closed."""

    def texts(self) -> dict[str, str]:
        return {
            "window": self.tr("Confirm the card"),
            "title": self.tr("Confirm the card in your browser…"),
            "detail": self.tr(
                "Your card's bank asks you to confirm this card before it is saved. We opened the "
                "bank's page in your browser; confirm there, and Switchboard continues by itself. "
                "Nothing is saved or charged until the bank has answered."),
            "cancel": self.tr("&Cancel"),
            "cancelling": self.tr("Cancelling…"),
            "no_page": self.tr("Switchboard cannot open the bank's page; cancel and try again, or use "
                               "another card."),
        }

    def ask(self) -> tuple[Any, Any]:
        return self.ctx.sources.payments.card_setup_state, self.state.setup_intent_id

    def give_up(self) -> tuple[Any, Any]:
        return self.ctx.sources.payments.cancel_card_setup, self.state.setup_intent_id

    def failure(self) -> CardNotConfirmed:  # type: ignore[override]
        code = self.outcome.failure_code if self.outcome is not None else None
        if code == "authentication_abandoned":
            text = self.tr("You cancelled the confirmation with your card's bank, so the card was not "
                           "saved.")
        elif code == "authentication_failed":
            text = self.tr("Your card's bank did not confirm the card, so it was not saved.")
        else:
            text = self.tr("The card was not saved.")
        return CardNotConfirmed(text + " " + self.tr("Nothing was charged."))


def confirm_card(ctx: Any, state: CardSetupState, parent: QWidget, on_confirmed: Any,
                 on_failed: Any) -> CardConfirmationDialog:
    """Wait for the customer to confirm the card of `state` with the bank; then
    `on_confirmed(token)` (the card's token for the provider) or `on_failed(CardNotConfirmed)`,
    on the UI thread."""
    dialog = CardConfirmationDialog(ctx, state, parent)

    def finished(_result: int) -> None:
        outcome = dialog.outcome
        if outcome is not None and outcome.succeeded:
            on_confirmed(outcome.setup_intent_id)
        else:
            on_failed(dialog.failure())
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.start()
    return dialog
