"""LocalStore: one profile's cached invoices, calls, orders, payments and disputes.

One SQLite connection guarded by a lock: tasks on several worker threads may use one store.
Reads return the client's typed objects (desktop.api_client.invoices_types)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.api_client.invoices_types import Call, Invoice, InvoiceDetail
from desktop.store.paths import create_private, store_path
from desktop.store.schema import migrate

CALL_COLUMNS = ("id", "invoice_id", "started_at", "from_number", "to_number", "zone", "duration_s",
                "price", "currency")


@dataclass(frozen=True)
class InvoiceFilter:
    text: str = ""  # a number, period or amount, or part of one
    status: str | None = None  # open | paid | credited
    period_from: str | None = None  # "2026-01"
    period_to: str | None = None


@dataclass(frozen=True)
class KeptDispute:
    """A call disputed from this computer: kept until the next sync sends it (`sent_at` set)."""

    call_id: int
    invoice_id: int
    note: str
    created_at: str
    sent_at: str | None = None
    remote_id: int | None = None
    status: str | None = None


@dataclass(frozen=True)
class MonthSummary:
    """One invoiced month for the side-by-side review: totals and calls per zone."""

    period: str
    invoice: Invoice | None
    zones: dict[str, tuple[int, int, Decimal]]  # zone -> (calls, seconds, amount)

    @property
    def calls(self) -> int:
        return sum(c for c, _s, _a in self.zones.values())

    @property
    def call_amount(self) -> Decimal:
        return sum((a for _c, _s, a in self.zones.values()), Decimal("0"))


class LocalStore:
    def __init__(self, path: Path | str, timeout: float = 5.0) -> None:
        """`timeout`: seconds to wait for another process's lock on the file. A file that
        cannot be opened raises sqlite3.Error (or NewerStore) with no connection left open, so
        desktop/store/recovery.py can move it aside."""
        self.path = Path(path)
        self.recovered: Any = None  # what recovery.open_store did to open it (None: nothing)
        if str(path) != ":memory:":
            create_private(self.path)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                                     timeout=timeout)
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            # A file damaged inside (a disk error, a copy cut short) opens without complaint and
            # fails some read later: checked whole once here, it is moved aside before any page uses it.
            check = self._conn.execute("PRAGMA quick_check(1)").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed: {check and check[0]}")
            with self._lock:
                migrate(self._conn)
        except BaseException:
            self._conn.close()
            raise

    @classmethod
    def for_profile(cls, profile: str) -> LocalStore:
        return cls(store_path(profile))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- sync state -------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, **values: str | None) -> None:
        with self._lock:
            self._conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                                   "DO UPDATE SET value = excluded.value", list(values.items()))

    def bind_account(self, account_id: int) -> None:
        """The file holds one account: a different account signing in with this profile starts empty."""
        current = self.meta("account_id")
        if current is not None and current != str(account_id):
            with self._lock:
                self._conn.executescript("BEGIN; DELETE FROM calls; DELETE FROM invoices; DELETE FROM orders;"
                                         " DELETE FROM payments; DELETE FROM disputes; DELETE FROM meta;"
                                         " COMMIT;")
        self.set_meta(account_id=str(account_id))

    def save_me(self, me_json: dict[str, Any]) -> None:
        """Who was signed in, for opening offline (no token or secret is in it)."""
        self.set_meta(me=json.dumps(me_json))

    def load_me(self) -> dict[str, Any] | None:
        raw = self.meta("me")
        return json.loads(raw) if raw else None

    @property
    def last_sync(self) -> datetime | None:
        raw = self.meta("last_sync_at")
        return datetime.fromisoformat(raw) if raw else None

    # -- writing (sync) ---------------------------------------------------------------------
    def upsert_invoices(self, rows: Iterable[dict[str, Any]]) -> int:
        """Insert or update listed invoices; a changed one loses its cached detail (the payment
        data moves with its status) unless the row is a detail itself (the feed asked with
        details), and keeps its calls, which never change once invoiced."""
        params = [(int(r["id"]), r["number"], r.get("kind") or "invoice", r.get("period"), r["issued_at"],
                   r.get("status") or "", r["currency"], str(r["gross"]), int(r.get("call_count") or 0),
                   r["updated_at"], json.dumps(r), json.dumps(r) if "items" in r else None)
                  for r in rows]
        with self._lock:
            self._conn.execute("BEGIN")
            self._conn.executemany(
                "INSERT INTO invoices (id, number, kind, period, issued_at, status, currency, gross,"
                " call_count, updated_at, json, detail_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (id) DO UPDATE"
                " SET number = excluded.number, kind = excluded.kind, period = excluded.period,"
                " issued_at = excluded.issued_at, status = excluded.status, gross = excluded.gross,"
                " call_count = excluded.call_count, json = excluded.json,"
                " detail_json = CASE WHEN excluded.detail_json IS NOT NULL THEN excluded.detail_json"
                "   WHEN invoices.updated_at = excluded.updated_at THEN invoices.detail_json END,"
                " updated_at = excluded.updated_at", params)
            self._conn.execute("COMMIT")
        return len(params)

    def set_detail(self, invoice_id: int, detail_json: dict[str, Any]) -> None:
        with self._lock:
            self._conn.execute("UPDATE invoices SET detail_json = ? WHERE id = ?",
                               (json.dumps(detail_json), int(invoice_id)))

    def missing_details(self) -> list[int]:
        with self._lock:
            return [r[0] for r in self._conn.execute(
                "SELECT id FROM invoices WHERE detail_json IS NULL ORDER BY issued_at DESC, id DESC")]

    def missing_calls(self) -> list[int]:
        with self._lock:
            return [r[0] for r in self._conn.execute(
                "SELECT id FROM invoices WHERE calls_complete = 0 AND call_count > 0"
                " ORDER BY issued_at DESC, id DESC")]

    def put_calls(self, invoice_id: int, rows: Sequence[dict[str, Any]], complete: bool) -> None:
        params = [(int(r["id"]), int(invoice_id), r["started_at"], r.get("from_number") or "",
                   r.get("to_number") or "", r.get("zone") or "", int(r.get("duration_s") or 0),
                   str(r.get("price") or "0"), r.get("currency") or "") for r in rows]
        with self._lock:
            self._conn.execute("BEGIN")
            self._conn.executemany(f"INSERT OR REPLACE INTO calls ({', '.join(CALL_COLUMNS)})"
                                   " VALUES (?,?,?,?,?,?,?,?,?)", params)
            if complete:
                self._conn.execute("UPDATE invoices SET calls_complete = 1 WHERE id = ?", (int(invoice_id),))
            self._conn.execute("COMMIT")

    def replace_list(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        if table not in ("orders", "payments"):
            raise ValueError(table)
        with self._lock:
            self._conn.execute("BEGIN")
            self._conn.execute(f"DELETE FROM {table}")
            self._conn.executemany(f"INSERT INTO {table} (id, json) VALUES (?, ?)",
                                   [(int(r["id"]), json.dumps(r)) for r in rows])
            self._conn.execute("COMMIT")

    # -- reading ----------------------------------------------------------------------------
    def invoices(self, flt: InvoiceFilter | None = None) -> list[Invoice]:
        """Newest first, filtered: a search text matches number, period, gross or status."""
        flt = flt or InvoiceFilter()
        where, args = [], []
        if flt.status:
            where.append("status = ?")
            args.append(flt.status)
        if flt.period_from:
            where.append("period >= ?")
            args.append(flt.period_from)
        if flt.period_to:
            where.append("period <= ?")
            args.append(flt.period_to)
        text = flt.text.strip()
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(number LIKE ? ESCAPE '\\' OR IFNULL(period, '') LIKE ? ESCAPE '\\'"
                         " OR gross LIKE ? ESCAPE '\\' OR status LIKE ? ESCAPE '\\')")
            args += [like] * 4
        sql = "SELECT json FROM invoices" + (" WHERE " + " AND ".join(where) if where else "")
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY issued_at DESC, id DESC", args).fetchall()
        return [Invoice.from_json(json.loads(r[0])) for r in rows]

    def invoices_between(self, first: date, last: date) -> list[Invoice]:
        """Invoices issued in [first, last] (dates inclusive), oldest first: the export's period."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT json FROM invoices WHERE substr(issued_at, 1, 10) BETWEEN ? AND ?"
                " ORDER BY issued_at, id", (first.isoformat(), last.isoformat())).fetchall()
        return [Invoice.from_json(json.loads(r[0])) for r in rows]

    def count(self, table: str = "invoices") -> int:
        if table not in ("invoices", "calls", "orders", "payments", "disputes"):
            raise ValueError(table)
        with self._lock:
            return int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def detail(self, invoice_id: int) -> InvoiceDetail | None:
        with self._lock:
            row = self._conn.execute("SELECT detail_json FROM invoices WHERE id = ?",
                                     (int(invoice_id),)).fetchone()
        return InvoiceDetail.from_json(json.loads(row[0])) if row and row[0] else None

    def invoice(self, invoice_id: int) -> Invoice | None:
        with self._lock:
            row = self._conn.execute("SELECT json FROM invoices WHERE id = ?", (int(invoice_id),)).fetchone()
        return Invoice.from_json(json.loads(row[0])) if row else None

    def calls(self, invoice_id: int) -> list[Call]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {', '.join(CALL_COLUMNS)} FROM calls WHERE invoice_id = ? ORDER BY started_at, id",
                (int(invoice_id),)).fetchall()
        return [Call(id=r[0], invoice_id=r[1], started_at=_utc(r[2]), from_number=r[3], to_number=r[4],
                     zone=r[5], duration_s=r[6], price=Decimal(r[7]), currency=r[8]) for r in rows]

    def periods(self) -> list[str]:
        from desktop.store.pages import periods

        return periods(self.path)

    def month(self, period: str) -> MonthSummary:
        with self._lock:
            row = self._conn.execute("SELECT json, id FROM invoices WHERE period = ? AND kind = 'invoice'"
                                     " ORDER BY id DESC LIMIT 1", (period,)).fetchone()
            zones: dict[str, tuple[int, int, Decimal]] = {}
            if row:
                for zone, n, secs, prices in self._conn.execute(
                        "SELECT zone, count(*), sum(duration_s), group_concat(price, ' ') FROM calls"
                        " WHERE invoice_id = ? GROUP BY zone ORDER BY zone", (row[1],)):
                    zones[zone] = (n, secs or 0, sum((Decimal(p) for p in prices.split()), Decimal("0")))
        return MonthSummary(period, Invoice.from_json(json.loads(row[0])) if row else None, zones)

    def orders(self) -> list[dict[str, Any]]:
        return self._list("orders")

    def payments(self) -> list[dict[str, Any]]:
        return self._list("payments")

    def _list(self, table: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute(f"SELECT json FROM {table} ORDER BY id DESC").fetchall()
        return [json.loads(r[0]) for r in rows]

    # -- disputes ---------------------------------------------------------------------------
    def restore_disputes(self, disputes: Sequence[KeptDispute]) -> None:
        """Disputes carried over from a damaged file, still to be sent (one already here wins)."""
        with self._lock:
            self._conn.executemany(
                "INSERT OR IGNORE INTO disputes (call_id, invoice_id, note, created_at) VALUES (?,?,?,?)",
                [(d.call_id, d.invoice_id, d.note, d.created_at) for d in disputes])

    def flag_call(self, call_id: int, note: str, now: datetime | None = None) -> None:
        """Keep a dispute locally (sent by the next sync). A second flag of the call replaces the
        note while it is unsent."""
        note = note.strip()
        if not note:
            raise ValueError("Say what is wrong with the call.")
        if len(note) > 500:
            raise ValueError("Keep the note under 500 characters.")
        with self._lock:
            row = self._conn.execute("SELECT invoice_id FROM calls WHERE id = ?", (int(call_id),)).fetchone()
            if row is None:
                raise ValueError("This call is not in the local store.")
            sent = self._conn.execute("SELECT sent_at FROM disputes WHERE call_id = ?",
                                      (int(call_id),)).fetchone()
            if sent and sent[0]:
                raise ValueError("This call is already disputed with the provider.")
            self._conn.execute(
                "INSERT OR REPLACE INTO disputes (call_id, invoice_id, note, created_at) VALUES (?,?,?,?)",
                (int(call_id), row[0], note, (now or datetime.now(UTC)).isoformat()))

    def disputes(self, invoice_id: int | None = None) -> list[KeptDispute]:
        sql = "SELECT call_id, invoice_id, note, created_at, sent_at, remote_id, status FROM disputes"
        args: tuple[Any, ...] = ()
        if invoice_id is not None:
            sql += " WHERE invoice_id = ?"
            args = (int(invoice_id),)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY created_at", args).fetchall()
        return [KeptDispute(*r) for r in rows]

    def unsent_disputes(self) -> list[KeptDispute]:
        return [d for d in self.disputes() if not d.sent_at]

    def mark_dispute_sent(self, call_id: int, remote_id: int, status: str,
                          now: datetime | None = None) -> None:
        with self._lock:
            self._conn.execute("UPDATE disputes SET sent_at = ?, remote_id = ?, status = ? WHERE call_id = ?",
                               ((now or datetime.now(UTC)).isoformat(), remote_id, status, int(call_id)))


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
