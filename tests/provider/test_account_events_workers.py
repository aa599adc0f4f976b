"""Events across worker processes (PostgreSQL): a change made through one API process reaches a
stream held by another, by LISTEN/NOTIFY alone."""

from __future__ import annotations

import subprocess

import httpx
import pytest
from sqlalchemy import select

from provider.db.models import User
from provider.seed import DEMO_PASSWORD, seed_demo
from tests.provider.conftest import API, free_port
from tests.provider.event_support import StreamReader
from tests.provider.money_fixtures import fast_runtime
from tests.provider.test_cli_serve import CLI, cli_env, first_line
from tests.provider.test_cli_workers import _wait_ready

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def shared(databases, tmp_path):
    db = databases.get("postgresql", "event_workers")
    db.empty()
    yield from fast_runtime(db.url, tmp_path / "data")


def _sign_in(base: str, email: str) -> str:
    r = httpx.post(f"{base}{API}/auth/sign-in", json={"identifier": email, "password": DEMO_PASSWORD},
                   timeout=30)
    assert r.status_code == 200, r.text
    return r.json()["access_token"]


def test_a_change_through_worker_a_reaches_a_stream_on_worker_b(shared, tmp_path):
    rt = shared
    seed_demo(rt)
    with rt.sessions() as db:
        account = db.scalar(select(User.account_id).where(User.email == "owner@alpenblick.example"))
        tech = db.scalar(select(User.id).where(User.email == "tech@alpenblick.example"))
    ports = [free_port(), free_port()]
    env = cli_env(tmp_path / "cli")
    # One after the other: each sandbox process completes the demo data on start.
    hosts: list[subprocess.Popen] = []
    try:
        a, b = (f"http://127.0.0.1:{p}" for p in ports)
        for port, base in zip(ports, (a, b), strict=True):
            host = subprocess.Popen([CLI, "serve", "--sandbox", "--db", rt.settings.database_url or "",
                                     "--port", str(port)], env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE)
            hosts.append(host)
            line = first_line(host)
            assert line.startswith("listening on http://"), host.stderr.read().decode()[-3000:]
            _wait_ready(base, host)
        on_b = StreamReader(b, account, _sign_in(b, "viewer@alpenblick.example"))
        start = on_b.next()
        assert start.kind == "ready"
        owner = {"Authorization": f"Bearer {_sign_in(a, 'owner@alpenblick.example')}"}
        r = httpx.patch(f"{a}{API}/accounts/{account}/users/{tech}", headers=owner, json={"role": "viewer"},
                        timeout=30)
        assert r.status_code == 200, r.text
        got = on_b.next(timeout=10)
        assert (got.kind, got.id, got.data) == ("users_changed", start.id + 1, {"user_id": tech})
        # And the other way round: a role change back through B reaches a stream on A.
        on_a = StreamReader(a, account, _sign_in(a, "viewer@alpenblick.example"))
        on_a.next()
        owner_b = {"Authorization": f"Bearer {_sign_in(b, 'owner@alpenblick.example')}"}
        assert httpx.patch(f"{b}{API}/accounts/{account}/users/{tech}", headers=owner_b,
                           json={"role": "technical"}, timeout=30).status_code == 200
        assert on_a.next(timeout=10).kind == "users_changed"
        on_a.close()
        on_b.close()
    finally:
        for host in hosts:
            host.terminate()
        for host in hosts:
            host.wait(20)
