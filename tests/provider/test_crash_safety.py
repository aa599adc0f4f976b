"""Crash safety: a real `switchboard-provider serve` dies right after the gateway charged and
before it recorded the charge (SWITCHBOARD_TEST_CRASH_AFTER_CHARGE). After a restart, the
retried request (on SQLite) or the stale-payment job (on PostgreSQL) pays the order once, with
the one charge the gateway made, the ledger balances, and retries answer the same."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from provider.db.models import GatewayCharge, LedgerEntry, Order, Payment
from provider.seed import DEMO_PASSWORD
from tests.provider.databases import BACKENDS, Databases

API = "/api/v1"


@contextmanager
def provider(db_url: str, data_dir: Path, crash: bool,
             **settings: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """`settings`: more SWITCHBOARD_… variables (another payment gateway)."""
    env = {**os.environ, "SWITCHBOARD_DATA_DIR": str(data_dir), "SWITCHBOARD_ARGON2_TIME_COST": "1",
           "SWITCHBOARD_ARGON2_MEMORY_KIB": "8192", **settings}
    env.pop("SWITCHBOARD_TEST_CRASH_AFTER_CHARGE", None)
    if crash:
        env["SWITCHBOARD_TEST_CRASH_AFTER_CHARGE"] = "1"
    exe = Path(sys.executable).with_name("switchboard-provider")
    proc = subprocess.Popen([str(exe), "serve", "--sandbox", "--db", db_url, "--port", "0"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("listening on "), line
        yield line.split()[-1], proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)


@pytest.mark.parametrize("backend", BACKENDS)
def test_crash_after_the_charge_then_retry_pays_once(backend: str, databases: Databases,
                                                      tmp_path: Path) -> None:
    db = databases.get(backend, "crash")
    db.empty()
    key = "crash-key-1"
    with provider(db.url, tmp_path, crash=True) as (base, proc):
        c = httpx.Client(base_url=base, timeout=30)
        tok = c.post(f"{API}/auth/sign-in", json={"identifier": "owner@alpenblick.example",
                                                  "password": DEMO_PASSWORD}).json()["access_token"]
        h = {"Authorization": f"Bearer {tok}"}
        me = c.get(f"{API}/me", headers=h).json()
        acc = me["account"]["id"]
        # The demo data has orders and payments of its own; this test looks only at what its
        # checkout makes.
        seed_engine = create_engine(db.url)
        with Session(seed_engine) as s:
            first_order = (s.scalar(select(func.max(Order.id))) or 0) + 1
            first_payment = (s.scalar(select(func.max(Payment.id))) or 0) + 1
        seed_engine.dispose()
        mine_o, mine_p = Order.id >= first_order, Payment.id >= first_payment
        address = c.get(f"{API}/accounts/{acc}/billing-addresses", headers=h).json()[0]["id"]
        card_tok = c.post("/gateway/v1/tokens", json={"number": "4242424242424242", "exp_month": 12,
                                                      "exp_year": 2099, "cvc": "123"}).json()["token"]
        card = c.post(f"{API}/accounts/{acc}/cards", json={"token": card_tok}, headers=h).json()
        c.post(f"{API}/accounts/{acc}/cart/items", headers=h,
               json={"product": "prepaid_credit", "amount": "150.00"})
        c.post(f"{API}/accounts/{acc}/cart/items", headers=h,
               json={"product": "terminal_t33g", "quantity": 1})
        body = {"billing_address_id": address, "payment": {"method": "card", "card_id": card["id"]}}
        with pytest.raises(httpx.TransportError):
            c.post(f"{API}/accounts/{acc}/checkout", json=body, headers={**h, "Idempotency-Key": key})
        assert proc.wait(timeout=10) == 70  # died in the hook, right after the charge

    engine = create_engine(db.url)
    with Session(engine) as s:  # the charge happened; the provider recorded nothing of it yet
        assert s.scalar(select(func.count()).select_from(GatewayCharge)) == 1
        assert s.scalar(select(Order.status).where(mine_o)) == "pending"
        assert s.scalar(select(Payment.status).where(mine_p)) == "pending"

    with provider(db.url, tmp_path, crash=False) as (base, _):
        c = httpx.Client(base_url=base, timeout=30)
        if backend == "postgresql":
            # Recovery without the client: the stale-payment job (run when the clock moves, or
            # by run-jobs) asks the gateway with the same key and settles the payment.
            assert c.post(f"{API}/sandbox/clock/advance", json={"minutes": 3}).status_code == 200
            with Session(engine) as s:
                assert s.scalar(select(Order.status).where(mine_o)) in ("paid", "provisioning")
            tok = c.post(f"{API}/auth/sign-in", json={"identifier": "owner@alpenblick.example",
                                                      "password": DEMO_PASSWORD}).json()["access_token"]
            h = {"Authorization": f"Bearer {tok}"}
        r = c.post(f"{API}/accounts/{acc}/checkout", json=body, headers={**h, "Idempotency-Key": key})
        assert r.status_code == 201, r.text
        assert r.json()["order"]["status"] == "paid"
        again = c.post(f"{API}/accounts/{acc}/checkout", json=body,
                       headers={**h, "Idempotency-Key": key})
        assert again.status_code == 201 and again.json() == r.json()
        gross = r.json()["order"]["gross"]  # 150.00 + 89.00 = 239.00 + 8.1 % = 258.36
        assert gross == "258.36"

    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(GatewayCharge)) == 1
        assert s.scalar(select(func.count()).select_from(Order).where(mine_o)) == 1
        paid = s.scalars(select(Payment.amount).where(mine_p, Payment.status == "succeeded"))
        assert [str(x) for x in paid] == [gross]
        entries = [str(x) for x in s.scalars(select(LedgerEntry.amount).where(LedgerEntry.account_id == acc))]
        assert entries == ["150.00"]  # the credit, booked once
    engine.dispose()
