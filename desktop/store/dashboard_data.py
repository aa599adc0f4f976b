"""What the dashboard reads from a profile's store, and the ledger/plans it keeps there.

The ledger and the payment plans are kept in the store's meta table as the provider's JSON
(the meta table is emptied with everything else when another account binds the file). Reads
open their own read-only connection, like desktop/store/pages.py: they run on worker threads
and never wait on the store's lock while a sync writes. Blocking (disk): run through Op."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.api_client.dashboard_types import LedgerRow
from desktop.models.dashboard.figures import InvoiceSpend, Item, LedgerEntry

LEDGER_KEY, PLANS_KEY = "dashboard_ledger", "dashboard_plans"


@dataclass(frozen=True)
class DashboardData:
    ledger: tuple[LedgerEntry, ...]
    invoices: tuple[InvoiceSpend, ...]
    zones: tuple[tuple[str, int, int, Decimal], ...]  # zone, calls, seconds, cost
    plans: dict[str, Any]  # auto_top_up, subscriptions, balance (JSON), {} before the first fetch
    last_period: str | None
    invoice_method: str | None  # the newest invoice's payment method


def sync_dashboard(store: Any, ledger_json: Callable[[int], list[dict[str, Any]]],
                   plans_json: Callable[[], dict[str, Any]] | None) -> int:
    """Add the ledger entries newer than those kept, and replace the plans; returns how many
    entries were new. Blocking (network and disk)."""
    kept = json.loads(store.meta(LEDGER_KEY) or "[]")
    newest = max((LedgerRow.from_json(r).id for r in kept), default=0)
    with ThreadPoolExecutor(1, thread_name_prefix="dashboard-sync") as pool:
        # The plans are read while the ledger is: the charts wait for both.
        plans = pool.submit(plans_json) if plans_json is not None else None
        fresh = ledger_json(newest)
        if fresh:
            merged = {LedgerRow.from_json(r).id: r for r in kept + fresh}
            store.set_meta(**{LEDGER_KEY: json.dumps([merged[k] for k in sorted(merged)])})
        if plans is not None:
            store.set_meta(**{PLANS_KEY: json.dumps(plans.result())})
    return len(fresh)


def read_dashboard(path: Path | str) -> DashboardData:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", (LEDGER_KEY, PLANS_KEY)))
        ledger = tuple(LedgerEntry(row.created_at, row.kind, row.amount)
                       for row in map(LedgerRow.from_json, json.loads(meta.get(LEDGER_KEY) or "[]")))
        invoices = []
        last_period, method = None, None
        for period, issued, gross, raw, detail in conn.execute(
                "SELECT period, issued_at, gross, json, detail_json FROM invoices ORDER BY issued_at, id"):
            items: tuple[Item, ...] = ()
            if detail:
                items = tuple(Item(str(i.get("kind") or ""), str(i.get("description") or ""),
                                   Decimal(str(i.get("amount") or "0")))
                              for i in json.loads(detail).get("items") or ())
            invoices.append(InvoiceSpend(period or issued[:7], Decimal(gross), items))
            inv = json.loads(raw)
            if inv.get("kind", "invoice") == "invoice":
                paid_by = str(inv.get("payment_method") or "")
                last_period = period or last_period
                method = paid_by if paid_by not in ("", "none") else method  # "none": nothing was due
        # Prices are 2-dp Decimal text: summed as whole cents (exact), never as floats.
        zones = tuple((z, int(n), int(s or 0), Decimal(int(cents or 0)) / 100)
                      for z, n, s, cents in conn.execute(
                          "SELECT zone, count(*), sum(duration_s), sum(CAST(round(price * 100) AS INTEGER))"
                          " FROM calls GROUP BY zone ORDER BY zone"))
        plans = json.loads(meta.get(PLANS_KEY) or "{}")
    finally:
        conn.close()
    return DashboardData(ledger, tuple(invoices), zones, plans, last_period, method)
