"""bench live: from a committed change to the desktop client's page model updated, with 500 idle
event streams held open on the same provider (`serve --workers 2` on PostgreSQL), and what an
idle client costs.

A fresh PostgreSQL database gets the demo data. 500 idle streams are opened over raw sockets by
the 57 demo customers (the reseller's and two business owners), spread over both workers by the
kernel (SO_REUSEPORT). One measured client is the desktop's own: desktop.live.LiveUpdates on an
ApiClient signed in as the Alpenblick owner, in a Qt event loop; each `changed` it delivers to
the UI thread appends a row to a Qt item model (what a page does on reload). The bench process
then commits 200 ledger entries for that account straight to the database, as a job on another
host would (NOTIFY reaches the workers' listeners), and takes the time from each commit to its
row. The floor, measured in the same run: p99 of GET /api/v1/me, one signed-in round trip.

Idle cost: the provider's request counter (/metrics) over an idle minute, divided by the 501
clients, in requests per minute per client.

Goal: p99 commit -> page model < 500 ms; idle cost < 1 request per minute per client.

Usage: python bench/live.py [--streams 500] [--events 200] [--idle 60] [--pg URL]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import httpx
from _provider import production_provider
from _scratch_db import add_pg_option, scratch_database
from _verdict import verdict

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

API = "/api/v1"
PASSWORD = "Switchboard-2026"
GOAL_P99_MS = 500.0
GOAL_IDLE_PER_MIN = 1.0
METRICS_TOKEN = "bench-live-metrics"
MEASURED = "owner@alpenblick.example"


def idle_clients() -> list[str]:
    return ([f"customer{i}@helvetia-reseller.example" for i in range(1, 56)]
            + ["owner@nordlicht.example", "anna.keller@example.ch"])


def sign_in(base: str, email: str) -> tuple[str, int]:
    r = httpx.post(f"{base}{API}/auth/sign-in", json={"identifier": email, "password": PASSWORD}, timeout=60)
    r.raise_for_status()
    token = r.json()["access_token"]
    me = httpx.get(f"{base}{API}/me", headers={"Authorization": f"Bearer {token}"}, timeout=30).json()
    return token, int(me["account"]["id"])


class IdleStreams:
    """Streams held open on raw sockets, read and thrown away (heartbeats), on one asyncio loop."""

    def __init__(self, port: int, clients: list[tuple[str, int]], count: int) -> None:
        self.port, self.clients, self.count = port, clients, count
        self.open = 0
        self.failed = 0
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self._open_all(), self.loop)

    async def _one(self, token: str, account_id: int) -> None:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
            writer.write((f"GET {API}/accounts/{account_id}/events HTTP/1.1\r\nHost: bench\r\n"
                          f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n").encode())
            await writer.drain()
            status = await reader.readline()
            if b" 200 " not in status:
                self.failed += 1
                return
            self.open += 1
            while await reader.read(4096):
                pass
        except OSError:
            self.failed += 1

    async def _open_all(self) -> None:
        tasks = []
        for i in range(self.count):
            token, account_id = self.clients[i % len(self.clients)]
            tasks.append(asyncio.ensure_future(self._one(token, account_id)))
            if i % 50 == 49:
                await asyncio.sleep(0.05)  # no thundering herd on the accept queues
        self.ready.set()
        await asyncio.gather(*tasks)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)


def requests_counted(base: str) -> float:
    text = httpx.get(f"{base}/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, timeout=30).text
    return sum(float(m.group(1)) for m in re.finditer(r"^switchboard_http_requests_total\{[^}]*\} (\S+)$",
                                                      text, re.MULTILINE))


def streams_open(base: str) -> float:
    text = httpx.get(f"{base}/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, timeout=30).text
    found = re.search(r"^switchboard_event_streams_open(?:\{[^}]*\})? (\S+)$", text, re.MULTILINE)
    return float(found.group(1)) if found else -1.0


def floor_p99(base: str, token: str, n: int = 200) -> float:
    times = []
    with httpx.Client(headers={"Authorization": f"Bearer {token}"}, timeout=30) as c:
        for _ in range(n):
            t0 = time.perf_counter()
            c.get(f"{base}{API}/me").raise_for_status()
            times.append((time.perf_counter() - t0) * 1000)
    return percentile(times, 99)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def commit_changes(db_url: str, account_id: int, count: int, gap_s: float, commits: list[float]) -> None:
    """Ledger entries for the account, one per transaction, committed straight to the database."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    import provider.events.capture  # noqa: F401 - the events of each commit, as in the provider
    from provider.db.models import Account
    from provider.services import ledger

    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    from datetime import UTC, datetime

    with Session(engine) as db:
        account = db.get(Account, account_id)
        for n in range(count):
            ledger.post(db, account, "top_up", Decimal("0.01"), "bench live", f"bench-live-{n}",
                        datetime.now(UTC))
            db.commit()
            commits.append(time.time())
            time.sleep(gap_s)
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--streams", type=int, default=500)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--idle", type=float, default=60.0)
    add_pg_option(parser)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from desktop.api_client import ApiClient, ConnectionSettings
    from desktop.live import STREAM, LiveUpdates

    app = QCoreApplication.instance() or QCoreApplication([])
    with scratch_database(args.pg) as db_url, production_provider(
            db_url, args.workers, metrics_token=METRICS_TOKEN) as base:
        port = int(base.rsplit(":", 1)[1])
        clients = [sign_in(base, email) for email in idle_clients()]
        idle = IdleStreams(port, clients, args.streams)
        idle.ready.wait(60)
        deadline = time.monotonic() + 60
        while idle.open + idle.failed < args.streams and time.monotonic() < deadline:
            time.sleep(0.2)
        print(f"idle streams: {idle.open} open, {idle.failed} refused or failed")

        client = ApiClient(ConnectionSettings(base))
        me = client.sign_in(MEASURED, PASSWORD)
        token, _ = sign_in(base, MEASURED)
        floor = floor_p99(base, token)
        live = LiveUpdates()
        model = QStandardItemModel()
        arrived: list[float] = []

        def changed(_kinds: object) -> None:
            model.appendRow(QStandardItem("balance"))  # what a page's reload ends in
            arrived.append(time.time())

        live.changed.connect(changed)
        live.start(client, me.account.id)
        wait_until(app, lambda: live.mode == STREAM, 30)
        print(f"streams open on the provider (all workers): {streams_open(base):.0f}")

        commits: list[float] = []
        writer = threading.Thread(target=commit_changes,
                                  args=(db_url, me.account.id, args.events, 0.025, commits))
        writer.start()
        wait_until(app, lambda: len(arrived) >= args.events and not writer.is_alive(), 120)
        writer.join()
        lat = [(a - c) * 1000 for a, c in zip(arrived, commits, strict=False)]
        p50, p99 = statistics.median(lat), percentile(lat, 99)
        print(f"commit -> page model ({len(lat)} of {args.events} events, {idle.open} idle streams): "
              f"p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {max(lat):.1f} ms; floor GET /me p99 {floor:.1f} ms")

        before = requests_counted(base)
        t0 = time.monotonic()
        timer = QTimer()
        timer.start(200)
        wait_until(app, lambda: time.monotonic() - t0 >= args.idle, args.idle + 5)
        after = requests_counted(base)
        # The two scrapes are requests too (the second counts itself after answering, or not).
        idle_requests = max(0.0, after - before - 1)
        per_min = idle_requests / (idle.open + 1) / (args.idle / 60)
        print(f"idle: {idle_requests:.0f} requests in {args.idle:.0f} s from {idle.open + 1} clients "
              f"= {per_min:.3f} per minute per client (a stream is reopened once per access token, "
              f"15 min: 0.13 per minute with its token renewal)")
        live.stop()
        client.close()
        idle.stop()
        ok = (p99 < GOAL_P99_MS and per_min < GOAL_IDLE_PER_MIN and len(lat) == args.events
              and idle.open == args.streams)
        return verdict("live", f"{p99:.0f} ms p99 (goal < {GOAL_P99_MS:.0f}), idle {per_min:.2f} "
                               f"req/min/client (goal < {GOAL_IDLE_PER_MIN:.0f})", ok)


def wait_until(app: object, done: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)


if __name__ == "__main__":
    sys.exit(main())
