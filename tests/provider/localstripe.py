"""localstripe (PyPI), a fake but stateful Stripe server, started as a real process on a free
port for the tests of the Stripe gateway, and what a browser would do against it.

What localstripe does not do, and so no test here can show (docs/operations.md lists it too):
- it ignores Idempotency-Key headers: a second create with the same key makes a second object.
  Our adapter records each intent before reporting a charge (stripe_intents), so a provider
  that died after the charge asks about that intent; the one create call itself is guarded
  only by Stripe's idempotency, which localstripe cannot show;
- there is no hosted 3-D Secure page or `redirect_to_url` next action: authentication is its
  own endpoint (`POST /v1/payment_intents/{id}/_authenticate`), which its Stripe.js stand-in
  calls after a "Complete / Fail authentication" dialog. `authenticate()` below makes that call,
  as the customer's browser would;
- SetupIntents needing authentication complete on a second confirm with the client secret;
- it accepts any `sk_`/`pk_` key, and signs webhooks (Stripe-Signature, HMAC-SHA256) with the
  secret registered through its `/_config/webhooks` endpoint.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.provider.conftest import free_port

SECRET_KEY = "sk_test_switchboard"
PUBLISHABLE_KEY = "pk_test_switchboard"
WEBHOOK_SECRET = "whsec_switchboard_test"


@dataclass(frozen=True)
class LocalStripe:
    url: str
    process: subprocess.Popen[bytes]

    def confirm_card_setup(self, client_secret: str, number: str, exp_month: int = 12,
                           exp_year: int = 2030, cvc: str = "123") -> httpx.Response:
        """What the client does to save a card: confirm the SetupIntent with the publishable key
        and the card; the provider never sees the number."""
        seti = client_secret.split("_secret_")[0]
        return httpx.post(f"{self.url}/v1/setup_intents/{seti}/confirm", data={
            "key": PUBLISHABLE_KEY, "client_secret": client_secret,
            "payment_method_data[type]": "card", "payment_method_data[card][number]": number,
            "payment_method_data[card][exp_month]": str(exp_month),
            "payment_method_data[card][exp_year]": str(exp_year),
            "payment_method_data[card][cvc]": cvc})

    def complete_setup_authentication(self, client_secret: str) -> httpx.Response:
        seti = client_secret.split("_secret_")[0]
        return httpx.post(f"{self.url}/v1/setup_intents/{seti}/confirm",
                          data={"key": PUBLISHABLE_KEY, "client_secret": client_secret})

    def authenticate_setup(self, client_secret: str, success: bool) -> httpx.Response:
        """The customer completes (or fails) 3-D Secure for a card being saved: localstripe's
        Stripe.js confirms the SetupIntent again, or cancels it."""
        if success:
            return self.complete_setup_authentication(client_secret)
        seti = client_secret.split("_secret_")[0]
        return httpx.post(f"{self.url}/v1/setup_intents/{seti}/cancel",
                          data={"key": PUBLISHABLE_KEY, "client_secret": client_secret})

    def authenticate(self, client_secret: str, success: bool) -> httpx.Response:
        """The customer completes (or fails) 3-D Secure in the browser."""
        pi = client_secret.split("_secret_")[0]
        return httpx.post(f"{self.url}/v1/payment_intents/{pi}/_authenticate",
                          params={"success": "true" if success else "false"},
                          data={"key": PUBLISHABLE_KEY, "client_secret": client_secret})

    def send_webhooks_to(self, url: str, name: str = "switchboard") -> None:
        r = httpx.post(f"{self.url}/_config/webhooks/{name}",
                       data={"url": url, "secret": WEBHOOK_SECRET})
        r.raise_for_status()

    def get(self, path: str) -> dict:
        r = httpx.get(f"{self.url}{path}", auth=(SECRET_KEY, ""))
        r.raise_for_status()
        return r.json()


def start_localstripe() -> LocalStripe:
    port = free_port()
    # localstripe pickles its store to a fixed /tmp file on every change; it is never read back
    # with --from-scratch, so parallel servers do not see each other's objects.
    proc = subprocess.Popen([sys.executable, "-m", "localstripe", "--port", str(port),
                             "--from-scratch"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"localstripe exited with {proc.returncode}")
        try:
            httpx.get(f"{url}/v1/customers", auth=(SECRET_KEY, ""), timeout=1)
            return LocalStripe(url, proc)
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("localstripe did not start within 30 s")


@pytest.fixture(scope="session")
def localstripe() -> Iterator[LocalStripe]:
    server = start_localstripe()
    yield server
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
