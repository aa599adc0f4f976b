"""Fixtures for every provider test: both databases, a sandbox runtime and app, demo data, a real
SMTP server, and small helpers for the calls most tests make."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient

from provider.api.app import create_app
from provider.runtime import Runtime
from provider.seed import DEMO_PASSWORD, seed_demo
from provider.settings import Settings
from tests.provider.databases import BACKENDS, Databases

API = "/api/v1"


# --- databases ---------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    dbs = Databases(tmp_path_factory.mktemp("databases"), worker)
    yield dbs
    dbs.close()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, databases: Databases) -> str:
    """A migrated, empty database; every provider test runs once on SQLite, once on PostgreSQL."""
    db = databases.get(request.param)
    db.empty()
    return db.url


# Production mode needs a real gateway configured; tests that never charge a card point it at a
# port where nothing listens (tests that charge start localstripe: tests/provider/localstripe.py).
PRODUCTION_GATEWAY: dict[str, Any] = {
    "payment_gateway": "stripe", "stripe_secret_key": "sk_test_unused",
    "stripe_publishable_key": "pk_test_unused", "stripe_webhook_secret": "whsec_unused",
    "stripe_api_base": "http://127.0.0.1:9"}


TEST_VOIP_KEY = "ZmRzZmRzZmRzZmRzZmRzZmRzZmRzZmRzZmRzZmRzZmQ="  # a valid Fernet key, tests only


def make_settings(db_url: str, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"sandbox": True, "database_url": db_url, "data_dir": data_dir}
    values.update(overrides)
    if not values["sandbox"]:
        # Production never invents secrets, so its tests bring a VoIP key as an operator would.
        values = {**PRODUCTION_GATEWAY, "voip_key": TEST_VOIP_KEY, **values}
    return Settings(**values)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return make_settings(db_url, tmp_path / "data")


@pytest.fixture
def rt(settings: Settings) -> Iterator[Runtime]:
    runtime = Runtime.create(settings)
    yield runtime
    runtime.close()


@pytest.fixture
def client(rt: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime=rt)) as c:
        yield c


@pytest.fixture
def seeded(rt: Runtime) -> list:
    """The demo accounts (see provider.seed); returns the demo sign-ins."""
    return seed_demo(rt)


# --- SMTP --------------------------------------------------------------------------------------

class CollectingHandler:
    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self.arrived = threading.Condition()

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        with self.arrived:
            self.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos),
                                  "data": envelope.content.decode("utf-8", "replace")})
            self.arrived.notify_all()
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 10) -> list[dict[str, Any]]:
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.messages) >= count, timeout=timeout)
        return list(self.messages)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def smtp_relay(handler: CollectingHandler, **options: Any) -> Iterator[int]:
    """A real SMTP server (aiosmtpd) on a free loopback port, answered by `handler`, with
    aiosmtpd's Controller `options` (TLS, authentication); yields the port, stops afterwards."""
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[tuple[CollectingHandler, int]]:
    """A real SMTP server on loopback; yields (handler with .messages, port)."""
    handler = CollectingHandler()
    with smtp_relay(handler) as port:
        yield handler, port


@pytest.fixture
def settings_smtp(db_url: str, tmp_path: Path, smtp_server: tuple[CollectingHandler, int]) -> Settings:
    """Production mode (sandbox off): mail goes over SMTP to the test server."""
    _, port = smtp_server
    return make_settings(db_url, tmp_path / "data", sandbox=False, smtp_host="127.0.0.1",
                         smtp_port=port)


# --- helpers -----------------------------------------------------------------------------------

def sign_in(client: TestClient, identifier: str, password: str = DEMO_PASSWORD) -> dict[str, str]:
    """Signs in and returns the Authorization header."""
    r = client.post(f"{API}/auth/sign-in", json={"identifier": identifier, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def tokens(client: TestClient, identifier: str, password: str = DEMO_PASSWORD) -> dict[str, Any]:
    r = client.post(f"{API}/auth/sign-in", json={"identifier": identifier, "password": password})
    assert r.status_code == 200, r.text
    return r.json()


def bearer(access_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {access_token}"}


def address(**overrides: Any) -> dict[str, Any]:
    values = {"name": "Eva Muster", "street": "Dorfstrasse 1", "postal_code": "3000",
              "city": "Bern", "country": "CH"}
    values.update(overrides)
    return values


def registration(**overrides: Any) -> dict[str, Any]:
    """A valid business collective registration body; override any field."""
    values: dict[str, Any] = {
        "kind": "business", "structure": "collective", "email": "eva@muster.example",
        "password": "Muster-2026", "name": "Eva Muster", "country": "CH", "language": "en",
        "company_name": "Muster GmbH", "address": address(company="Muster GmbH"),
    }
    values.update(overrides)
    return values


def register_business(client: TestClient, **overrides: Any) -> dict[str, Any]:
    """Registers an account (business collective by default) and returns its owner's /me (the
    registration's own answer says nothing about the account: it must not tell a new address
    from a known one)."""
    values = registration(**overrides)
    r = client.post(f"{API}/accounts", json=values)
    assert r.status_code == 202, r.text
    me = client.get(f"{API}/me", headers=sign_in(client, values["email"], values["password"]))
    assert me.status_code == 200, me.text
    return me.json()


def mailbox(client: TestClient, to: str | None = None) -> list[dict[str, Any]]:
    """The sandbox mailbox, newest first, each mail with its body."""
    params = {"to": to} if to else {}
    r = client.get(f"{API}/sandbox/mailbox", params=params)
    assert r.status_code == 200, r.text
    return [client.get(f"{API}/sandbox/mailbox/{m['id']}").json() for m in r.json()]


def advance(client: TestClient, **delta: int) -> str:
    r = client.post(f"{API}/sandbox/clock/advance", json=delta)
    assert r.status_code == 200, r.text
    return r.json()["now"]


def link_token(body: str, kind: str) -> str:
    """The token of the first `switchboard://<kind>?token=...` link in a mail body."""
    import re

    match = re.search(rf"switchboard://{re.escape(kind)}\?token=([A-Za-z0-9_\-]+)", body)
    assert match, f"no {kind} link in: {body!r}"
    return match.group(1)


@pytest.fixture
def me() -> Callable[[TestClient, dict[str, str]], dict[str, Any]]:
    def _me(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
        r = client.get(f"{API}/me", headers=headers)
        assert r.status_code == 200, r.text
        return r.json()

    return _me
