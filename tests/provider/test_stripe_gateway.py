"""The Stripe adapter against localstripe (a real server process): saving a card through a
SetupIntent confirmed with the publishable key, charges that succeed, decline or need the
customer to authenticate (completed, failed, or with nobody there), asking again with the same
key, and refunds. What localstripe cannot show is listed in tests/provider/localstripe.py."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from provider.payments.stripe_gateway import StripeConfig, StripeGateway
from provider.runtime import Runtime
from tests.provider.localstripe import (
    PUBLISHABLE_KEY,
    SECRET_KEY,
    WEBHOOK_SECRET,
    LocalStripe,
    localstripe,  # noqa: F401 - the fixture
)

OK, DECLINED, AUTH = "4242424242424242", "4000000000000341", "4000002760003184"


@pytest.fixture
def gateway(rt: Runtime, localstripe: LocalStripe) -> StripeGateway:  # noqa: F811
    return StripeGateway(StripeConfig(SECRET_KEY, PUBLISHABLE_KEY, WEBHOOK_SECRET, localstripe.url),
                         rt.sessions, rt.clock)


def saved_card(gateway: StripeGateway, ls: LocalStripe, number: str, ref: str) -> str:
    customer = gateway.customer_for(ref, f"{ref}@example.com", None)
    setup = gateway.start_card_setup(customer, ref)
    r = ls.confirm_card_setup(setup.client_secret, number)
    assert r.status_code == 200, r.text
    if r.json()["status"] == "requires_action":
        assert ls.complete_setup_authentication(setup.client_secret).json()["status"] == "succeeded"
    info = gateway.card_info(setup.setup_intent_id)
    assert info is not None and info.token.startswith("pm_")
    assert (info.last4, info.exp_month, info.exp_year) == (number[-4:], 12, 2030)
    return info.token


def charges_of(ls: LocalStripe, intent_id: str) -> int:
    return sum(1 for c in ls.get("/v1/charges?limit=100")["data"] if c["payment_intent"] == intent_id)


def test_save_and_charge_once_per_key(gateway: StripeGateway, localstripe: LocalStripe) -> None:  # noqa: F811
    token = saved_card(gateway, localstripe, OK, "acct-1")
    first = gateway.charge(token, Decimal("258.36"), "CHF", "order:1:key-a", customer_present=True)
    assert first.succeeded and first.decided and first.charge_id.startswith("pi_")
    again = gateway.charge(token, Decimal("258.36"), "CHF", "order:1:key-a", customer_present=True)
    assert again == first
    assert charges_of(localstripe, first.charge_id) == 1
    intent = localstripe.get(f"/v1/payment_intents/{first.charge_id}")
    assert (intent["amount"], intent["currency"]) == (25836, "chf")
    assert intent["metadata"] == {"payment_key": "order:1:key-a"}
    other = gateway.charge(token, Decimal("1.00"), "CHF", "order:1:key-a")
    assert not other.succeeded and other.failure_code == "amount_mismatch"
    refund = gateway.refund(first.charge_id, Decimal("100.00"), "refund:1")
    assert refund.amount == Decimal("100.00") and refund.refund_id.startswith("re_")
    assert gateway.card_info("pm_doesnotexist") is None
    assert gateway.card_info("not-a-token") is None


def test_a_declined_card_fails_and_stays_declined(gateway: StripeGateway,
                                                  localstripe: LocalStripe) -> None:  # noqa: F811
    token = saved_card(gateway, localstripe, DECLINED, "acct-2")
    key = f"order:2:{uuid.uuid4().hex}"  # one localstripe serves the whole session
    result = gateway.charge(token, Decimal("10.00"), "EUR", key, customer_present=True)
    assert not result.succeeded and result.decided and result.failure_code == "card_declined"
    assert result.failure_message and "declined" in result.failure_message
    again = gateway.charge(token, Decimal("10.00"), "EUR", key, customer_present=True)
    assert not again.succeeded and again.failure_code == "card_declined"
    assert again.charge_id == result.charge_id != ""  # asked about the same intent, made none
    intents = localstripe.get("/v1/payment_intents?limit=100")["data"]
    assert sum(1 for i in intents if i["metadata"].get("payment_key") == key) == 1


def test_authentication_completed_or_failed(gateway: StripeGateway,
                                            localstripe: LocalStripe) -> None:  # noqa: F811
    token = saved_card(gateway, localstripe, AUTH, "acct-3")
    waiting = gateway.charge(token, Decimal("50.00"), "CHF", "order:3:done", customer_present=True)
    assert not waiting.succeeded and not waiting.decided and waiting.failure_code is None
    assert waiting.authentication is not None and "_secret_" in waiting.authentication.client_secret
    assert waiting.failure_message is None
    assert localstripe.authenticate(waiting.authentication.client_secret, True).status_code == 200
    done = gateway.charge(token, Decimal("50.00"), "CHF", "order:3:done", customer_present=True)
    assert done.succeeded and done.charge_id == waiting.charge_id
    assert charges_of(localstripe, done.charge_id) == 1

    failing = gateway.charge(token, Decimal("50.00"), "CHF", "order:3:fail", customer_present=True)
    assert failing.authentication is not None
    localstripe.authenticate(failing.authentication.client_secret, False)
    failed = gateway.charge(token, Decimal("50.00"), "CHF", "order:3:fail", customer_present=True)
    assert not failed.succeeded and failed.failure_code == "authentication_failed"

    abandoned = gateway.charge(token, Decimal("50.00"), "CHF", "order:3:gone", customer_present=True)
    gateway.cancel("order:3:gone")
    gone = gateway.charge(token, Decimal("50.00"), "CHF", "order:3:gone", customer_present=True)
    assert not gone.succeeded and gone.decided and gone.failure_code == "authentication_abandoned"
    assert charges_of(localstripe, abandoned.charge_id) == 0


def test_nobody_to_authenticate_fails_the_charge(gateway: StripeGateway,
                                                 localstripe: LocalStripe) -> None:  # noqa: F811
    token = saved_card(gateway, localstripe, AUTH, "acct-4")
    result = gateway.charge(token, Decimal("20.00"), "CHF", "top_up:4:1")
    assert not result.succeeded and result.decided
    assert result.failure_code == "authentication_required"
    assert localstripe.get(f"/v1/payment_intents/{result.charge_id}")["status"] == "canceled"
