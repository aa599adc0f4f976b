"""The Invoices page reading the local store, offline (a store filled as a sync would): filters by
status, type and period and search by number done in the store, pages loaded as the table
scrolls, an invoice opened with its items and its calls paged in, a call disputed (kept on this
computer for the next sync), the invoice saved as PDF; a viewer may read but not dispute."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.api_client import Me
from desktop.sources import Sources
from desktop.store import LocalStore
from desktop.views.invoices.invoice_dialog import InvoiceDialog
from desktop.views.invoices.invoices_page import InvoicesPage
from desktop.views.pages import PageContext
from tests.desktop import invoice_samples
from tests.desktop.views_support import close_windows  # noqa: F401 (autouse fixture)

TIMEOUT = 15_000
INVOICES = 230  # more than two pages of 100
BIG = 3_000  # calls on the newest invoice: several pages of growing size


def _me(role: str, permissions: list[str]) -> Me:
    return Me.from_json({"user": {"id": 1, "email": "o@x.example", "name": "O", "role": role},
                         "account": {"id": 1, "user_id": "52718", "kind": "business",
                                     "structure": "collective", "name": "Alpenblick", "country": "CH",
                                     "currency": "CHF", "language": "en", "balance": "0"},
                         "permissions": permissions})


def _fill(store: LocalStore) -> None:
    rows = []
    for n in range(1, INVOICES + 1):
        year, month = 2006 + (n - 1) // 12, (n - 1) % 12 + 1
        period = f"{year}-{month:02d}"
        data = invoice_samples.detail_json([], number=f"{year}-{n:06d}",
                                           status=("paid", "open", "credited")[n % 3],
                                           kind="credit_note" if n % 10 == 0 else "invoice")
        data.update(id=n, period=period, issued_at=f"{period}-28T00:00:00Z",
                    call_count=BIG if n == INVOICES else 0)
        rows.append(data)
    store.upsert_invoices([{k: v for k, v in r.items() if k not in ("items", "customer")} for r in rows])
    for r in rows:
        store.set_detail(r["id"], r)
    calls = invoice_samples.calls(BIG, seed=3, invoice_id=INVOICES)
    store.put_calls(INVOICES, [{"id": c.id, "started_at": c.started_at.isoformat(),
                                "from_number": c.from_number, "to_number": c.to_number, "zone": c.zone,
                                "duration_s": c.duration_s, "price": str(c.price), "currency": c.currency}
                               for c in calls], complete=True)


@pytest.fixture
def store(tmp_path: Path):
    s = LocalStore(tmp_path / "store.sqlite3")
    _fill(s)
    yield s
    s.close()


def _page(qtbot, store: LocalStore, me: Me) -> InvoicesPage:
    page = InvoicesPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.set_context(PageContext(me, Sources.of(None, me.account, store=store, offline=True)))
    page.show()
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=TIMEOUT)
    return page


def _numbers(page: InvoicesPage) -> list[str]:
    return [r.number for r in page.model.records]


def test_filters_search_and_paging_from_the_store(qtbot, store):
    page = _page(qtbot, store, _me("billing", ["billing.read", "billing.payments"]))
    assert page.model.rowCount() == 100 and page.model.canFetchMore()
    assert page.model.records[0].id == INVOICES  # newest first
    assert page.compare_button.isEnabled() and page.open_button.isEnabled()
    # Scrolling to the end asks for the next pages until the store has no more.
    for _ in range(5):
        page.table.scrollToBottom()
        qtbot.wait(50)
    qtbot.waitUntil(lambda: page.model.rowCount() == INVOICES, timeout=TIMEOUT)
    assert not page.model.canFetchMore()
    assert len(set(_numbers(page))) == INVOICES

    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    qtbot.waitUntil(lambda: page.model.records and all(r.status == "open" for r in page.model.records),
                    timeout=TIMEOUT)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("credit_note"))
    qtbot.waitUntil(lambda: page.model.records and all(r.kind == "credit_note" and r.status == "open"
                                                       for r in page.model.records), timeout=TIMEOUT)
    expected = sum(1 for n in range(1, INVOICES + 1) if n % 3 == 1 and n % 10 == 0)
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=TIMEOUT)
    page.status_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(0)
    # Periods offered are the store's, newest first; choosing one shows its invoice.
    assert page.period_filter.itemData(1) == "2025-02"
    page.period_filter.setCurrentIndex(page.period_filter.findData("2010-03"))
    qtbot.waitUntil(lambda: [r.period for r in page.model.records] == ["2010-03"], timeout=TIMEOUT)
    page.period_filter.setCurrentIndex(0)
    # Search by number: a prefix; letters cannot be typed.
    qtbot.keyClicks(page.number, "x2012-0000")
    assert page.number.text() == "2012-0000"
    qtbot.waitUntil(lambda: _numbers(page) and all(n.startswith("2012-0000") for n in _numbers(page)),
                    timeout=TIMEOUT)
    assert sorted(_numbers(page)) == [f"2012-{n:06d}" for n in range(73, 85) if n < 100]
    page.number.clear()
    page.number.returnPressed.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 100, timeout=TIMEOUT)
    # Sorting is the proxy's: by total as money, by number as text.
    page.table.sortByColumn(0, page.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    first = page.table.model().index(0, 0).data()
    assert first == min(_numbers(page))


def test_open_invoice_pages_calls_dispute_offline_and_pdf(qtbot, store, tmp_path):
    page = _page(qtbot, store, _me("billing", ["billing.read", "billing.payments"]))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the current (newest) invoice
    qtbot.waitUntil(lambda: isinstance(getattr(page, "dialog", None), InvoiceDialog), timeout=TIMEOUT)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.loaded and dialog.calls_model.rowCount() > 0, timeout=TIMEOUT)
    assert dialog.items_model.rowCount() == 2
    assert dialog.calls_model.rowCount() == 200 and dialog.calls_model.canFetchMore()
    while not dialog.calls_loaded:
        dialog.calls.scrollToBottom()
        qtbot.wait(30)
    assert dialog.calls_model.rowCount() == BIG
    ids = list(dialog.calls_model.store.ids)
    assert ids == sorted(ids) and len(set(ids)) == BIG  # in time order (ids grow with time here)
    # Dispute the 2,500th call: kept on this computer, shown as disputed.
    dialog.calls.setCurrentIndex(dialog.calls_model.index(2499, 0))
    assert dialog.dispute_button.isEnabled()
    dialog.dispute_selected()
    dispute = dialog.dispute_dialog
    dispute.primary.click()  # an empty note is refused at the field
    assert dispute.errors.message_for("note") and dispute.isVisible()
    dispute.note.setText("Never called this number")
    dispute.primary.click()
    qtbot.waitUntil(lambda: not dispute.isVisible(), timeout=TIMEOUT)
    assert dispute.sent is False and "next sync" in dialog.status.text()
    unsent = store.unsent_disputes()
    assert [(d.call_id, d.note) for d in unsent] == [(ids[2499], "Never called this number")]
    assert dialog.calls_model.index(2499, 0).data(Qt.ItemDataRole.ToolTipRole) == "You disputed this call."
    # Save as PDF from the dialog, offline.
    target = tmp_path / "invoice.pdf"
    dialog.export_pdf(target)
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_viewer_reads_but_cannot_dispute(qtbot, store):
    page = _page(qtbot, store, _me("viewer", ["billing.read"]))
    assert page.open_button.isEnabled() and page.pdf_button.isEnabled()
    page.open_selected()
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.calls_model.rowCount() > 0, timeout=TIMEOUT)
    assert not dialog.dispute_button.isEnabled() and "Viewer" in dialog.dispute_button.toolTip()
    assert dialog.pdf_button.isEnabled()


def test_keyboard_alone(qtbot, store):
    """Tab walks filters, table and actions in reading order; Enter on a row opens it; Escape
    closes the invoice; the number field takes only digits and dashes."""
    page = _page(qtbot, store, _me("billing", ["billing.read", "billing.payments"]))
    page.activateWindow()
    page.status_filter.setFocus()
    order = []
    widget = page.status_filter
    for _ in range(9):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isEnabled():
            widget = widget.nextInFocusChain()
    assert order == ["status_filter", "kind_filter", "period_filter", "number_search", "refresh",
                     "invoices_table", "open_invoice", "save_pdf", "compare_months"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    second = page.selected()
    assert second is not None and second.id == INVOICES - 1
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(page, "dialog", None) is not None and page.dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = page.dialog
    assert dialog.invoice.id == second.id
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_export_period_from_the_store_and_cancel(qtbot, store, tmp_path):
    """A period's ZIP from the invoices on this computer, off the UI thread; cancelling leaves
    nothing half-written."""
    import os
    import stat
    import zipfile
    from datetime import date

    from desktop.views.invoices.period_export import default_period, run_export

    assert default_period(date(2027, 3, 15)) == (date(2027, 2, 1), date(2027, 2, 28))
    page = InvoicesPage()
    qtbot.addWidget(page)
    me = _me("viewer", ["billing.read"])
    page.set_context(PageContext(me, Sources.of(None, me.account, store=store, offline=True)))
    assert page.export_button.isEnabled(), "reading the store needs no provider and no paying right"
    done, failed = [], []
    run_export(page, page.ctx, date(2006, 1, 1), date(2006, 12, 31), tmp_path / "exports",
               on_done=done.append, on_failed=failed.append)
    qtbot.waitUntil(lambda: bool(done or failed), timeout=TIMEOUT)
    assert not failed
    path, count = done[0]
    assert count == 12
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
    assert {"invoices.csv", "calls.csv", "invoices.xlsx"} <= set(names) and len(names) == 15
    if os.name == "posix":  # the invoices and calls are the user's alone, as in the store
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700  # a folder the export made

    cancelled = tmp_path / "cancelled"
    handle = run_export(page, page.ctx, date(2006, 1, 1), date(2024, 12, 31), cancelled,
                        on_done=done.append, on_failed=failed.append)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.finished, timeout=TIMEOUT)
    assert len(done) == 1 and not failed
    assert not list(cancelled.glob("*.zip")) and not list(cancelled.glob("*.part"))


def test_a_saved_invoice_pdf_is_the_users_alone(store, tmp_path):
    import os
    import stat

    from desktop.reports.export import Account, export_invoice

    path = tmp_path / "invoice.pdf"
    path.write_bytes(b"old")
    os.chmod(path, 0o644)  # a file of the same name, readable by others, is replaced
    export_invoice(store, INVOICES, Account("52718", "en", True), path)
    assert path.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
