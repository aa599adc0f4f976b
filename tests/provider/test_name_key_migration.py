"""Migration 0005 on a database that already has accounts: every row gets the key the rule gives
(in batches, so more rows than one batch), the index that serves the sorted list is there, and
on PostgreSQL a row without a key is refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import Boolean, Integer, String, column, create_engine, insert, inspect, select, table
from sqlalchemy.exc import IntegrityError

from provider.db.base import UTCDateTime
from provider.db.migrate import alembic_config, upgrade
from provider.domain.name_order import account_name_key
from tests.provider.databases import BACKENDS

ROWS = 2_500  # more than two of the migration's batches of 1,000
accounts = table("accounts", *(column(c, String) for c in (
    "user_id", "kind", "structure", "name", "company_name", "country", "currency", "language",
    "status", "name_key")), column("id", Integer), column("is_reseller", Boolean),
    column("reseller_id", Integer), column("created_at", UTCDateTime))
NAMES = [("Eva Muster", "Ärzte AG"), ("Zoë Keller", None), ("Kontakt", ""), ("Hans", "STRAẞE 5 GmbH"),
         ("x", "Émile  et\tFils")]


def _row(n: int, **extra: object) -> dict[str, object]:
    name, company = NAMES[n % len(NAMES)]
    return {"id": n + 1, "user_id": str(100000 + n), "kind": "business", "structure": "collective",
            "name": name, "company_name": company, "country": "CH", "currency": "CHF", "language": "de",
            "status": "active", "is_reseller": n == 0, "reseller_id": None if n == 0 else 1,
            "created_at": datetime(2026, 1, 1, tzinfo=UTC), **extra}


@pytest.mark.parametrize("backend", BACKENDS)
def test_existing_accounts_get_their_key_and_the_index(databases, backend) -> None:
    url = databases.unmigrated_url(backend, "name_key")
    upgrade(url, "0004")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(insert(accounts), [{k: v for k, v in _row(n).items() if k != "name_key"}
                                            for n in range(ROWS)])
        upgrade(url)
        with engine.connect() as conn:
            got = conn.execute(select(accounts.c.id, accounts.c.name, accounts.c.company_name,
                                      accounts.c.name_key).order_by(accounts.c.id)).all()
        assert len(got) == ROWS
        assert [k for *_, k in got] == [account_name_key(n, c) for _, n, c, _ in got]
        assert {k for *_, k in got} == {"arzte ag", "zoe keller", "kontakt", "strasse 5 gmbh",
                                        "emile et fils"}
        found = inspect(engine)
        index = next(i for i in found.get_indexes("accounts") if i["name"] == "ix_accounts_reseller_name_key")
        assert index["column_names"] == ["reseller_id", "name_key", "id"]
        column_info = next(c for c in found.get_columns("accounts") if c["name"] == "name_key")
        assert column_info["nullable"] is False
        if backend == "postgresql":
            assert column_info["default"] is None
            with pytest.raises(IntegrityError), engine.begin() as conn:
                conn.execute(insert(accounts), [{k: v for k, v in _row(ROWS).items() if k != "name_key"}])

        command.downgrade(alembic_config(url), "0004")
        assert "name_key" not in {c["name"] for c in inspect(engine).get_columns("accounts")}
        upgrade(url)
        with engine.connect() as conn:
            assert conn.scalar(select(accounts.c.name_key).where(accounts.c.id == 1)) == "arzte ag"
    finally:
        engine.dispose()
