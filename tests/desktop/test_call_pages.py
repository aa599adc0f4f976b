"""Calls read from the store in pages: packed by SQLite (epoch seconds, cents, numbers as
integers) they give exactly the columns the model packs in Python from the provider's JSON, for
any call (hypothesis); keyset pages in time order cover every call once; odd text falls back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.invoices.calls_model import CallChunk
from desktop.store import LocalStore
from desktop.store.pages import call_columns, packed_call_rows

NUMBERS = st.one_of(st.from_regex(r"\+?[0-9]{1,17}", fullmatch=True), st.sampled_from(["", "anonymous", "+"]),
                    st.from_regex(r"[0-9]{18,20}", fullmatch=True))
PRICES = st.decimals(min_value=Decimal("-999.99"), max_value=Decimal("99999.99"), places=2)
CALL = st.fixed_dictionaries({
    "started_at": st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1),
                               timezones=st.just(UTC)),
    "from_number": NUMBERS, "to_number": NUMBERS,
    "zone": st.sampled_from(["national_fixed", "europe", "world", ""]),
    "duration_s": st.integers(0, 86_400), "price": PRICES,
})


def _columns(chunk: CallChunk) -> tuple:
    return (list(chunk.ids), list(chunk.starts), list(chunk.froms), list(chunk.tos),
            [chunk.zone_names[z] for z in chunk.zones], list(chunk.durations), list(chunk.prices))


def _store(tmp_path: Path, calls: list[dict], suffix: str = "Z", store: LocalStore | None = None,
           invoice_id: int = 1) -> LocalStore:
    store = store or LocalStore(tmp_path / "store.sqlite3")
    rows = []
    for n, c in enumerate(calls, start=1):
        text = c["started_at"].isoformat()
        rows.append({**c, "id": invoice_id * 1000 + n, "price": str(c["price"]), "currency": "CHF",
                     "started_at": text.replace("+00:00", suffix) if suffix else text})
    store.put_calls(invoice_id, rows, complete=True)
    return store


@pytest.fixture
def shared(tmp_path):
    store = LocalStore(tmp_path / "shared.sqlite3")
    yield store
    store.close()


EXAMPLES = iter(range(1, 10**6))  # each example its own invoice in one shared file: fast


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(calls=st.lists(CALL, min_size=1, max_size=30), suffix=st.sampled_from(["Z", ""]))
def test_packed_by_sqlite_equals_packed_in_python(tmp_path, shared, calls, suffix):
    invoice_id = next(EXAMPLES)
    _store(tmp_path, calls, suffix, shared, invoice_id)
    rows, cursor = packed_call_rows(shared.path, invoice_id, None, 1000)
    assert cursor is None
    as_json = [{**c, "id": invoice_id * 1000 + n, "price": str(c["price"]),
                "started_at": c["started_at"].isoformat()} for n, c in enumerate(calls, start=1)]
    in_store_order = sorted(as_json, key=lambda c: (c["started_at"].replace("+00:00", suffix or "+00:00"),
                                                    c["id"]))
    expected = _columns(CallChunk.from_json(in_store_order))
    assert _columns(CallChunk.from_packed(rows)) == expected
    page, cursor = call_columns(shared.path, invoice_id, None, 1000)
    assert cursor is None
    chunk = CallChunk.from_packed(page) if isinstance(page, list) else CallChunk.from_columns(page)
    assert _columns(chunk) == expected


def test_keyset_pages_cover_every_call_once_in_time_order(tmp_path):
    start = datetime(2026, 10, 1, tzinfo=UTC)
    calls = [{"started_at": start + timedelta(seconds=(n * 7) % 500), "from_number": "41440000001",
              "to_number": "+41790000000", "zone": "europe", "duration_s": n, "price": Decimal("0.05")}
             for n in range(1234)]
    store = _store(tmp_path, calls)
    try:
        for read, pack in ((packed_call_rows, CallChunk.from_packed), (call_columns, CallChunk.from_columns)):
            seen, cursor, names = [], None, []
            while True:
                page, cursor = read(store.path, 1, cursor, 100)
                part = pack(page, names)
                names = part.zone_names
                seen += list(zip(part.starts, part.ids, strict=True))
                if cursor is None:
                    break
            assert len(seen) == len(calls) and seen == sorted(seen)
            assert len({i for _s, i in seen}) == len(calls)
        assert packed_call_rows(store.path, 2, None, 100) == ([], None)
        empty, cursor = call_columns(store.path, 2, None, 100)
        assert cursor is None and not len(CallChunk.from_columns(empty))
    finally:
        store.close()


def test_a_chunk_extended_by_the_next_page_equals_both_packed_at_once():
    start = datetime(2026, 10, 1, tzinfo=UTC)
    calls = [{"id": n, "started_at": start.isoformat(), "from_number": "41440000001",
              "to_number": "+4179000000", "zone": ("europe", "world", "national_fixed")[n % 3],
              "duration_s": n, "price": f"0.{n:02d}"} for n in range(1, 7)]
    first = CallChunk.from_json(calls[:2])
    first.extend(CallChunk.from_json(calls[2:], first.zone_names))
    assert _columns(first) == _columns(CallChunk.from_json(calls))
    assert set(CallChunk.ARRAYS) == {k for k, v in vars(first).items() if k != "zone_names"}
