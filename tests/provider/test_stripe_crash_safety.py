"""Crash safety with Stripe (localstripe, a real server process): a real `switchboard-provider
serve` dies right after Stripe charged the card and before it recorded the charge
(SWITCHBOARD_TEST_CRASH_AFTER_CHARGE). After a restart, the charge is settled exactly once,
either by Stripe's signed webhook (as localstripe sent it) or by the client retrying the same
request; the other then changes nothing, and Stripe holds one charge."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from provider.db.models import OutboxMail, Payment, StripeIntent
from provider.seed import DEMO_PASSWORD
from tests.provider.databases import Databases
from tests.provider.localstripe import (
    PUBLISHABLE_KEY,
    SECRET_KEY,
    WEBHOOK_SECRET,
    LocalStripe,
    localstripe,  # noqa: F401 - the fixture
)
from tests.provider.stripe_provider import OK, WebhookCatcher, webhooks  # noqa: F401 - fixture
from tests.provider.test_crash_safety import provider

API = "/api/v1"
OWNER = "owner@alpenblick.example"


def _stripe_env(ls: LocalStripe) -> dict[str, str]:
    return {"SWITCHBOARD_PAYMENT_GATEWAY": "stripe", "SWITCHBOARD_STRIPE_SECRET_KEY": SECRET_KEY,
            "SWITCHBOARD_STRIPE_PUBLISHABLE_KEY": PUBLISHABLE_KEY,
            "SWITCHBOARD_STRIPE_WEBHOOK_SECRET": WEBHOOK_SECRET, "SWITCHBOARD_STRIPE_API_BASE": ls.url}


def _sign_in(c: httpx.Client) -> dict[str, str]:
    tok = c.post(f"{API}/auth/sign-in", json={"identifier": OWNER, "password": DEMO_PASSWORD})
    assert tok.status_code == 200, tok.text
    return {"Authorization": f"Bearer {tok.json()['access_token']}"}


@pytest.mark.parametrize("finisher", ["webhook", "retry"])
def test_killed_between_stripes_charge_and_our_settle_finishes_once(
        finisher: str, databases: Databases, tmp_path: Path, localstripe: LocalStripe,  # noqa: F811
        webhooks: WebhookCatcher) -> None:  # noqa: F811
    db = databases.get("postgresql", "stripe-crash")
    db.empty()
    env = _stripe_env(localstripe)
    key = uuid.uuid4().hex
    with provider(db.url, tmp_path, crash=True, **env) as (base, proc):
        c = httpx.Client(base_url=base, timeout=30)
        h = _sign_in(c)
        acc = c.get(f"{API}/me", headers=h).json()["account"]["id"]
        address = c.get(f"{API}/accounts/{acc}/billing-addresses", headers=h).json()[0]["id"]
        setup = c.post(f"{API}/accounts/{acc}/card-setups", headers=h).json()
        assert localstripe.confirm_card_setup(setup["client_secret"], OK).status_code == 200
        card = c.post(f"{API}/accounts/{acc}/cards", json={"token": setup["setup_intent_id"]}, headers=h)
        assert card.status_code == 201, card.text
        assert c.post(f"{API}/accounts/{acc}/cart/items", headers=h,
                      json={"product": "terminal_t33g", "quantity": 1}).status_code == 201
        body = {"billing_address_id": address, "payment": {"method": "card", "card_id": card.json()["id"]}}
        with pytest.raises(httpx.TransportError):
            c.post(f"{API}/accounts/{acc}/checkout", json=body, headers={**h, "Idempotency-Key": key})
        assert proc.wait(timeout=10) == 70  # died in the hook, right after Stripe charged

    engine = create_engine(db.url)
    payment_key = f"order:{acc}:{key}"
    ours = Payment.key == payment_key
    with Session(engine) as s:  # Stripe charged; we recorded the intent, not the outcome
        assert s.scalar(select(Payment.status).where(ours)) == "pending"
        intent = s.scalar(select(StripeIntent.intent_id).where(StripeIntent.payment_key == payment_key))
    assert intent and localstripe.get(f"/v1/payment_intents/{intent}")["status"] == "succeeded"
    event = webhooks.wait_for(intent)

    with provider(db.url, tmp_path, crash=False, **env) as (base, _):
        c = httpx.Client(base_url=base, timeout=30)
        h = _sign_in(c)
        hook = f"{API}/payment-gateway/webhooks/stripe"
        signed = {"Stripe-Signature": event.signature, "Content-Type": "application/json"}
        if finisher == "webhook":
            r = c.post(hook, content=event.body, headers=signed)
            assert r.status_code == 200 and r.json()["handled"], r.text
            with Session(engine) as s:
                assert s.scalar(select(Payment.status).where(ours)) == "succeeded"
        r = c.post(f"{API}/accounts/{acc}/checkout", json=body, headers={**h, "Idempotency-Key": key})
        assert r.status_code == 201 and r.json()["order"]["status"] == "paid", r.text
        if finisher == "retry":  # the webhook arriving late changes nothing
            assert c.post(hook, content=event.body, headers=signed).status_code == 200

    with Session(engine) as s:
        assert s.scalar(select(Payment.status).where(ours)) == "succeeded"
        assert s.scalar(select(func.count()).select_from(Payment).where(
            Payment.order_id == r.json()["order"]["id"], Payment.status == "succeeded")) == 1
        reference = f"P-{r.json()['payment']['id']:08d}"
        assert s.scalar(select(func.count()).select_from(OutboxMail).where(
            OutboxMail.kind == "receipt", OutboxMail.body.contains(reference))) == 1
    engine.dispose()
    charges = localstripe.get("/v1/charges?limit=100")["data"]
    assert sum(1 for ch in charges if ch["payment_intent"] == intent) == 1
