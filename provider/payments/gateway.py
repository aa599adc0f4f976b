"""The payment-gateway interface the provider charges cards through.

Tokenizing a card is not part of it: the client sends the card number to the gateway's own
endpoint and hands the provider only the token. Every charge and refund carries an idempotency
key; the gateway returns the existing charge for a key it has seen, so a provider that crashed
after charging and retries never charges twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol


@dataclass(frozen=True)
class CardInfo:
    token: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int

    @property
    def label(self) -> str:
        return f"{self.brand} •••• {self.last4}"


@dataclass(frozen=True)
class ChargeResult:
    charge_id: str
    succeeded: bool
    amount: Decimal
    currency: str
    failure_code: str | None = None

    @property
    def failure_message(self) -> str | None:
        return FAILURE_MESSAGES.get(self.failure_code or "", None) if not self.succeeded else None


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
}


class GatewayError(Exception):
    """The gateway refused the request itself (not a declined card)."""


class PaymentGateway(Protocol):
    def card_info(self, token: str) -> CardInfo | None: ...

    def charge(self, token: str, amount: Decimal, currency: str, idempotency_key: str) -> ChargeResult: ...

    def refund(self, charge_id: str, amount: Decimal, idempotency_key: str) -> RefundResult: ...
