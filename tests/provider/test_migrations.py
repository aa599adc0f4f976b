"""Alembic: one head, and `upgrade head` gives the models' schema on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from provider.db import models  # noqa: F401 - registers every table
from provider.db.base import Base
from provider.db.migrate import alembic_config, upgrade
from tests.provider.databases import BACKENDS


def test_there_is_exactly_one_head():
    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    assert len(heads) == 1, f"several Alembic heads, merge them: {heads}"


@pytest.fixture(params=BACKENDS)
def fresh_migrated(request, databases):
    """A database made for this module and brought to head by provider.db.migrate.upgrade."""
    return databases.get(request.param, "migrations")


def test_upgrade_head_yields_the_models_tables_and_columns(fresh_migrated):
    engine = create_engine(fresh_migrated.url)
    try:
        found = inspect(engine)
        tables = set(found.get_table_names()) - {"alembic_version"}
        assert tables == set(Base.metadata.tables)
        for name, table in Base.metadata.tables.items():
            assert {c["name"] for c in found.get_columns(name)} == set(table.columns.keys()), name
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}),
                                    Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
    finally:
        engine.dispose()


def test_upgrade_is_idempotent(fresh_migrated):
    upgrade(fresh_migrated.url)
    engine = create_engine(fresh_migrated.url)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_heads()
        heads = ScriptDirectory.from_config(alembic_config(fresh_migrated.url)).get_heads()
        assert set(current) == set(heads)
    finally:
        engine.dispose()
