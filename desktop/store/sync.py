"""Keeping the store current through the provider's change feed.

The feed (`GET invoices?updated_since=T`, oldest change first, keyset cursor) answers only what
changed after T, so a sync with nothing new is one request with an empty page. T advances only
when the feed is drained: an interrupted sync repeats its pages next time (upserts are
idempotent). New or changed invoices then get their detail (items, payment data) and, when new,
their calls; disputes flagged offline are sent; orders and payments are re-read when anything
changed, or on a `full` sync (start, reconnect)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.api_client.invoices import InvoicesApi
from desktop.store.cache import LocalStore

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
DETAIL_WORKERS = 4  # details are one small GET each; a few in flight hide the round trips
Report = Callable[[int, int], None]


@dataclass(frozen=True)
class SyncResult:
    changed: int  # invoices new or changed
    details: int
    calls: int
    disputes_sent: int
    requests: int
    at: datetime


class SyncCancelled(Exception):
    """The sync was told to stop (its window closed); what it stored so far stays."""


class _Counter:
    """Counts the requests, and starts none once the sync is cancelled."""

    def __init__(self, api: InvoicesApi, cancelled: Callable[[], bool]) -> None:
        self.api, self.requests, self.cancelled = api, 0, cancelled

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.api, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            if self.cancelled():
                raise SyncCancelled()
            self.requests += 1
            return method(*args, **kwargs)

        return counted


def sync(api: InvoicesApi, store: LocalStore, *, full: bool = False, report: Report | None = None,
         cancelled: Callable[[], bool] = lambda: False) -> SyncResult:
    counted = _Counter(api, cancelled)
    since_raw = store.meta("feed_since")
    since = datetime.fromisoformat(since_raw) if since_raw else EPOCH
    changed, newest, cursor = 0, since, None
    while True:
        # With details: a first sync of thousands of invoices is a few pages, not a request each.
        page = counted.invoice_page(updated_since=since, cursor=cursor, details=True)
        if page.items:
            changed += store.upsert_invoices(page.items)
            newest = max(newest, max(_ts(r["updated_at"]) for r in page.items))
            if report:
                report(changed, 0)
        cursor = page.next_cursor
        if not cursor or cancelled():
            break
    if not cursor:
        store.set_meta(feed_since=newest.isoformat())
    details = _fetch_details(counted, store, report, cancelled)
    calls = 0
    for invoice_id in store.missing_calls():
        if cancelled():
            break
        calls += _fetch_calls(counted, store, invoice_id)
    if cancelled():
        return SyncResult(changed, details, calls, 0, counted.requests, datetime.now(UTC))
    sent = _send_disputes(counted, store)
    if (changed or full) and not cancelled():
        store.replace_list("orders", counted.orders_json())
        store.replace_list("payments", counted.payments_json())
    now = datetime.now(UTC)
    store.set_meta(last_sync_at=now.isoformat())
    return SyncResult(changed, details, calls, sent, counted.requests, now)


def _fetch_details(api: _Counter, store: LocalStore, report: Report | None,
                   cancelled: Callable[[], bool]) -> int:
    missing = store.missing_details()
    if not missing:
        return 0
    done = 0

    def one(invoice_id: int) -> None:
        if not cancelled():
            store.set_detail(invoice_id, api.invoice_json(invoice_id))

    with ThreadPoolExecutor(DETAIL_WORKERS, thread_name_prefix="sync-detail") as pool:
        for _ in pool.map(one, missing):
            done += 1
            if report and done % 50 == 0:
                report(done, len(missing))
    return done


def _fetch_calls(api: _Counter, store: LocalStore, invoice_id: int) -> int:
    cursor, count = None, 0
    while True:
        page = api.call_page(invoice_id, cursor)
        count += len(page.items)
        store.put_calls(invoice_id, page.items, complete=page.next_cursor is None)
        cursor = page.next_cursor
        if not cursor:
            return count


def _send_disputes(api: _Counter, store: LocalStore) -> int:
    sent = 0
    for d in store.unsent_disputes():
        result = api.dispute_call(d.call_id, d.note)
        store.mark_dispute_sent(d.call_id, result.id, result.status)
        sent += 1
    return sent


def _ts(text: str) -> datetime:
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))
