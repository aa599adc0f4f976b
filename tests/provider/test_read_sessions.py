"""GET and HEAD requests get read-only sessions (provider/db/engine.py): they cannot write, they
see what is committed, and on SQLite they do not wait behind a writer's lock."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text

from provider.db.engine import ReadOnlyViolation
from provider.db.models import Account
from provider.runtime import Runtime
from tests.provider.conftest import API, sign_in


def test_a_read_session_refuses_to_write(rt: Runtime, seeded: list) -> None:
    with rt.read_sessions() as db:
        account = db.scalars(select(Account).limit(1)).one()
        account.name = "Changed by a GET"
        with pytest.raises(ReadOnlyViolation):
            db.flush()
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).where(Account.name == "Changed by a GET")) == 0


def test_a_read_session_sees_what_another_session_commits(rt: Runtime, seeded: list) -> None:
    with rt.read_sessions() as reader, rt.sessions() as writer:
        account = writer.scalars(select(Account).order_by(Account.id).limit(1)).one()
        before = reader.scalar(select(Account.name).where(Account.id == account.id))
        account.name = "Renamed meanwhile"
        writer.commit()
        reader.rollback()  # a request's end: on SQLite a read keeps one snapshot until then
        after = reader.scalar(select(Account.name).where(Account.id == account.id))
    assert before != "Renamed meanwhile"
    assert after == "Renamed meanwhile"


def test_reads_do_not_wait_behind_a_writer(rt: Runtime, seeded: list, client: TestClient) -> None:
    """A transaction holds the write lock (on SQLite, BEGIN IMMEDIATE); a GET meanwhile answers
    at once instead of waiting for it (SQLite's busy timeout is 30 s)."""
    headers = sign_in(client, seeded[0].identifier)
    holding, release = threading.Event(), threading.Event()

    def writer() -> None:
        with rt.sessions() as db:
            db.execute(text("UPDATE accounts SET name = name"))
            holding.set()
            release.wait(20)
            db.commit()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert holding.wait(10)
        started = time.monotonic()
        answer = client.get(f"{API}/me", headers=headers)
        waited = time.monotonic() - started
    finally:
        release.set()
        thread.join()
    assert answer.status_code == 200
    assert waited < 5, f"the read waited {waited:.1f} s behind the writer"


def test_get_routes_answer_through_read_sessions(rt: Runtime, seeded: list, client: TestClient) -> None:
    headers = sign_in(client, seeded[0].identifier)
    used: list[bool] = []
    factory = rt.read_sessions

    def counting():  # a sessionmaker stand-in that records its use
        used.append(True)
        return factory()

    rt.read_sessions = counting  # type: ignore[assignment]
    try:
        assert client.get(f"{API}/me", headers=headers).status_code == 200
        assert used, "GET /me did not use a read session"
        used.clear()
        assert client.post(f"{API}/auth/sign-out", headers=headers).status_code in (200, 204)
        assert not used, "a POST used a read session"
    finally:
        rt.read_sessions = factory  # type: ignore[assignment]


def test_a_write_that_raised_is_rolled_back_off_the_event_loop(rt: Runtime, seeded: list) -> None:
    import asyncio
    from types import SimpleNamespace

    from sqlalchemy import event

    from provider.api.deps import get_db

    rolled_back_on: list[int] = []
    listener = lambda _conn: rolled_back_on.append(threading.get_ident())  # noqa: E731
    event.listen(rt.engine, "rollback", listener)

    async def request_that_raised() -> int:
        dependency = get_db(SimpleNamespace(method="POST"), rt)  # type: ignore[arg-type]
        db = await dependency.__anext__()
        db.execute(select(1))  # the route's queries: its transaction is open
        with pytest.raises(RuntimeError):
            await dependency.athrow(RuntimeError("the route raised"))
        return threading.get_ident()

    try:
        loop_thread = asyncio.run(request_that_raised())
    finally:
        event.remove(rt.engine, "rollback", listener)
    # The rollback is a round trip; on the loop it held up every read of the worker.
    assert rolled_back_on and loop_thread not in rolled_back_on
