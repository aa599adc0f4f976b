"""A provider whose card gateway is Stripe, played by localstripe (a real server process), and
what its customers and Stripe's webhooks do against it: saving a card with a SetupIntent the
client confirms at localstripe, and catching the webhooks localstripe signs and sends."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from provider.settings import Settings
from tests.provider.conftest import API, make_settings, register_business, sign_in
from tests.provider.localstripe import PUBLISHABLE_KEY, SECRET_KEY, WEBHOOK_SECRET, LocalStripe

OK, DECLINED, AUTH = "4242424242424242", "4000000000000341", "4000002760003184"


def stripe_settings(localstripe: LocalStripe) -> dict[str, Any]:
    return {"payment_gateway": "stripe", "stripe_secret_key": SECRET_KEY,
            "stripe_publishable_key": PUBLISHABLE_KEY, "stripe_webhook_secret": WEBHOOK_SECRET,
            "stripe_api_base": localstripe.url, "stripe_js_url": f"{localstripe.url}/js.stripe.com/v3/"}


@pytest.fixture
def settings(db_url: str, tmp_path: Path, localstripe: LocalStripe) -> Settings:
    """Production with Stripe as the gateway: a test module that imports this fixture gets its
    `rt` and `client` (tests/provider/conftest.py) against localstripe."""
    return make_settings(db_url, tmp_path / "data", **stripe_settings(localstripe))


@dataclass
class Customer:
    headers: dict[str, str]
    account_id: int
    address_id: int


def customer(client: TestClient, email: str) -> Customer:
    register_business(client, email=email)
    h = sign_in(client, email, "Muster-2026")
    acc = client.get(f"{API}/me", headers=h).json()["account"]["id"]
    addresses = client.get(f"{API}/accounts/{acc}/billing-addresses", headers=h).json()
    return Customer(h, acc, addresses[0]["id"])


def save_card(client: TestClient, ls: LocalStripe, c: Customer, number: str) -> dict[str, Any]:
    """What the client does: the provider starts a SetupIntent, the card goes to Stripe with the
    publishable key, the provider gets the SetupIntent's id."""
    r = client.post(f"{API}/accounts/{c.account_id}/card-setups", headers=c.headers)
    assert r.status_code == 201, r.text
    setup = r.json()
    assert setup["publishable_key"] == PUBLISHABLE_KEY
    confirmed = ls.confirm_card_setup(setup["client_secret"], number)
    assert confirmed.status_code == 200, confirmed.text
    if confirmed.json()["status"] == "requires_action":
        assert ls.complete_setup_authentication(setup["client_secret"]).json()["status"] == "succeeded"
    r = client.post(f"{API}/accounts/{c.account_id}/cards", headers=c.headers,
                    json={"token": setup["setup_intent_id"]})
    assert r.status_code == 201, r.text
    return r.json()


@dataclass
class Caught:
    body: bytes
    signature: str


@dataclass
class WebhookCatcher:
    """An HTTP endpoint localstripe sends its signed webhooks to, keeping them byte for byte."""

    url: str
    events: list[Caught] = field(default_factory=list)
    arrived: threading.Condition = field(default_factory=threading.Condition)

    def wait_for(self, needle: str, timeout: float = 15) -> Caught:
        def found() -> Caught | None:
            return next((e for e in self.events if needle.encode() in e.body), None)

        with self.arrived:
            self.arrived.wait_for(lambda: found() is not None, timeout=timeout)
        hit = found()
        assert hit is not None, f"no webhook mentioning {needle} within {timeout} s"
        return hit


@pytest.fixture
def webhooks(localstripe: LocalStripe) -> Iterator[WebhookCatcher]:
    holder: list[WebhookCatcher] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            catcher = holder[0]
            with catcher.arrived:
                catcher.events.append(Caught(body, self.headers.get("Stripe-Signature") or ""))
                catcher.arrived.notify_all()
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    holder.append(WebhookCatcher(f"http://127.0.0.1:{server.server_address[1]}/"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    localstripe.send_webhooks_to(holder[0].url, "catcher")
    yield holder[0]
    server.shutdown()
