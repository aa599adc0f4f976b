"""Test databases: one SQLite file and one PostgreSQL database per test session (xdist worker),
each migrated once and emptied between tests."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from provider.db import models  # noqa: F401 - registers every table
from provider.db.base import Base
from provider.db.migrate import upgrade

PG_SERVER = os.environ.get("SWITCHBOARD_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
BACKENDS = ("sqlite", "postgresql")


def postgres_required() -> bool:
    return os.environ.get("CI") == "true"


class TestDatabase:
    """A migrated database and a fast way to empty it."""

    def __init__(self, url: str) -> None:
        self.url = url
        upgrade(url)
        # A plain engine (no pragmas): on SQLite foreign keys stay off, so rows go in any order.
        self.engine: Engine = create_engine(url)
        self.tables = sorted(t for t in inspect(self.engine).get_table_names()
                             if t != "alembic_version")
        # Children before parents, so that DELETE satisfies the foreign keys on PostgreSQL.
        known = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name in self.tables]
        self.delete_order = known + [t for t in self.tables if t not in known]
        self.sequences: list[str] = []
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect() as conn:
                self.sequences = list(conn.scalars(text(
                    "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) "
                    "FROM pg_sequences WHERE schemaname = current_schema()")))

    def empty(self) -> None:
        """Every table empty, ids restarting at 1. On PostgreSQL, DELETE plus setval() takes
        ~10 ms where TRUNCATE ... RESTART IDENTITY CASCADE of the same tables takes ~250 ms
        (measured with 24 tables), which over the suite's PostgreSQL half is minutes."""
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(text("; ".join(f'DELETE FROM "{t}"' for t in self.delete_order)))
                if self.sequences:
                    conn.execute(text("SELECT " + ", ".join(
                        f"setval('{s}', 1, false)" for s in self.sequences)))
            else:  # SQLite runs one statement per call; rowids restart once a table is empty
                for table in self.delete_order:
                    conn.execute(text(f'DELETE FROM "{table}"'))

    def close(self) -> None:
        self.engine.dispose()


class PostgresServer:
    """Creates uniquely named databases on the test server and drops them at the end."""

    def __init__(self) -> None:
        self.admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
        self.created: list[str] = []
        self._problem: str | None | bool = False  # False: not yet tried

    def reachable(self) -> str | None:
        if self._problem is False:
            self._problem = self._try()
        return self._problem  # type: ignore[return-value]

    def _try(self) -> str | None:
        try:
            with self.admin.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        return None

    def new_database(self, label: str) -> str:
        name = f"switchboard_test_{label}_{uuid.uuid4().hex[:10]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in self.created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


class Databases:
    """Lazily made test databases, one per (backend, purpose)."""

    def __init__(self, tmp: Path, worker: str) -> None:
        self.tmp = tmp
        self.worker = worker
        self._dbs: dict[tuple[str, str], TestDatabase] = {}
        self._pg: PostgresServer | None = None

    def get(self, backend: str, purpose: str = "main") -> TestDatabase:
        key = (backend, purpose)
        if key not in self._dbs:
            self._dbs[key] = TestDatabase(self._new_url(backend, purpose))
        return self._dbs[key]

    def unmigrated_url(self, backend: str, purpose: str) -> str:
        """A new, empty database (no schema), dropped at the end like the others."""
        return self._new_url(backend, purpose)

    def _new_url(self, backend: str, purpose: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{self.tmp / f'{purpose}.sqlite3'}"
        if self._pg is None:
            self._pg = PostgresServer()
        problem = self._pg.reachable()
        if problem:
            message = f"PostgreSQL at {PG_SERVER} is not reachable ({problem})"
            if postgres_required():
                pytest.fail(f"{message}; with CI=true the PostgreSQL run is required", pytrace=False)
            pytest.skip(message)
        return self._pg.new_database(f"{self.worker}_{purpose}")

    def close(self) -> None:
        for db in self._dbs.values():
            db.close()
        if self._pg is not None:
            self._pg.drop_all()
