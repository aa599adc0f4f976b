"""Running the provider (provider/operations/): request ids and the access log, security
headers, the API description off in production, /healthz, /readyz and /metrics, load shedding,
and reads that never wait for a connection behind writes."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from provider.api.app import create_app
from provider.db.models import OutboxMail
from provider.jobs import status
from provider.jobs.due import run_due_jobs
from provider.operations.logs import JsonFormatter
from provider.operations.shedding import LoadShedding
from provider.runtime import Runtime
from tests.provider.conftest import API, make_settings, sign_in

TOKEN = "metrics-token-for-tests"


def _app(db_url: str, tmp_path: Path, **overrides: object) -> tuple[Runtime, TestClient]:
    rt = Runtime.create(make_settings(db_url, tmp_path / "data", **overrides))
    return rt, TestClient(create_app(runtime=rt))


def test_every_answer_carries_a_request_id_the_client_may_choose(client):
    chosen = client.get(f"{API}/catalog", headers={"X-Request-ID": "desk-0123456789abcdef"})
    assert chosen.headers["x-request-id"] == "desk-0123456789abcdef"
    made = {client.get(f"{API}/catalog").headers["x-request-id"] for _ in range(3)}
    assert len(made) == 3 and all(len(i) == 32 for i in made)
    # An id that could forge a log line (or is too long) is replaced, not echoed.
    for forged in ("abc\r\nx: y", "a" * 65, "short"):
        answer = client.get(f"{API}/catalog", headers={"X-Request-ID": forged})
        assert answer.headers["x-request-id"] != forged
    # Errors too, 404 without a route and 401 alike.
    assert client.get("/nowhere").headers["x-request-id"]
    assert client.get(f"{API}/me").headers["x-request-id"]


class _JsonLines(logging.Handler):
    """Formats each record as it is emitted, while its request's id is still bound."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[dict] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(json.loads(JsonFormatter().format(record)))


@pytest.fixture
def json_lines():
    handler = _JsonLines()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield handler.lines
    root.removeHandler(handler)
    root.setLevel(level)


def test_one_json_access_log_line_per_request_with_its_id(db_url, tmp_path, json_lines):
    rt, client = _app(db_url, tmp_path, access_log=True)
    logging.getLogger("switchboard.access").setLevel(logging.INFO)
    with client:
        ids = [client.get(f"{API}/accounts/7", headers={"X-Request-ID": f"request-{n:04d}"})
               .headers["x-request-id"] for n in range(3)]
        ids.append(client.get(f"{API}/catalog").headers["x-request-id"])
    rt.close()
    lines = [line for line in json_lines if line["logger"] == "switchboard.access"]
    assert [line["request_id"] for line in lines] == ids
    for line in lines[:3]:
        assert line["method"] == "GET" and line["path"] == f"{API}/accounts/7"
        assert line["route"] == f"{API}/accounts/{{account_id}}" and line["status"] == 401
        assert line["duration_ms"] >= 0 and line["level"] == "info" and line["time"].endswith("+00:00")
    assert lines[3]["status"] == 200 and lines[3]["route"] == f"{API}/catalog"


def test_log_lines_written_on_a_worker_thread_carry_the_request_id(json_lines):
    """Writes run on worker threads; the id follows the request there (anyio copies the context)."""
    from starlette.concurrency import run_in_threadpool

    from provider.operations import request_ids

    async def request() -> None:
        token = request_ids.bind("thread-request-01")
        try:
            await run_in_threadpool(logging.getLogger("provider.test").warning, "on a thread")
        finally:
            request_ids.unbind(token)

    asyncio.run(request())
    logging.getLogger("provider.test").warning("outside any request")
    mine = [line for line in json_lines if line["logger"] == "provider.test"]
    assert mine[0]["request_id"] == "thread-request-01" and mine[0]["message"] == "on a thread"
    assert "request_id" not in mine[1]


def test_security_headers_and_no_store_on_signed_in_answers(client, seeded):
    anonymous = client.get(f"{API}/catalog")
    assert anonymous.headers["x-content-type-options"] == "nosniff"
    assert anonymous.headers["x-frame-options"] == "DENY"
    assert "strict-transport-security" not in anonymous.headers  # plain HTTP
    assert "no-store" not in anonymous.headers.get("cache-control", "")
    headers = sign_in(client, seeded[0].identifier)
    me = client.get(f"{API}/me", headers=headers)
    assert me.headers["cache-control"] == "no-store"
    account = me.json()["account"]["id"]
    invoices = client.get(f"{API}/accounts/{account}/invoices?limit=1", headers=headers)
    assert invoices.headers["cache-control"] == "private, no-cache"  # revalidated with its ETag


def test_hsts_when_the_request_came_over_tls(rt):
    with TestClient(create_app(runtime=rt), base_url="https://provider.example:8444") as tls:
        assert tls.get(f"{API}/catalog").headers["strict-transport-security"] == "max-age=31536000"


@pytest.mark.parametrize("sandbox, api_docs, shown", [(True, None, True), (False, None, False),
                                                      (False, True, True), (True, False, False)])
def test_the_api_description_is_off_in_production_unless_enabled(db_url, tmp_path, sandbox, api_docs, shown):
    rt, client = _app(db_url, tmp_path, sandbox=sandbox, api_docs=api_docs)
    with client:
        for path in ("/openapi.json", "/docs", "/redoc"):
            assert (client.get(path).status_code == 200) is shown, path
    rt.close()


def test_health_and_readiness(db_url, tmp_path):
    rt, client = _app(db_url, tmp_path, sandbox=False, ready_job_lag_seconds=600,
                      ready_mail_age_seconds=900)
    with client:
        assert client.get("/healthz").json() == {"status": "up"}
        ready = client.get("/readyz")
        assert ready.status_code == 503  # no job run has finished yet
        checks = ready.json()["checks"]
        assert checks["database"]["ok"] and checks["migrations"]["ok"] and checks["mail"]["ok"]
        assert not checks["jobs"]["ok"] and "run-jobs" in checks["jobs"]["detail"]
        status.record(rt.sessions, [status.Run("provisioning", 0.01, 0)])
        assert client.get("/readyz").status_code == 200
        # A mail that waits longer than the bound: mail is not going out.
        with rt.sessions() as db:
            db.add(OutboxMail(kind="test", to_address="x@example.com", subject="s", body="b",
                              created_at=datetime.now(UTC) - timedelta(hours=1), attempts=1))
            db.commit()
        ready = client.get("/readyz")
        assert ready.status_code == 503 and not ready.json()["checks"]["mail"]["ok"]
        assert "1 waiting" in ready.json()["checks"]["mail"]["detail"]
    rt.close()


def test_readiness_fails_on_a_schema_behind_this_code(databases, tmp_path):
    from provider.db.migrate import upgrade

    url = databases.unmigrated_url("sqlite", "behind")
    upgrade(url, "0005")
    rt, client = _app(url, tmp_path, sandbox=True)
    with client:
        ready = client.get("/readyz")
    rt.close()
    assert ready.status_code == 503
    assert "migrate" in ready.json()["checks"]["migrations"]["detail"]


def _scrape(client: TestClient) -> dict[str, float]:
    answer = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/plain")
    values = {}
    for line in answer.text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            values[name] = float(value)
    return values


def test_metrics_need_their_token_and_count_by_route_template(db_url, tmp_path):
    rt, client = _app(db_url, tmp_path, metrics_token=TOKEN)
    with client:
        assert client.get("/metrics").status_code == 401
        assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
        before = _scrape(client)
        for account in (1, 2, 3):
            client.get(f"{API}/accounts/{account}")
        client.get(f"{API}/catalog")
        after = _scrape(client)
        run_due_jobs(rt)
        time.sleep(1.1)  # scrapes within a second share one reading of the database
        jobs = _scrape(client)
    rt.close()
    route = f"{API}/accounts/{{account_id}}"
    key = f'switchboard_http_requests_total{{method="GET",route="{route}",status="401"}}'
    assert after[key] - before.get(key, 0) == 3
    latency = f'switchboard_http_request_duration_seconds_count{{method="GET",route="{API}/catalog"}}'
    assert after[latency] - before.get(latency, 0) == 1
    assert after["switchboard_database_up"] == 1 and "switchboard_mail_queue_depth" in after
    assert "switchboard_http_requests_in_flight" in after and "switchboard_event_streams_open" in after
    assert "switchboard_password_hashes_waiting" in after
    assert jobs['switchboard_job_runs_total{job="invoice run",outcome="ok"}'] >= 1
    assert jobs['switchboard_job_duration_seconds_count{job="invoice run"}'] >= 1


def test_metrics_are_absent_without_a_token(client):
    assert client.get("/metrics").status_code == 404


class _Held:
    """An ASGI app whose requests wait until released, to fill a worker."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started = 0

    async def __call__(self, scope, receive, send) -> None:
        self.started += 1
        await self.release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"done"})


async def _call(app, path: str) -> list[dict]:
    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    await app({"type": "http", "path": path, "method": "GET", "headers": []}, receive, send)
    return sent


def test_load_shedding_refuses_beyond_the_limit_at_once_and_recovers():
    async def scenario() -> None:
        inner = _Held()
        shedding = LoadShedding(inner, limit=2, retry_after=1, max_wait=5)

        def call(path: str):
            return _call(shedding, path)

        held = [asyncio.create_task(call(f"{API}/me")) for _ in range(2)]
        await asyncio.sleep(0.01)
        started = time.perf_counter()
        refused = await call(f"{API}/me")
        assert time.perf_counter() - started < 0.05  # at once, not after the held ones
        assert refused[0]["status"] == 503 and (b"retry-after", b"1") in refused[0]["headers"]
        body = json.loads(refused[1]["body"])
        assert body["type"] == "urn:switchboard:problem:busy" and body["status"] == 503
        probe = asyncio.create_task(call("/healthz"))  # monitoring is never refused
        await asyncio.sleep(0.01)
        assert inner.started == 3
        inner.release.set()
        await asyncio.gather(*held, probe)
        assert shedding.in_flight == 0
        inner.release = asyncio.Event()
        inner.release.set()
        assert (await call(f"{API}/me"))[0]["status"] == 200  # admitted again once they ended

    asyncio.run(scenario())


def test_load_shedding_refuses_a_request_whose_turn_comes_too_late():
    """Reads block the loop while they run: held requests start one at a time, and one whose
    turn comes after more than max_wait is refused then, not started late."""
    started: list[float] = []

    async def read(scope, receive, send) -> None:
        started.append(time.perf_counter())
        time.sleep(0.1)  # a read on the event loop: nothing else runs meanwhile
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"done"})

    async def scenario() -> None:
        shedding = LoadShedding(read, limit=10, retry_after=1, max_wait=0.05)
        answers = await asyncio.gather(*(_call(shedding, f"{API}/me") for _ in range(3)))
        assert [a[0]["status"] for a in answers] == [200, 503, 503]
        assert len(started) == 1  # refused when their turn came, not started late
        assert shedding.in_flight == 0
        assert (await _call(shedding, f"{API}/me"))[0]["status"] == 200  # a fresh request starts

    asyncio.run(scenario())


def test_a_read_answers_while_writes_hold_every_write_connection(db_url, tmp_path):
    """Forty writes wait on a lock, holding all 30 connections of the writers' pool (and ten
    more waiting for one). A read on the event loop still answers at once: before reads had a
    pool of their own, it waited for the pool's 30 s with the whole worker's loop stopped."""
    rt, client = _app(db_url, tmp_path, max_in_flight=64)
    from provider.seed import seed_demo

    seed_demo(rt)
    holder = create_engine(rt.settings.resolved_database_url().replace("postgresql://", "postgresql+psycopg://"))
    with client:
        headers = sign_in(client, "owner@alpenblick.example")
        account = client.get(f"{API}/me", headers=headers).json()["account"]["id"]
        with holder.connect() as lock:
            if lock.dialect.name == "sqlite":
                lock.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock
            else:
                lock.execute(text("BEGIN"))
                lock.execute(text("SELECT id FROM accounts WHERE id = :id FOR UPDATE"), {"id": account})
            answers: list[int] = []

            def write(n: int) -> None:
                # The company name of this business account: an UPDATE of the locked row itself.
                answers.append(client.patch(f"{API}/accounts/{account}", headers=headers,
                                            json={"company_name": f"Alpenblick {n}"}).status_code)

            writers = [threading.Thread(target=write, args=(n,)) for n in range(40)]
            for w in writers:
                w.start()
            deadline = time.monotonic() + 20
            while rt.engine.pool.checkedout() < 30 and time.monotonic() < deadline:  # type: ignore[attr-defined]
                time.sleep(0.05)
            assert rt.engine.pool.checkedout() == 30  # type: ignore[attr-defined]
            started = time.monotonic()
            read = client.get(f"{API}/accounts/{account}", headers=headers)
            waited = time.monotonic() - started
            lock.rollback()
        for w in writers:
            w.join(60)
    holder.dispose()
    rt.close()
    assert read.status_code == 200 and waited < 2, (read.status_code, waited)
    assert len(answers) == 40 and set(answers) <= {200, 503}, answers
