"""bench checkout: end-to-end checkouts per second over HTTP on PostgreSQL with the sandbox
gateway, and their p50/p99 latency.

Starts `switchboard-provider serve --sandbox --db postgresql://...` on a fresh database,
registers one account per thread (each with a saved test card), then each thread runs
checkouts: add a line to the cart, check out paying with the saved card (a new
Idempotency-Key each). The floor, measured in the same run on the same server and threads, is
a trivial authenticated GET /api/v1/me.

Goal: >= 20 checkouts/s with p99 < 500 ms on 2 cores. A checkout is two requests and four
short transactions (cart, order + pending payment, gateway charge, settlement with receipt
mail), so it costs several times the floor; 20/s is what a busy shop hour would never reach
from one provider process, and 500 ms keeps the desktop's pay button feeling immediate.

Usage: python bench/checkout.py [--checkouts N] [--threads T] [--pg URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
from _scratch_db import add_pg_option, scratch_database
from _verdict import verdict

API = "/api/v1"
GOAL_RATE = 20.0
GOAL_P99_MS = 500.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def start_provider(db_url: str, data_dir: str) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "SWITCHBOARD_DATA_DIR": data_dir}
    env.pop("SWITCHBOARD_TEST_CRASH_AFTER_CHARGE", None)
    exe = Path(sys.executable).with_name("switchboard-provider")
    proc = subprocess.Popen([str(exe), "serve", "--sandbox", "--db", db_url, "--port", "0"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("listening on "):
        proc.kill()
        raise SystemExit(f"provider did not start: {line!r}")
    return proc, line.split()[-1]


def register(base: str, n: int) -> dict[str, object]:
    """A business account of its own for thread n, signed in, with a saved card."""
    c = httpx.Client(base_url=base, timeout=30)
    email = f"bench{n}-{uuid.uuid4().hex[:6]}@bench.example"
    r = c.post(f"{API}/accounts", json={
        "kind": "business", "structure": "collective", "email": email, "password": "Bench-2026x",
        "name": "Bench", "country": "CH", "language": "en", "company_name": f"Bench {n} AG",
        "address": {"name": "Bench", "street": "Weg 1", "postal_code": "3000", "city": "Bern",
                    "country": "CH"}})
    r.raise_for_status()
    tok = c.post(f"{API}/auth/sign-in", json={"identifier": email, "password": "Bench-2026x"})
    h = {"Authorization": f"Bearer {tok.json()['access_token']}"}
    account = c.get(f"{API}/me", headers=h).json()["account"]["id"]
    card_token = c.post("/gateway/v1/tokens", json={"number": "4242424242424242", "exp_month": 12,
                                                    "exp_year": 2099, "cvc": "123"}).json()["token"]
    card = c.post(f"{API}/accounts/{account}/cards", json={"token": card_token}, headers=h).json()
    address = c.get(f"{API}/accounts/{account}/billing-addresses", headers=h).json()[0]["id"]
    return {"client": c, "h": h, "account": account, "card": card["id"], "address": address}


def run_threads(users: list[dict[str, object]], per_thread: int, work) -> tuple[float, list[float]]:
    latencies: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(users) + 1)

    def loop(u: dict[str, object]) -> None:
        mine = []
        barrier.wait()
        for i in range(per_thread):
            t0 = time.perf_counter()
            work(u, i)
            mine.append(time.perf_counter() - t0)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=loop, args=(u,)) for u in users]
    for t in threads:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    return time.perf_counter() - start, latencies


def me(u: dict[str, object], _: int) -> None:
    c: httpx.Client = u["client"]  # type: ignore[assignment]
    r = c.get(f"{API}/me", headers=u["h"])  # type: ignore[arg-type]
    assert r.status_code == 200, r.text


def buy(u: dict[str, object], _: int) -> None:
    c: httpx.Client = u["client"]  # type: ignore[assignment]
    h: dict[str, str] = u["h"]  # type: ignore[assignment]
    acc = u["account"]
    r = c.post(f"{API}/accounts/{acc}/cart/items", headers=h,
               json={"product": "terminal_t33g", "quantity": 1})
    assert r.status_code == 201, r.text
    r = c.post(f"{API}/accounts/{acc}/checkout", headers={**h, "Idempotency-Key": uuid.uuid4().hex},
               json={"billing_address_id": u["address"],
                     "payment": {"method": "card", "card_id": u["card"]}})
    assert r.status_code == 201 and r.json()["order"]["status"] == "paid", r.text


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkouts", type=int, default=400)
    parser.add_argument("--threads", type=int, default=4)
    add_pg_option(parser)
    args = parser.parse_args()

    with scratch_database(args.pg) as db_url:
        proc = None
        try:
            with tempfile.TemporaryDirectory() as data_dir:
                proc, base = start_provider(db_url, data_dir)
                users = [register(base, n) for n in range(args.threads)]
                per_thread = max(1, args.checkouts // args.threads)
                run_threads(users, 5, buy)  # warm up: imports, connection pool, caches
                floor_s, floor_lat = run_threads(users, per_thread * 2, me)
                shop_s, shop_lat = run_threads(users, per_thread, buy)
                floor_rate = len(floor_lat) / floor_s
                rate = len(shop_lat) / shop_s
                p50, p99 = percentile(shop_lat, 0.5) * 1000, percentile(shop_lat, 0.99) * 1000
                print(f"floor GET /me: {floor_rate:.1f} req/s, "
                      f"p50 {percentile(floor_lat, 0.5) * 1000:.1f} ms, "
                      f"p99 {percentile(floor_lat, 0.99) * 1000:.1f} ms ({len(floor_lat)} requests)")
                print(f"checkout (cart + pay with saved card): {rate:.1f} checkouts/s, p50 {p50:.1f} ms, "
                      f"p99 {p99:.1f} ms, mean {statistics.mean(shop_lat) * 1000:.1f} ms "
                      f"({len(shop_lat)} checkouts, {args.threads} threads)")
                print(f"ratio: one checkout costs {floor_rate / rate:.1f} x the floor request")
                ok = rate >= GOAL_RATE and p99 < GOAL_P99_MS
                return verdict("checkout", f"{rate:.1f} checkouts/s (goal >= {GOAL_RATE:.0f}, p99 "
                                           f"{p99:.0f} ms < {GOAL_P99_MS:.0f})", ok)
        finally:
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
