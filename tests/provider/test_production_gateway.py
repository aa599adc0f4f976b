"""Gateways are chosen by settings, never by accident: a provider without --sandbox and without
a configured real gateway refuses to start and says what to set; a production provider (here on
PostgreSQL, with Stripe played by localstripe) serves no /gateway/v1 and no /sandbox, refuses
the published test IBANs and test cards, and credits nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import httpx
import pytest

from provider.payments.registry import GatewayNotConfigured, gateway_problem, require_gateway
from provider.settings import Settings
from tests.provider.conftest import free_port, registration
from tests.provider.databases import Databases
from tests.provider.localstripe import (
    PUBLISHABLE_KEY,
    SECRET_KEY,
    WEBHOOK_SECRET,
    LocalStripe,
    localstripe,  # noqa: F401 - the fixture
)
from tests.provider.test_cli_serve import CLI, cli_env, first_line


def test_settings_name_what_is_missing() -> None:
    assert "--sandbox" in (gateway_problem(Settings(sandbox=False)) or "")
    assert "SWITCHBOARD_PAYMENT_GATEWAY=stripe" in (gateway_problem(Settings(sandbox=False)) or "")
    sandbox_in_production = gateway_problem(Settings(sandbox=False, payment_gateway="sandbox"))
    assert sandbox_in_production and "only with --sandbox" in sandbox_in_production
    half = gateway_problem(Settings(sandbox=False, payment_gateway="stripe",
                                    stripe_secret_key="sk_live_x"))
    assert half == ("SWITCHBOARD_PAYMENT_GATEWAY=stripe needs SWITCHBOARD_STRIPE_PUBLISHABLE_KEY, "
                    "SWITCHBOARD_STRIPE_WEBHOOK_SECRET.")
    assert gateway_problem(Settings(sandbox=True)) is None
    with pytest.raises(GatewayNotConfigured):
        require_gateway(Settings(sandbox=False))


@pytest.mark.parametrize("extra", [{}, {"SWITCHBOARD_PAYMENT_GATEWAY": "sandbox"},
                                   {"SWITCHBOARD_PAYMENT_GATEWAY": "stripe"}])
def test_serve_without_a_real_gateway_refuses_to_start(tmp_path: Path, extra: dict) -> None:
    done = subprocess.run([CLI, "serve", "--db", f"sqlite:///{tmp_path / 'p.sqlite3'}", "--port", "0"],
                          env={**cli_env(tmp_path), **extra}, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode != 0
    assert "not starting" in done.stderr and "SWITCHBOARD_" in done.stderr
    assert "listening" not in done.stdout
    assert not (tmp_path / "p.sqlite3").exists()  # refused before touching the database


def production_env(data_dir: Path, stripe_url: str) -> dict[str, str]:
    return {**cli_env(data_dir), "SWITCHBOARD_PAYMENT_GATEWAY": "stripe",
            "SWITCHBOARD_STRIPE_SECRET_KEY": SECRET_KEY,
            "SWITCHBOARD_STRIPE_PUBLISHABLE_KEY": PUBLISHABLE_KEY,
            "SWITCHBOARD_STRIPE_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "SWITCHBOARD_STRIPE_API_BASE": stripe_url}


def test_production_refuses_test_means_and_credits_nothing(
        databases: Databases, tmp_path: Path, localstripe: LocalStripe) -> None:  # noqa: F811
    url = databases.unmigrated_url("postgresql", "production")
    port = free_port()
    proc = subprocess.Popen([CLI, "serve", "--db", url, "--port", str(port)],
                            env=production_env(tmp_path, localstripe.url),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert first_line(proc) == f"listening on http://127.0.0.1:{port}\n"
        c = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
        card = {"number": "4242424242424242", "exp_month": 12, "exp_year": 2099, "cvc": "123"}
        assert c.post("/gateway/v1/tokens", json=card).status_code == 404
        assert c.get("/api/v1/sandbox/clock").status_code == 404
        assert c.post("/api/v1/sandbox/calls", json={}).status_code == 404
        assert c.post("/api/v1/accounts", json=registration(country="DE", address={
            "name": "Eva Muster", "street": "Weg 1", "postal_code": "10115", "city": "Berlin",
            "country": "DE", "company": "Muster GmbH"})).status_code == 202
        tok = c.post("/api/v1/auth/sign-in", json={"identifier": "eva@muster.example",
                                                   "password": "Muster-2026"}).json()["access_token"]
        h = {"Authorization": f"Bearer {tok}"}
        acc = c.get("/api/v1/me", headers=h).json()["account"]["id"]
        for iban in ("DE89 3704 0044 0532 0130 00", "DE02120300000000202051"):
            r = c.put(f"/api/v1/accounts/{acc}/sepa-mandate", headers=h,
                      json={"iban": iban, "holder": "Muster GmbH"})
            assert r.status_code == 422, r.text
            assert r.json()["errors"][0]["field"] == "iban"
            assert r.json()["errors"][0]["rule"] == "iban.test"
        assert c.get(f"/api/v1/accounts/{acc}/sepa-mandate", headers=h).json() is None
        # A sandbox token means nothing to the real gateway.
        r = c.post(f"/api/v1/accounts/{acc}/cards", headers=h, json={"token": "tok_sandbox_4242"})
        assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
        assert c.get(f"/api/v1/accounts/{acc}/cards", headers=h).json() == []
        assert c.get(f"/api/v1/accounts/{acc}/ledger", headers=h).json() == []  # nothing credited
    finally:
        proc.terminate()
        proc.wait(timeout=30)
