"""The reseller dashboard's figures kept in a profile's store (meta table), as the provider sent
them with the time they were fetched, so the dashboard shows them offline too. The read opens its
own read-only connection, like desktop/store/dashboard_data.py: it runs on a worker thread and
never waits on a sync's lock. Blocking (disk): run through Op."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

KEY = "reseller_dashboard"


def sync_reseller_dashboard(store: Any, fetch: Callable[[], dict[str, Any]]) -> None:
    """Fetch the provider's figures and keep them (replacing the older ones). Blocking."""
    data = fetch()
    store.set_meta(**{KEY: json.dumps({"fetched_at": datetime.now(UTC).isoformat(), "data": data})})


def read_reseller_dashboard(path: Path | str) -> tuple[datetime, dict[str, Any]] | None:
    """(when fetched, the provider's JSON), or None before the first fetch."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    finally:
        conn.close()
    if row is None or not row[0]:
        return None
    kept = json.loads(row[0])
    return datetime.fromisoformat(kept["fetched_at"]), kept["data"]
