"""Scale past one machine: two API processes and two job runners on one PostgreSQL database, as
two hosts behind the proxy with their timers would run. A client's session and a paying
request's idempotency key hold across hosts, and nothing is done twice: every due renewal is
booked once, every paid order provisioned once, every checkout retried on both hosts makes one
order and one payment. (Production takes no sandbox test cards, so everything here is paid
from prepaid credit; a card charged once under concurrency is test_exactly_once.py's.)"""

from __future__ import annotations

import subprocess
import threading
import time
from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from provider.db.models import (
    BillingAddress,
    JobStatus,
    LedgerEntry,
    Order,
    PrepaidSubscription,
)
from provider.runtime import Runtime
from provider.services import cart
from tests.provider.conftest import free_port
from tests.provider.money_fixtures import balance_and_sum, credit, customer, fast_runtime, subscription
from tests.provider.test_cli_serve import CLI, first_line, production_cli_env
from tests.provider.test_cli_workers import _wait_ready

API = "/api/v1"
HOSTS = 2
PASSES = 2  # each runner runs every job this often


@pytest.fixture
def shared(databases, tmp_path) -> Runtime:
    db = databases.get("postgresql", "multi_host")
    db.empty()
    yield from fast_runtime(db.url, tmp_path / "data")


def _count(rt: Runtime, model: type, *where: Any) -> int:
    with rt.sessions() as db:
        return db.scalar(select(func.count()).select_from(model).where(*where))


def test_two_api_hosts_and_two_job_runners_do_nothing_twice(shared, tmp_path):
    rt = shared
    with rt.sessions() as db:
        now = rt.clock.now(db)
    # Due work for the runners: renewals paid from credit.
    from_credit = [customer(rt, f"credit{n}@muster.example") for n in range(6)]
    for c in from_credit:
        credit(rt, c.account_id, "100.00", f"start-{c.account_id}")
    renewals = [subscription(rt, c.account_id, now - timedelta(minutes=1)) for c in from_credit]
    # Shoppers who will check out through both hosts at once, with one key each.
    shoppers = [customer(rt, f"shop{n}@muster.example") for n in range(3)]
    for c in shoppers:
        credit(rt, c.account_id, "1000.00", f"start-{c.account_id}")
        with rt.sessions() as db:
            cart.add_item(db, rt, c.account(rt), "pbx_business", 3, 1, None)

    env = production_cli_env(tmp_path)
    url = rt.settings.database_url or ""
    ports = [free_port() for _ in range(HOSTS)]
    hosts = [subprocess.Popen([CLI, "serve", "--db", url, "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for port in ports]
    try:
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        for host, base in zip(hosts, bases, strict=True):
            assert first_line(host).startswith("listening on http://")
            _wait_ready(base, host)
        orders = _check_out_on_both_hosts(bases, shoppers, rt)
        # The paid orders are due for provisioning now; both runners start at the same moment,
        # each running every job PASSES times, while the API hosts keep serving.
        with rt.sessions() as db:
            for order_id in orders:
                order = db.get(Order, order_id)
                assert order is not None and order.status == "paid"
                order.provisioning_due_at = now - timedelta(minutes=1)
            db.commit()
        runners = [subprocess.Popen(["sh", "-c", " && ".join([f"{CLI} run-jobs --db '{url}'"] * PASSES)],
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for _ in range(2)]
        outputs = [r.communicate(timeout=240) for r in runners]
        assert all(r.returncode == 0 for r in runners), outputs
        assert not [out for out, _ in outputs if "FAILED" in out], outputs
        for base in bases:  # the hosts stayed up and ready throughout
            assert httpx.get(f"{base}/readyz", timeout=10).json()["status"] == "ready"
    finally:
        for host in hosts:
            host.terminate()
            host.wait(timeout=30)

    # Each renewal once: period 2, one renewal entry.
    with rt.sessions() as db:
        subs = list(db.scalars(select(PrepaidSubscription).where(PrepaidSubscription.id.in_(renewals))))
    assert {s.period for s in subs} == {2} and all(s.ends_at > now for s in subs)
    assert _count(rt, LedgerEntry, LedgerEntry.kind == "renewal") == len(from_credit)
    for c in from_credit:
        assert balance_and_sum(rt, c.account_id)[0] == Decimal("78.60")  # 100 - 21.40, once
    # Each order provisioned once: one subscription each, on top of the renewed ones.
    with rt.sessions() as db:
        assert {db.get(Order, o).status for o in orders} == {"completed"}  # type: ignore[union-attr]
    assert _count(rt, PrepaidSubscription) == len(renewals) + len(orders)
    # One payment per checkout, however many hosts were asked: one debit beside the start credit.
    for c in shoppers:
        with rt.sessions() as db:
            entries = db.scalar(select(func.count()).where(LedgerEntry.account_id == c.account_id))
        assert entries == 2, c.account_id
    # Both runners counted their passes in one place.
    with rt.sessions() as db:
        runs = db.scalar(select(JobStatus.runs).where(JobStatus.job == "prolongation"))
    assert runs == 2 * PASSES


def _check_out_on_both_hosts(bases: list[str], shoppers: list, rt: Runtime) -> list[int]:
    """Each shopper signs in on the first host and sends one checkout, with one idempotency key,
    to every host at once (a client retrying through the proxy): one order each, the same answer."""
    order_ids = []
    for n, c in enumerate(shoppers):
        signed_in = httpx.post(f"{bases[0]}{API}/auth/sign-in", timeout=30,
                               json={"identifier": f"shop{n}@muster.example", "password": "Muster-2026"})
        assert signed_in.status_code == 200, signed_in.text
        headers = {"Authorization": f"Bearer {signed_in.json()['access_token']}",
                   "Idempotency-Key": f"checkout-{n}-0123456789"}
        with rt.sessions() as db:
            address = db.scalar(select(BillingAddress.id).where(BillingAddress.account_id == c.account_id))
        body = {"billing_address_id": address, "payment": {"method": "credit"}}
        answers: list[httpx.Response] = []
        barrier = threading.Barrier(2 * len(bases))
        path = f"{API}/accounts/{c.account_id}/checkout"

        def send(base: str, path: str = path, body: dict = body, headers: dict = headers,
                 answers: list = answers, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            answers.append(_post_as_the_client_does(base + path, body, headers))

        threads = [threading.Thread(target=send, args=(base,)) for base in bases * 2]
        for t in threads:
            t.start()
        for t in threads:
            t.join(90)
        assert len(answers) == 2 * len(bases) and {a.status_code for a in answers} == {201}, \
            [a.text for a in answers]
        assert len({a.json()["order"]["id"] for a in answers}) == 1
        order_ids.append(answers[0].json()["order"]["id"])
    assert _count(rt, Order) == len(shoppers)
    return order_ids


def _post_as_the_client_does(url: str, body: dict, headers: dict, tries: int = 5) -> httpx.Response:
    """Posts, and asks again with the same key after Retry-After while the answer is "busy", as
    the desktop client does: a host sends "busy" only before doing anything (shed, or no free
    database connection), and a freshly started host on a loaded machine may shed the second of
    two requests that arrive while it serves its first. Any other answer is final."""
    for _ in range(tries - 1):
        answer = httpx.post(url, json=body, headers=headers, timeout=60)
        if answer.status_code != 503 or not answer.json()["type"].endswith(":busy"):
            return answer
        time.sleep(float(answer.headers.get("Retry-After", "1")))
    return httpx.post(url, json=body, headers=headers, timeout=60)
