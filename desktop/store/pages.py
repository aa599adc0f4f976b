"""Keyset pages read from a profile's store file, for tables that load as the user scrolls.

LocalStore's readers return whole lists (fine for a month's review, not for a million calls);
these read one page at a time in the provider's own orders (invoices newest id first, calls by
start time and id), so a page reads the same from the store as from the API. Each call opens its
own read-only connection: pages are read on worker threads, never wait on the store's lock while
a sync writes, and cannot change the file. Blocking (disk): run through desktop.tasks.Op."""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.api_client.invoices_types import Invoice


@dataclass(frozen=True)
class InvoiceQuery:
    """The Invoices page's filters; the same names as the provider's query parameters."""

    status: str | None = None  # open | paid | credited
    kind: str | None = None  # invoice | credit_note
    period: str | None = None  # "2026-03"
    number: str = ""  # a number or its beginning

    def params(self) -> dict[str, str]:
        return {k: v for k, v in (("status", self.status), ("kind", self.kind), ("period", self.period),
                                  ("number", self.number.strip())) if v}


@contextmanager
def _reader(path: Path | str) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        yield conn
    finally:
        conn.close()


def invoice_page(path: Path | str, query: InvoiceQuery, cursor: str | None = None,
                 limit: int = 100) -> tuple[list[Invoice], str | None]:
    """Up to `limit` invoices, newest first, and the cursor of the next page (None at the end)."""
    where, args = [], []
    for column, value in (("status", query.status), ("kind", query.kind), ("period", query.period)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    number = query.number.strip()
    if number:
        where.append("number LIKE ? ESCAPE '\\'")
        args.append(number.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if cursor:
        where.append("id < ?")
        args.append(int(cursor))
    sql = "SELECT id, json FROM invoices" + (" WHERE " + " AND ".join(where) if where else "")
    with _reader(path) as conn:
        rows = conn.execute(sql + " ORDER BY id DESC LIMIT ?", [*args, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    return [Invoice.from_json(json.loads(r[1])) for r in rows], (str(rows[-1][0]) if more else None)


def _calls_after(invoice_id: int, cursor: str | None, select: str, limit: int) -> tuple[str, list[object]]:
    """The one keyset query over an invoice's calls: `select` of up to `limit` + 1 calls (one more
    tells whether there is a next page) in start-time order, after the cursor's call ("started_at|id").
    Served by the store's (invoice_id, started_at, id) index: a page deep in a million calls costs
    what the first one does."""
    args: list[object] = [int(invoice_id)]
    after = ""
    if cursor:
        started, _, call_id = cursor.rpartition("|")
        after = " AND (started_at, id) > (?, ?)"
        args += [started, int(call_id)]
    return (f"SELECT {select} FROM calls WHERE invoice_id = ?{after} ORDER BY started_at, id LIMIT ?",
            [*args, limit + 1])


# A page's calls are read with the numbers packed by SQLite as the columnar calls model keeps them
# (epoch seconds, whole cents, phone numbers as signed integers; see calls_model.encode_number), so the
# worker thread runs almost no Python per call: a CPU-bound loop there would hold the GIL and
# stall the UI thread. A value SQLite cannot pack comes back NULL; the model packs it in Python.
PACKED_CALL = (
    "id",
    # SQLite rounds fractions of a second (to ms), Python truncates: those rows go the careful way
    "CASE WHEN substr(started_at, 20, 1) <> '.' THEN CAST(strftime('%s', started_at) AS INTEGER) END",
    *(f"CASE WHEN {c} GLOB '+[0-9]*' AND NOT substr({c}, 2) GLOB '*[^0-9]*' AND length({c}) <= 18"
      f" THEN CAST('1' || substr({c}, 2) AS INTEGER)"
      f" WHEN {c} GLOB '[0-9]*' AND NOT {c} GLOB '*[^0-9]*' AND length({c}) <= 17"
      f" THEN -CAST('1' || {c} AS INTEGER) ELSE 0 END" for c in ("from_number", "to_number")),
    "zone",
    "duration_s",
    "CASE WHEN instr(substr(price, 1, length(price) - 3), '.') = 0 AND ("
    " (price GLOB '[0-9]*.[0-9][0-9]' AND NOT replace(price, '.', '') GLOB '*[^0-9]*') OR"
    " (price GLOB '-[0-9]*.[0-9][0-9]' AND NOT replace(substr(price, 2), '.', '') GLOB '*[^0-9]*'))"
    " THEN CAST(replace(price, '.', '') AS INTEGER) END",
    "started_at",
    "price",
)


def packed_call_rows(path: Path | str, invoice_id: int, cursor: str | None = None,
                     limit: int = 1000) -> tuple[list[tuple], str | None]:
    """Up to `limit` of the invoice's calls, each row (id, epoch, from, to, zone, duration_s, cents
    or None, started_at text, price text) for CallChunk.from_packed, and the next cursor."""
    with _reader(path) as conn:
        rows = conn.execute(*_calls_after(invoice_id, cursor, ", ".join(PACKED_CALL), limit)).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (f"{rows[-1][7]}|{rows[-1][0]}" if more else None)


@dataclass(frozen=True)
class CallColumns:
    """A page of calls column by column, packed as the calls model keeps them."""

    ids: array
    starts: array  # epoch seconds
    froms: array
    tos: array
    zones: list[str]
    durations: array
    prices: array  # whole cents


def call_columns(path: Path | str, invoice_id: int, cursor: str | None = None,
                 limit: int = 1000) -> tuple[CallColumns | list[tuple], str | None]:
    """A page as columns: SQLite joins each column into one string (group_concat over the page in
    its order) that splits into an array in C. No Python object per call survives or is tracked
    by the garbage collector, whose full passes would otherwise hold the GIL (and the UI thread)
    for tens of milliseconds while a million calls stream in. A page with a value SQLite cannot
    pack comes back as `packed_call_rows` gives it (a list of tuples)."""
    names = ("id", "ep", "fr", "tt", "zone", "duration_s", "cents")
    inner, args = _calls_after(invoice_id, cursor, ", ".join(
        f"{expr} AS {name}" for expr, name in zip(PACKED_CALL[:7], names, strict=True)), limit)
    sql = (f"SELECT count(*), group_concat(id), group_concat(ifnull(ep, 'x')), group_concat(fr),"
           f" group_concat(tt), group_concat(zone, char(31)), group_concat(duration_s),"
           f" group_concat(ifnull(cents, 'x')) FROM ({inner})")
    with _reader(path) as conn:
        count, *texts = conn.execute(sql, args).fetchone()
        if not count:
            return CallColumns(*(array("q") for _ in range(4)), [], array("q"), array("q")), None
        if "x" in texts[1] or "x" in texts[6]:
            return packed_call_rows(path, invoice_id, cursor, limit)
        ids, starts, froms, tos, durations, prices = (
            array("q", map(int, texts[i].split(","))) for i in (0, 1, 2, 3, 5, 6))
        zones = texts[4].split("\x1f")
        more = count > limit
        if more:
            for column in (ids, starts, froms, tos, durations, prices):
                del column[limit:]
            del zones[limit:]
            last = conn.execute("SELECT started_at FROM calls WHERE id = ?", (ids[-1],)).fetchone()[0]
    return CallColumns(ids, starts, froms, tos, zones, durations, prices), (
        f"{last}|{ids[-1]}" if more else None)


def calls_complete(path: Path | str, invoice_id: int) -> bool:
    """Whether the store holds every call of the invoice (a sync may still be fetching them)."""
    with _reader(path) as conn:
        row = conn.execute("SELECT calls_complete, call_count FROM invoices WHERE id = ?",
                           (int(invoice_id),)).fetchone()
    return bool(row) and (bool(row[0]) or not row[1])


def periods(path: Path | str) -> list[str]:
    with _reader(path) as conn:
        return [r[0] for r in conn.execute(
            "SELECT DISTINCT period FROM invoices WHERE period IS NOT NULL ORDER BY period DESC")]
