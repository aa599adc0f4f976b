"""The store's tables and their migrations: version N is reached by running step N on N-1.
Money is TEXT (Decimal strings); whole provider objects are kept as their JSON, so fields the
client does not know yet survive, with the columns it filters and sorts by alongside."""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: invoices with items (detail JSON), calls, orders, payments, disputes, sync state.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE invoices (
        id INTEGER PRIMARY KEY, number TEXT NOT NULL, kind TEXT NOT NULL, period TEXT,
        issued_at TEXT NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL, gross TEXT NOT NULL,
        call_count INTEGER NOT NULL, updated_at TEXT NOT NULL, json TEXT NOT NULL,
        detail_json TEXT, calls_complete INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX ix_invoices_issued ON invoices (issued_at, id);
    CREATE INDEX ix_invoices_period ON invoices (period);
    CREATE TABLE calls (
        id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL, started_at TEXT NOT NULL,
        from_number TEXT NOT NULL, to_number TEXT NOT NULL, zone TEXT NOT NULL,
        duration_s INTEGER NOT NULL, price TEXT NOT NULL, currency TEXT NOT NULL);
    CREATE INDEX ix_calls_invoice ON calls (invoice_id, started_at, id);
    CREATE TABLE orders (id INTEGER PRIMARY KEY, json TEXT NOT NULL);
    CREATE TABLE payments (id INTEGER PRIMARY KEY, json TEXT NOT NULL);
    CREATE TABLE disputes (
        call_id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL, note TEXT NOT NULL,
        created_at TEXT NOT NULL, sent_at TEXT, remote_id INTEGER, status TEXT);
    """,
)


class NewerStore(RuntimeError):
    """The file was written by a newer Switchboard: this one cannot read its tables."""


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the file to the newest version; returns it. A file from a newer client is refused."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    version = row[0] if row else 0
    if row is None:
        conn.execute("INSERT INTO schema_version (version) VALUES (0)")
    if version > len(MIGRATIONS):
        raise NewerStore(f"The local store was written by a newer Switchboard (version {version}).")
    for step in range(version, len(MIGRATIONS)):
        conn.executescript("BEGIN;" + MIGRATIONS[step] + f"; UPDATE schema_version SET version = {step + 1};"
                           " COMMIT;")
    return len(MIGRATIONS)
