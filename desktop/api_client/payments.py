"""Typed calls for payments: the payment history and the saved cards; and the card's way to the
payment gateway (tokenize_card), which is not the provider's API: the card number goes only to
the gateway's tokenization endpoint (/gateway/v1/tokens), and the provider gets the token.

Blocking calls: run them through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from desktop.api_client.client import AccountRoutes, ApiClient, new_request_id
from desktop.api_client.errors import REQUEST_ID_HEADER, from_exception, from_response
from desktop.api_client.payments_types import CardToken, Payment, PaymentState, SavedCard

GATEWAY_PREFIX = "/gateway/v1"


class PaymentsApi(AccountRoutes):
    # ----- payment history -----
    def payments(self) -> list[Payment]:
        return [Payment.from_json(p) for p in self.client.request("GET", f"{self.base}/payments") or []]

    # ----- a card payment the bank wants the customer to confirm -----
    def payment_state(self, payment_id: int) -> PaymentState:
        """The payment as decided now (the provider asks the gateway while it is pending)."""
        return PaymentState.from_json(self.client.request("GET", f"{self.base}/payments/{int(payment_id)}"),
                                      self.client.settings.base_url)

    def cancel_authentication(self, payment_id: int) -> PaymentState:
        """The customer gives up confirming: the payment fails, its order stays pending. A payment
        decided meanwhile is answered as it is."""
        data = self.client.request("POST", f"{self.base}/payments/{int(payment_id)}/cancel-authentication")
        return PaymentState.from_json(data, self.client.settings.base_url)

    # ----- saved cards -----
    def cards(self) -> list[SavedCard]:
        return [SavedCard.from_json(c) for c in self.client.request("GET", f"{self.base}/cards") or []]

    def add_card(self, token: str, make_default: bool = False) -> SavedCard:
        return SavedCard.from_json(self.client.request("POST", f"{self.base}/cards",
                                                       json={"token": token, "make_default": make_default}))

    def make_default(self, card_id: int) -> SavedCard:
        return SavedCard.from_json(self.client.request("PATCH", f"{self.base}/cards/{int(card_id)}",
                                                       json={"is_default": True}))

    def remove_card(self, card_id: int) -> None:
        self.client.request("DELETE", f"{self.base}/cards/{int(card_id)}")


def tokenize_card(client: ApiClient, number: str, exp_month: int, exp_year: int, cvc: str) -> CardToken:
    """Send the card to the payment gateway (not to the provider's API) and get its token."""
    import requests

    settings = client.settings
    url = settings.base_url + GATEWAY_PREFIX + "/tokens"
    body = {"number": number.replace(" ", ""), "exp_month": int(exp_month), "exp_year": int(exp_year),
            "cvc": cvc}
    try:
        response = client._http().post(url, json=body, headers={REQUEST_ID_HEADER: new_request_id()},
                                       timeout=(settings.connect_timeout, settings.read_timeout))
    except requests.exceptions.RequestException as exc:
        raise from_exception(exc, settings.host, settings.port, None) from None
    finally:
        body.clear()  # the number and CVC are not kept a moment longer than needed
    if response.status_code >= 400:
        raise from_response(response)
    return CardToken.from_json(response.json())
