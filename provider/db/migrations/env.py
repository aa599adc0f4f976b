"""Alembic environment: the URL comes from the provider's config, never from a file."""

from __future__ import annotations

from alembic import context

from provider.db import models  # noqa: F401 - registers every table on Base.metadata
from provider.db.base import Base
from provider.db.engine import make_engine

config = context.config
target_metadata = Base.metadata
MIGRATION_LOCK = 0x5377_6D69  # any constant of ours: the advisory lock id of a migration


def run_migrations_online() -> None:
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Hosts that start at once (each `serve` migrates first) take turns: the second
                # finds the schema at head and does nothing. Released with the transaction.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            context.run_migrations()
    engine.dispose()


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
