"""The paying step, run off the UI thread: tokenize a new card at the gateway, then check out
(or pay a pending order again) with an idempotency key that the caller keeps until an answer
arrives, so that trying again after a lost answer never charges twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.api_client import PaymentsApi, ShopApi, tokenize_card
from desktop.api_client.shop_types import PaymentChoice


@dataclass(frozen=True)
class NewCard:
    number: str = field(repr=False)
    exp_month: int
    exp_year: int
    cvc: str = field(repr=False)
    save: bool


@dataclass(frozen=True)
class PayRequest:
    """What the customer chose. `method` as the provider names it; `new_card` for method
    new_card; `card_id` for a saved card."""

    method: str
    card_id: int | None = None
    new_card: NewCard | None = None


def _choice(client: Any, request: PayRequest, tokens: dict[PayRequest, PaymentChoice]) -> PaymentChoice:
    """A new card is tokenized once per request: a retry under the same idempotency key must
    send the same body, so it reuses the token from `tokens`."""
    if request.method == "new_card" and request.new_card is not None:
        if request not in tokens:
            c = request.new_card
            token = tokenize_card(client, c.number, c.exp_month, c.exp_year, c.cvc)
            tokens[request] = PaymentChoice("new_card", card_token=token.token, save_card=c.save)
        return tokens[request]
    return PaymentChoice(request.method, card_id=request.card_id)


def checkout(client: Any, account_id: int, address_id: int, request: PayRequest,
             expected_gross: Decimal | None, key: str, tokens: dict[PayRequest, PaymentChoice]) -> Any:
    choice = _choice(client, request, tokens)
    return ShopApi(client, account_id).checkout(address_id, choice, expected_gross, key)


def pay_order(client: Any, account_id: int, order_id: int, request: PayRequest, key: str,
              tokens: dict[PayRequest, PaymentChoice]) -> Any:
    return PaymentsApi(client, account_id).pay_order(order_id, _choice(client, request, tokens), key)
