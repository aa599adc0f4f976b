"""What a customer reads when a card is refused or a card payment is not made, in the UI
language. The provider and Stripe answer in English; their rule (`payment.<code>`, the code
being ours or Stripe's decline code) is stable, so the client words it itself. Stripe has many
decline codes whose exact reason a bank does not want told (lost, stolen, fraudulent…): they
all read as a plain decline, as Stripe recommends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Named `translate` so that lupdate finds the strings (it does not follow other aliases).
translate = QCoreApplication.translate

CVC = frozenset({"incorrect_cvc", "invalid_cvc"})
NUMBER = frozenset({"incorrect_number", "invalid_number"})
EXPIRY = frozenset({"invalid_expiry_month", "invalid_expiry_year"})


def payment_rule_text(rule: str | None) -> str | None:
    """The sentence for a `payment.…` rule; any decline code not named here reads as a plain
    decline. None for rules that are not about a card payment."""
    if not rule or not rule.startswith("payment."):
        return None
    code = rule.removeprefix("payment.")
    if code in CVC:
        return translate("PaymentMessages",
                         "The security code does not match the card. Check it and try again.")
    if code in NUMBER:
        return translate("PaymentMessages", "The card number is not valid. Check the digits.")
    if code in EXPIRY:
        return translate("PaymentMessages",
                         "The expiry date does not match the card. Check it and try again.")
    words = {
        "insufficient_funds": translate("PaymentMessages",
                                        "The card has insufficient funds. Use another card."),
        "expired_card": translate("PaymentMessages", "The card has expired. Use another card."),
        "processing_error": translate(
            "PaymentMessages", "The card's bank could not process the payment. Try again in a moment."),
        "unknown_token": translate(
            "PaymentMessages", "The card is no longer known to the payment provider. Enter it again."),
        "amount_mismatch": translate(
            "PaymentMessages", "This payment was started with another amount. Start it again."),
        "authentication_required": translate(
            "PaymentMessages", "Your card's bank wants you to confirm this payment. Pay it here in "
            "Switchboard and confirm it in your browser."),
        "authentication_failed": translate(
            "PaymentMessages", "Your card's bank did not confirm the payment, so nothing was charged."),
        "authentication_abandoned": translate(
            "PaymentMessages",
            "You cancelled the confirmation with your card's bank, so nothing was charged."),
        "test_card_refused": translate("PaymentMessages", "This is a test card; it cannot pay here."),
        "gateway_unknown": translate(
            "PaymentMessages", "Switchboard cannot send a card to the payment provider your provider "
            "names. Ask your provider's support."),
        "failed": translate("PaymentMessages", "The card payment was not made."),
    }
    return words.get(code) or translate("PaymentMessages",
                                        "The card was declined. Use another card or ask your bank.")


def refusal_text(err: object) -> str:
    """A refused card or payment (402) in the UI language: the client's own exceptions carry
    their words already (`translated`); the provider's and Stripe's are worded by their rule."""
    if getattr(err, "translated", False):
        return str(getattr(err, "message", "") or err)
    return payment_rule_text(getattr(err, "rule", None) or "payment.failed") or ""
