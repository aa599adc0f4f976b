"""A sandbox provider for a bench: its own data folder (demo data) under the bench's scratch
folder, with cheap password hashing, since a bench signs in but does not measure Argon2; a
client for it; both stopped afterwards whatever happens. The bench seeds its rows straight into
the provider's SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.sandbox import SandboxServer

LOW_COST = {"SWITCHBOARD_ARGON2_TIME_COST": "1", "SWITCHBOARD_ARGON2_MEMORY_KIB": "8192"}
RESELLER = "owner@helvetia-reseller.example"  # the demo reseller and its password
DEMO_PASSWORD = "Switchboard-2026"


@contextmanager
def sandbox_provider(tmp: Path, ready_s: float) -> Iterator[tuple[ApiClient, Path]]:
    """Yields a client of the provider (signed in to nothing yet) and the provider's database;
    `ready_s`: how long the provider may take to start on a loaded machine."""
    data = tmp / "provider"
    server = SandboxServer.start(data, env=LOW_COST)
    try:
        client = ApiClient(ConnectionSettings(server.wait_ready(ready_s)))
        try:
            yield client, data / "sandbox.sqlite3"
        finally:
            client.close()
    finally:
        server.stop()
