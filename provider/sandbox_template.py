"""The sandbox's demo database, built once ahead and copied on a first start.

Seeding the sandbox (migrations, the demo accounts' argon2 hashes, a year of calls and invoices,
the reseller's customers) takes seconds; copying a file takes milliseconds. `make run` builds the
template after installing, packaging/build.py into the bundle, and `serve --sandbox` copies it
into a data folder that has no sandbox database yet (SWITCHBOARD_SANDBOX_TEMPLATE).

The demo history ends when the template was built, as a sandbox's history ends when it was first
started. A template older than MAX_AGE is not used (the first start seeds, showing the recent
months), nor one built with other migrations than this code has (it is never migrated
on the way: the seed at the newest schema is what the tests prove), nor one whose VoIP key
differs from a key already in the data folder (its lines' passwords could not be read).

    python -m provider.sandbox_template DIR      build (or rebuild) the template in DIR
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from provider.settings import Settings

log = logging.getLogger(__name__)
DATABASE = "sandbox.sqlite3"
KEY = "voip.key"
STAMP = "template.json"
MAX_AGE = timedelta(days=31)


# The argon2 cost of the seeded users' hashes. Their passwords are published (the sandbox signs in
# to the demo account by itself, the logins are printed), so a costly hash protects nothing and
# only made the first start's sign-in wait for a full argon2 computation. Hashes made later in
# the sandbox (a registration, a changed password) cost what the settings say.
SEEDED_ARGON2 = {"argon2_time_cost": 1, "argon2_memory_kib": 4096}


def _settings(data_dir: Path) -> Settings:
    # Whatever the environment says about databases and keys, the template is a sandbox of its own.
    return Settings(sandbox=True, data_dir=data_dir, database_url=None, voip_key=None, **SEEDED_ARGON2)


def schema_scripts() -> list[str]:
    """The migrations this code has, by file name: a template built with others is not used. (Read
    from the folder, not through Alembic: a start must not load every revision twice.)"""
    from provider.db.migrate import MIGRATIONS

    return sorted(p.name for p in (MIGRATIONS / "versions").glob("*.py") if p.name != "__init__.py")


def build(target: Path, now: datetime | None = None) -> Path:
    """Seed a sandbox in a new folder next to `target`, then put it in `target`'s place."""
    from provider import demo_billing
    from provider.db.migrate import upgrade
    from provider.runtime import Runtime
    from provider.seed import seed_demo

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        settings = _settings(work)
        upgrade(settings.resolved_database_url(), settings=settings)
        rt = Runtime.create(settings)
        try:
            demo_billing.register(rt)
            seed_demo(rt)
        finally:
            rt.close()
        with sqlite3.connect(work / DATABASE) as db:  # one file: the write-ahead log folded in
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("PRAGMA journal_mode=DELETE")
        db.close()
        for extra in work.glob(f"{DATABASE}-*"):
            extra.unlink()
        built = (now or datetime.now(UTC)).isoformat()
        (work / STAMP).write_text(json.dumps({"built_at": built, "schema": schema_scripts()}) + "\n")
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def usable(template: Path, now: datetime | None = None) -> bool:
    try:
        stamp = json.loads((template / STAMP).read_text())
        built, schema = datetime.fromisoformat(stamp["built_at"]), stamp["schema"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    age = (now or datetime.now(UTC)) - built
    return ((template / DATABASE).is_file() and (template / KEY).is_file() and timedelta(0) <= age <= MAX_AGE
            and schema == schema_scripts())


def install(template: Path, settings: Settings, now: datetime | None = None) -> bool:
    """Copy the template into the sandbox's data folder if it has no database yet; True if copied."""
    data_dir = Path(settings.data_dir)
    database = data_dir / DATABASE
    if database.exists() or not usable(Path(template), now):
        return False
    key = data_dir / KEY
    template_key = (Path(template) / KEY).read_bytes()
    if key.exists() and key.read_bytes().strip() != template_key.strip():
        log.info("sandbox template not used: the data folder has a VoIP key of its own")
        return False
    data_dir.mkdir(parents=True, exist_ok=True)
    if not key.exists():
        fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(template_key)
    # Copied under another name and renamed: a start killed half-way leaves no half a database.
    partial = data_dir / f".{DATABASE}.partial"
    shutil.copyfile(Path(template) / DATABASE, partial)
    os.replace(partial, database)
    log.info("sandbox database copied from the template in %s", template)
    return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m provider.sandbox_template DIR", file=sys.stderr)
        return 2
    print(f"sandbox demo database built in {build(Path(args[0]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
