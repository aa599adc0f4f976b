"""Typed calls for payments: the payment history and the saved cards; and the card's way to the
payment gateway, which is not the provider's API: the card number goes only to the sandbox
gateway's tokenization endpoint (/gateway/v1/tokens, tokenize_card) or to Stripe, which confirms
a SetupIntent with the publishable key (confirm_card_setup, as Stripe.js's confirmCardSetup does);
the provider gets only the token or the SetupIntent's id.

Blocking calls: run them through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from urllib.parse import quote

from desktop.api_client.client import AccountRoutes, ApiClient
from desktop.api_client.errors import REQUEST_ID_HEADER, from_exception, from_response
from desktop.api_client.identifiers import new_request_id
from desktop.api_client.payments_types import (
    CardSetup,
    CardSetupState,
    CardToken,
    Payment,
    PaymentGateway,
    PaymentState,
    SavedCard,
)

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

    # ----- the card gateway -----
    def gateway(self) -> PaymentGateway:
        return PaymentGateway.from_json(self.client.request("GET", "/payment-gateway"))

    def start_card_setup(self) -> CardSetup:
        """Stripe: a SetupIntent to confirm with the card at Stripe (confirm_card_setup)."""
        return CardSetup.from_json(self.client.request("POST", f"{self.base}/card-setups"))

    def card_setup_state(self, setup_intent_id: str) -> CardSetupState:
        """A card setup the bank wants confirmed, as decided now (polled while the customer confirms)."""
        data = self.client.request("GET", f"{self.base}/card-setups/{quote(setup_intent_id, safe='')}")
        return CardSetupState.from_json(data, self.client.settings.base_url)

    def cancel_card_setup(self, setup_intent_id: str) -> CardSetupState:
        """The customer gives up confirming the card: it can no longer be saved from this setup."""
        data = self.client.request("POST",
                                   f"{self.base}/card-setups/{quote(setup_intent_id, safe='')}/cancel")
        return CardSetupState.from_json(data, self.client.settings.base_url)

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


def confirm_card_setup(client: ApiClient, gateway: PaymentGateway, setup: CardSetup, number: str,
                       exp_month: int, exp_year: int, cvc: str) -> str:
    """Send the card to Stripe (not to the provider) with the publishable key, confirming the
    SetupIntent; returns its status (succeeded, or requires_action when the bank wants the
    customer to confirm saving the card). A declined card raises ApiError 402 with the rule
    payment.<Stripe's decline code>."""
    import requests

    from desktop.api_client.errors import ApiError

    if gateway.api_url is None:
        raise ApiError("The provider names no card gateway this computer may send a card to.",
                       kind="problem", rule="payment.gateway_unknown")
    settings = client.settings
    url = f"{gateway.api_url}/v1/setup_intents/{setup.setup_intent_id}/confirm"
    body = {"key": setup.publishable_key, "client_secret": setup.client_secret,
            "payment_method_data[type]": "card", "payment_method_data[card][number]": number.replace(" ", ""),
            "payment_method_data[card][exp_month]": str(int(exp_month)),
            "payment_method_data[card][exp_year]": str(int(exp_year)),
            "payment_method_data[card][cvc]": cvc}
    try:
        response = client._http().post(url, data=body,
                                       timeout=(settings.connect_timeout, settings.read_timeout))
    except requests.exceptions.RequestException:
        raise ApiError("The card gateway could not be reached. Check the connection and try again.",
                       kind="connection") from None
    finally:
        body.clear()  # the number and CVC are not kept a moment longer than needed
    try:
        data = response.json()
    except ValueError:
        data = {}
    if response.status_code >= 400:
        error = data.get("error") or {}
        code = str(error.get("decline_code") or error.get("code") or "card_declined")
        declined = response.status_code == 402 or error.get("type") == "card_error"
        status = 402 if declined else response.status_code
        raise ApiError(str(error.get("message") or "The card was not accepted."), kind="problem",
                       status=status, rule=f"payment.{code}", field="card")
    return str(data.get("status") or "")
