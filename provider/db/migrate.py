"""Run Alembic migrations programmatically (no alembic.ini needed).

Alembic (and Mako through it) is imported when a migration runs, not with this module: the
sandbox's first start from its template never migrates, and reads only MIGRATIONS."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

    from provider.settings import Settings

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head", settings: Settings | None = None) -> None:
    """`settings` reach the migrations that need more than the URL (the VoIP key of the
    migration that gives single accounts their line); without them, the environment's."""
    from alembic import command

    cfg = alembic_config(url)
    cfg.attributes["settings"] = settings
    command.upgrade(cfg, revision)
