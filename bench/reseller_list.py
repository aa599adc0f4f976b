"""Reseller customer list with 10,000 customers: time to the first rows on screen.

A sandbox provider (SQLite, its own data folder, demo data) gets 10,000 more customers under the
demo reseller, inserted in bulk straight into its database (with the name key the model would
set, umlauts and accents among the names), each with a ledger entry (so balances are summed over
real rows). Measured: the Customers page (real ApiClient over loopback, its Op,
the keyset first page, the model, the table painted offscreen at 1280x800) from asking to the
first rows painted, median of 9, for the unfiltered list, a filtered one (balance below 20.00
with open invoices or not), and the list sorted by the provider by balance (highest first: the
ledger summed for all 10,000 before the first row) and by name (dictionary order, the stored
key). Goal: under 300 ms each. Floor,
same run: a bare QTableView over an in-memory QStandardItemModel of 10,000 rows, from setModel
to painted.

    python bench/reseller_list.py   last line: bench reseller_list: X ms first rows (goal < 300 ms) PASS|MISS
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._sandbox import DEMO_PASSWORD, RESELLER, sandbox_provider  # noqa: E402
from bench._verdict import verdict  # noqa: E402

CUSTOMERS = 10_000
GOAL_MS = 300.0
RUNS = 9
TRADES = ("Ärztehaus", "Bäckerei", "Apotheke", "Österreich Handel", "Zürcher Treuhand", "Émile Café",
          "Straßenbau", "Obst")


def seed(db_path: Path, reseller_id: int) -> None:
    from sqlalchemy import create_engine, insert

    from provider.db.models import Account, LedgerEntry
    from provider.domain.name_order import account_name_key

    engine = create_engine(f"sqlite:///{db_path}")
    now = datetime.now(UTC)
    accounts, ledger = [], []
    for n in range(CUSTOMERS):
        aid = 2_000_000 + n
        company = f"{TRADES[n % len(TRADES)]} {n} AG"
        accounts.append({"id": aid, "user_id": str(7_000_000 + n), "kind": "business",
                         "structure": "collective", "name": f"Bench {n}", "company_name": company,
                         "name_key": account_name_key(f"Bench {n}", company), "country": "CH",
                         "currency": "CHF", "language": "de", "status": "closed" if n % 50 == 0 else "active",
                         "is_reseller": False, "reseller_id": reseller_id, "created_at": now})
        ledger.append({"account_id": aid, "kind": "top_up", "amount": Decimal(n % 200) + Decimal("0.50"),
                       "currency": "CHF", "description": "Bench credit", "reference": f"bench:{aid}",
                       "created_at": now})
    with engine.begin() as conn:
        conn.execute(insert(Account), accounts)
        conn.execute(insert(LedgerEntry), ledger)
    engine.dispose()


def painted(app: object, view: object, condition: object) -> float:
    """Spin the event loop until `condition()` holds, then paint the view; seconds since start."""
    start = time.perf_counter()
    while not condition():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.0005)
    view.viewport().repaint()  # type: ignore[attr-defined]
    return time.perf_counter() - start


def floor_ms(app: object) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(0, 7)
    for n in range(CUSTOMERS):
        model.appendRow([QStandardItem(f"{n}:{c}") for c in range(7)])
    times = []
    for _ in range(RUNS):
        view = QTableView()
        view.resize(1280, 800)
        view.show()
        t = time.perf_counter()
        view.setModel(model)
        view.viewport().repaint()
        times.append(time.perf_counter() - t)
        view.close()
        view.deleteLater()
        app.processEvents()  # type: ignore[attr-defined]
    return statistics.median(times) * 1000


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.sources import Sources
    from desktop.views.pages import PageContext
    from desktop.views.reseller.customers_page import CustomersPage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp, sandbox_provider(Path(tmp), 120) as (client, db):
        me = client.sign_in(RESELLER, DEMO_PASSWORD)
        seed(db, me.account.id)
        floor = floor_ms(app)
        page = CustomersPage()
        page.resize(1280, 800)
        page.set_context(PageContext(me, Sources.of(client, me.account)))
        page.show()
        painted(app, page.table, lambda: page.loaded)  # warm: connection, imports
        results: dict[str, float] = {}
        for label, balance_index, sort in (("all", 0, None), ("balance below 20.00", 2, None),
                                           ("sorted by balance, highest first", 0, "-balance"),
                                           ("sorted by name", 0, "name")):
            page.balance_filter.blockSignals(True)
            page.balance_filter.setCurrentIndex(balance_index)
            page.balance_filter.blockSignals(False)
            page.sort = sort  # what a click on the column header asks for
            times = []
            for _ in range(RUNS):
                page.model.show_first((), None)
                app.processEvents()
                t = time.perf_counter()
                page.apply_filters()
                painted(app, page.table, lambda: page.loaded and page.model.rowCount() > 0)
                times.append(time.perf_counter() - t)
            results[label] = statistics.median(times) * 1000
            print(f"customers page, {label}: first {page.model.rowCount()} rows painted in "
                  f"{results[label]:.1f} ms (median of {RUNS})")
        page.close()
    worst = max(results.values())
    print(f"floor: bare QTableView over {CUSTOMERS} in-memory rows painted in {floor:.1f} ms "
          f"(median of {RUNS})")
    return verdict("reseller_list", f"{worst:.1f} ms first rows (goal < {GOAL_MS:.0f} ms)", worst < GOAL_MS)


if __name__ == "__main__":
    sys.exit(main())
