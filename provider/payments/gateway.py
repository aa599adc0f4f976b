"""The payment-gateway interface the provider charges cards through.

Tokenizing a card is not part of it: the client sends the card number to the gateway's own
endpoint and hands the provider only the token. Every charge and refund carries an idempotency
key; the gateway returns the existing charge for a key it has seen, so a provider that crashed
after charging and retries never charges twice.

A charge has three outcomes: succeeded, failed (with a code), or not yet decided: the card's
bank wants the customer to authenticate (strong customer authentication, `authentication`), or
the gateway is still processing (`pending`). Asking again with the same key tells how it ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from provider.domain import card_numbers


@dataclass(frozen=True)
class CardInfo:
    token: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int

    @property
    def label(self) -> str:
        return card_numbers.card_label(self.brand, self.last4)


@dataclass(frozen=True)
class Authentication:
    """What the authentication page needs: the secret the gateway's script confirms the
    payment with, and the bank's page to send the customer to, where the gateway gives one."""

    client_secret: str
    redirect_url: str | None = None


@dataclass(frozen=True)
class ChargeResult:
    charge_id: str
    succeeded: bool
    amount: Decimal
    currency: str
    failure_code: str | None = None
    authentication: Authentication | None = None  # undecided: the customer must authenticate
    pending: bool = False  # undecided: the gateway is still processing

    @property
    def decided(self) -> bool:
        return self.authentication is None and not self.pending

    @property
    def failure_message(self) -> str | None:
        if self.succeeded or not self.decided:
            return None
        return FAILURE_MESSAGES.get(self.failure_code or "", None)


@dataclass(frozen=True)
class RefundResult:
    refund_id: str
    charge_id: str
    amount: Decimal


FAILURE_MESSAGES = {
    "card_declined": "The card was declined. Use another card or ask your bank.",
    "insufficient_funds": "The card has insufficient funds. Use another card or a smaller amount.",
    "expired_card": "The card has expired. Use another card.",
    "unknown_token": "The card is no longer known to the payment provider. Add it again.",
    "amount_mismatch": "This payment was already started with a different amount.",
    "authentication_required": "Your card's bank asks you to confirm this payment; pay it in "
                               "Switchboard and confirm it there.",
    "authentication_failed": "The payment was not confirmed with your card's bank. Try again or "
                             "use another card.",
    "authentication_abandoned": "The confirmation with your card's bank was cancelled; the payment "
                                "was not made.",
    "test_card_refused": "This is a test card; it cannot pay on a live provider.",
}


class GatewayError(Exception):
    """The gateway refused the request itself (not a declined card)."""


class PaymentGateway(Protocol):
    def card_info(self, token: str) -> CardInfo | None: ...

    def charge(self, token: str, amount: Decimal, currency: str, idempotency_key: str,
               customer_present: bool = False) -> ChargeResult:
        """`customer_present`: the customer is there to authenticate (a checkout), so a charge
        the bank wants confirmed waits for it instead of failing."""
        ...

    def cancel(self, idempotency_key: str) -> None:
        """Give up a charge that waits for the customer to authenticate."""
        ...

    def refund(self, charge_id: str, amount: Decimal, idempotency_key: str) -> RefundResult: ...
