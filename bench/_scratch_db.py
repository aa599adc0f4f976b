"""A PostgreSQL database of its own for one bench run, dropped afterwards whatever happens; the
`--pg` option naming the server, and what the import benches read from and write into it."""

from __future__ import annotations

import argparse
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def add_pg_option(parser: argparse.ArgumentParser) -> None:
    """`--pg URL`: the server the scratch database is made on (SWITCHBOARD_BENCH_PG by default)."""
    parser.add_argument("--pg", default=os.environ.get("SWITCHBOARD_BENCH_PG", DEFAULT_SERVER))


@contextmanager
def scratch_database(admin_url: str) -> Iterator[str]:
    """Yields the URL of a fresh database on the server `admin_url` points at."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"switchboard_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def psycopg_dsn(url: str) -> str:
    """The SQLAlchemy URL as psycopg's own connect() takes it (for COPY)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


# (name, company name, VAT number or None, country, currency) of account i
AccountDetails = Callable[[int], tuple[str, str, str | None, str, str]]


def copy_business_accounts(cur: Any, count: int, created: datetime, details: AccountDetails) -> None:
    """Accounts 1..count (collective businesses, German, active, customer number 100000 + i),
    copied in with a psycopg cursor; the id sequence is set past them."""
    from provider.domain.name_order import account_name_key

    with cur.copy("COPY accounts (id, user_id, kind, structure, name, company_name, vat_number, "
                  "name_key, country, currency, language, status, is_reseller, created_at) "
                  "FROM STDIN") as cp:
        for i in range(1, count + 1):
            name, company, vat, country, currency = details(i)
            cp.write_row((i, str(100000 + i), "business", "collective", name, company, vat,
                          account_name_key(name, company), country, currency, "de", "active", False,
                          created))
    cur.execute("SELECT setval('accounts_id_seq', %s)", (count,))


def scalars(url: str, *queries: str) -> list[Any]:
    """The single value each query returns, read in one connection (the checks after a run)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [conn.scalar(text(q)) for q in queries]
    finally:
        engine.dispose()
