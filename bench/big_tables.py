"""Big tables: an invoice's itemized calls and the Invoices table with 1,000,000 itemized calls.

Source: the local store (what the Invoices page reads once a profile has synced, online and
offline). A child process bulk-inserts into a fresh store file 10,000 invoices, the newest with
1,000,000 calls (sqlite3 executemany straight into desktop.store's tables), so the seeding's
memory never counts. Then, offscreen, in this process:

- floor: an empty window's RSS; a bare QTableView over a trivial in-memory model of 1,000,000
  rows: time to first rows painted, and the longest UI-thread stall while scrolling it top to
  bottom in 400 steps;
- the Invoices page (InvoicesPage over the store) and the invoice dialog (InvoiceDialog with its
  columnar CallsModel): time from creating the widget to its first rows painted; then the
  scrollbar held at the bottom (as a user dragging it down) until every row is loaded, while a
  2 ms heartbeat timer on the UI thread records the longest gap (the stall); RSS at the end.

Goals: first rows < 300 ms, RSS after scrolling to the end < 300 MB, longest stall < 50 ms.

    python bench/big_tables.py     last line: bench big_tables: X ms longest UI-thread stall
                                   (goal < 50 ms) PASS|MISS   (PASS only when all goals are met)
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CALLS = 1_000_000
INVOICES = 10_000
FIRST_ROWS_MS, RSS_MB, STALL_MS = 300.0, 300.0, 50.0
HEARTBEAT_MS = 2


# -- seeding (child process) ------------------------------------------------------------------
def seed(path: Path) -> None:
    from desktop.store import LocalStore
    from tests.desktop import invoice_samples

    LocalStore(path).close()  # the schema, as the client makes it
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    rows = []
    for n in range(1, INVOICES + 1):
        year, month = 1200 + (n - 1) // 12, (n - 1) % 12 + 1
        period = f"{year:04d}-{month:02d}"
        data = invoice_samples.detail_json([], number=f"{year:04d}-{n:06d}", status=("paid", "open")[n % 2])
        data.update(id=n, period=period, issued_at=f"{period}-28T00:00:00Z",
                    call_count=CALLS if n == INVOICES else 0)
        listed = {k: v for k, v in data.items() if k not in ("items", "customer")}
        rows.append((n, data["number"], "invoice", period, data["issued_at"], data["status"], "CHF",
                     data["gross"], data["call_count"], data["updated_at"], json.dumps(listed),
                     json.dumps(data), 1))
    conn.executemany("INSERT INTO invoices (id, number, kind, period, issued_at, status, currency, gross,"
                     " call_count, updated_at, json, detail_json, calls_complete)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    zones = ("national_fixed", "national_mobile", "europe", "world")

    def calls():  # two seconds apart from 2026-10-01, prices in whole cents
        for i in range(CALLS):
            t = 1_790_812_800 + i * 2  # seconds since the epoch, 2 s apart: a million fit in a month
            yield (i + 1, INVOICES, time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(t)), "41440000001",
                   f"41{790000000 + (i * 7919) % 200000000}", zones[i % 4], 30 + i % 600,
                   f"{(i % 500) / 100:.2f}", "CHF")

    conn.executemany("INSERT INTO calls (id, invoice_id, started_at, from_number, to_number, zone,"
                     " duration_s, price, currency) VALUES (?,?,?,?,?,?,?,?,?)", calls())
    conn.commit()
    conn.close()


# -- measuring --------------------------------------------------------------------------------
def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # not Linux: the peak is the closest there is
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 1024


class Heartbeat:
    """A timer on the UI thread; the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.worst = max(self.worst, (now - self.last) * 1000 - HEARTBEAT_MS)
        self.last = now

    def __enter__(self) -> Heartbeat:
        self.last, self.worst = 0.0, 0.0
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def spin_until(done: Callable[[], bool], timeout_s: float = 600) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the table did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def first_rows_ms(start: float, view: object, model: object) -> float:
    spin_until(lambda: model.rowCount() > 0)  # type: ignore[attr-defined]
    view.viewport().repaint()  # type: ignore[attr-defined]
    return (time.perf_counter() - start) * 1000


def scroll_to_end(view: object, model: object, done: Callable[[], bool]) -> float:
    """Hold the scrollbar at the bottom, as a user does, until `done`; the longest stall (ms)."""
    from PySide6.QtCore import QTimer

    bar = view.verticalScrollBar()  # type: ignore[attr-defined]
    mover = QTimer()
    mover.setInterval(10)
    mover.timeout.connect(lambda: bar.setValue(bar.maximum()))
    with Heartbeat() as beat:
        mover.start()
        spin_until(done)
        mover.stop()
    return beat.worst


def floor(app: object) -> tuple[float, float, float]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

    empty = QWidget()
    empty.resize(1280, 800)
    empty.show()
    spin_until(lambda: True)
    empty_rss = rss_mb()
    empty.close()

    class Trivial(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
            return 0 if parent.isValid() else CALLS

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
            return 0 if parent.isValid() else 6

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None

    start = time.perf_counter()
    model = Trivial()
    view = QTableView()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setModel(model)
    view.resize(1280, 800)
    view.show()
    first = first_rows_ms(start, view, model)
    bar = view.verticalScrollBar()
    steps = iter(range(1, 401))
    from PySide6.QtCore import QTimer

    mover = QTimer()
    mover.setInterval(10)
    finished = []
    mover.timeout.connect(lambda: bar.setValue(bar.maximum() * next(steps, 400) // 400)
                          if bar.value() < bar.maximum() else finished.append(1))
    with Heartbeat() as beat:
        mover.start()
        spin_until(lambda: bool(finished))
        mover.stop()
    view.close()
    return empty_rss, first, beat.worst


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--seed":
        seed(Path(sys.argv[2]))
        return 0
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.sqlite3"
        t = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--seed", str(path)], check=True)
        print(f"seeded {INVOICES:,} invoices and {CALLS:,} calls into a store in "
              f"{time.perf_counter() - t:.1f} s ({path.stat().st_size / 2**20:.0f} MB)")
        empty_rss, floor_first, floor_stall = floor(app)
        print(f"floor: empty window {empty_rss:.0f} MB RSS; bare QTableView of {CALLS:,} rows: first rows "
              f"{floor_first:.0f} ms, longest stall scrolling to the end {floor_stall:.1f} ms")
        results = measure(path)
    page_first, page_stall, dialog_first, dialog_stall, end_rss, loaded = results
    print(f"Invoices table ({INVOICES:,} invoices): first rows {page_first:.0f} ms, longest stall "
          f"scrolling to the end {page_stall:.1f} ms")
    print(f"invoice call list ({loaded:,} calls loaded): first rows {dialog_first:.0f} ms, longest stall "
          f"scrolling to the end {dialog_stall:.1f} ms")
    first = max(page_first, dialog_first)
    stall = max(page_stall, dialog_stall)
    ok_first, ok_rss, ok_stall = first < FIRST_ROWS_MS, end_rss < RSS_MB, stall < STALL_MS
    ok = ok_first and ok_rss and ok_stall and loaded == CALLS
    print(f"bench big_tables/first_rows: {first:.0f} ms (goal < {FIRST_ROWS_MS:.0f} ms; floor "
          f"{floor_first:.0f} ms) {'PASS' if ok_first else 'MISS'}")
    print(f"bench big_tables/memory: {end_rss:.0f} MB RSS after scrolling both to the end (goal < "
          f"{RSS_MB:.0f} MB; floor: empty window {empty_rss:.0f} MB) {'PASS' if ok_rss else 'MISS'}")
    print(f"bench big_tables: {stall:.1f} ms longest UI-thread stall (goal < {STALL_MS:.0f} ms; floor "
          f"{floor_stall:.1f} ms) {'PASS' if ok else 'MISS'}")
    return 0 if ok else 1


def measure(path: Path) -> tuple[float, float, float, float, float, int]:
    from bench._offline_page import offline_context
    from desktop.views.invoices.invoice_dialog import InvoiceDialog
    from desktop.views.invoices.invoices_page import InvoicesPage

    _me, ctx, store = offline_context(path, role="billing", balance="0")
    start = time.perf_counter()
    page = InvoicesPage()
    page.resize(1280, 800)
    page.set_context(ctx)
    page.show()
    page_first = first_rows_ms(start, page.table, page.model)
    page_stall = scroll_to_end(page.table, page.model, lambda: page.model.rowCount() == INVOICES
                               and not page.model.canFetchMore())
    invoice = page.model.records[0]
    start = time.perf_counter()
    dialog = InvoiceDialog(ctx, page.source, invoice, page)
    dialog.resize(1280, 800)
    dialog.show()
    dialog_first = first_rows_ms(start, dialog.calls, dialog.calls_model)
    dialog_stall = scroll_to_end(dialog.calls, dialog.calls_model, lambda: dialog.calls_loaded)
    end_rss = rss_mb()
    loaded = dialog.calls_model.rowCount()
    dialog.close()
    page.close()
    store.close()
    return page_first, page_stall, dialog_first, dialog_stall, end_rss, loaded


if __name__ == "__main__":
    sys.exit(main())
