"""Engine and session factory for SQLite (embedded) and PostgreSQL (production)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str, *, pool_size: int = 10, max_overflow: int = 20,
                pool_timeout: float = 30) -> Engine:
    """The pool's figures are the writers' (on worker threads, where waiting is harmless);
    reads on the event loop get an engine of their own (make_read_engine)."""
    parsed = make_url(url)
    if parsed.drivername.startswith("postgresql") and parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if parsed.drivername.startswith("sqlite"):
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        pool: dict[str, Any] = {}
        if parsed.database and parsed.database != ":memory:":  # a file: SQLAlchemy pools it
            pool = {"pool_size": pool_size, "max_overflow": max_overflow, "pool_timeout": pool_timeout}
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        # SQLite's driver opens transactions lazily and never for reads; begin explicitly so
        # that a read-then-write use case is one transaction. Read-only sessions begin deferred:
        # they never take the write lock, so a read does not wait behind a writer.
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(
            "BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE"))
        return engine
    # No pre-ping: it cost every request a round trip (bench/api_load.py). A connection that a
    # database restart broke fails its request once; SQLAlchemy then drops the whole pool, the
    # failed request changed nothing, and clients repeat idempotent requests. Recycling bounds
    # the age of a connection that a firewall or failover might have cut silently.
    return create_engine(url, pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout,
                         pool_recycle=600)


# A read on the event loop must never wait for a connection: the loop is the whole worker's,
# and a wait there (QueuePool's 30 s) stalled every request of the process while writes on
# threads held the shared pool. Reads therefore have a pool of their own, as large as the
# requests a worker admits at once (each holds at most one read session), so a connection is
# always free; the short timeout is only a backstop, answered 503 like shedding.
READ_POOL_TIMEOUT_S = 0.5


def make_read_engine(url: str, max_in_flight: int) -> Engine:
    return make_engine(url, pool_size=max_in_flight, max_overflow=0, pool_timeout=READ_POOL_TIMEOUT_S)


READ_ONLY = "switchboard_read_only"


class ReadOnlyViolation(RuntimeError):
    """A read-only session (a GET request's) tried to change the database."""


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for requests that only read (GET, HEAD). On PostgreSQL they run in autocommit:
    no BEGIN and ROLLBACK round trips, and each statement still gets its own snapshot, as under
    the READ COMMITTED transactions of the writing sessions. They refuse to write, since a
    write would not be atomic there."""
    options: dict[str, Any] = {READ_ONLY: True}
    if engine.dialect.name == "postgresql":
        options["isolation_level"] = "AUTOCOMMIT"
    read_engine = engine.execution_options(**options)
    event.listen(read_engine, "before_cursor_execute", _refuse_writes)
    return sessionmaker(read_engine, expire_on_commit=False)


def _refuse_writes(_conn: Any, _cursor: Any, statement: str, _params: Any, context: Any,
                   _many: bool) -> None:
    if context is not None and (context.isinsert or context.isupdate or context.isdelete):
        raise ReadOnlyViolation(f"a read-only request tried to write: {statement.split()[0]}")


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    dbapi_conn.isolation_level = None  # type: ignore[attr-defined]  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
