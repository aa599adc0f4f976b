"""What the reseller workspace shows and how it is worked by keyboard, against the real sandbox
provider: Tab reaches every control of both tabs, sorting from the keyboard, Enter on a top customer
acts for it, Escape closes New customer (whose password rules are never cut off); the header, the
banner and the window title name the same customer, in English and German; counts, months and
amounts as words and money; an empty search, a provider that stops answering, and offline."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.api_client import ResellerApi
from desktop.api_client.reseller_types import CustomerQuery
from desktop.models.reseller.customers_model import (
    NEGATIVE_ON_DARK,
    NEGATIVE_ON_LIGHT,
    CustomerColumn,
    count_text,
    negative_colour,
)
from desktop.models.reseller.overview_models import invoices_text, month_text, totals_text
from desktop.sandbox import SandboxServer
from desktop.tasks import wait_all
from tests.desktop.conftest import LOW_COST
from tests.desktop.shop_support import open_page, signed_in_app
from tests.desktop.test_keyboard_pages import _controls
from tests.desktop.views_support import TIMEOUT, close_windows, open_dialog  # noqa: F401

RESELLER, PASSWORD = "owner@helvetia-reseller.example", "Switchboard-2026"


def _workspace(qtbot: Any, base_url: str, settings: Any) -> tuple[Any, Any, Any]:
    controller = signed_in_app(qtbot, base_url, settings, RESELLER, PASSWORD)
    page = open_page(qtbot, controller, "customers")
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=TIMEOUT)
    return controller, controller.window, page


def _settled(qtbot: Any, page: Any, check: Any = lambda: True) -> None:
    qtbot.waitUntil(lambda: page.loaded and page.shown == page.query and check(), timeout=TIMEOUT)


def _tab_reaches_all(qtbot: Any, window: Any, tab: Any) -> list[str]:
    wanted = _controls(tab)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)
    window.nav.setFocus()
    reached: set[int] = set()
    for _ in range(4 * len(wanted) + 40):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not None:
            reached.add(id(QApplication.focusWidget()))
    return [w.objectName() or type(w).__name__ for w in wanted
            if id(w) not in reached and id(w.focusProxy()) not in reached]


def test_keyboard_reaches_sorts_opens_and_closes(qtbot, provider_server, qsettings_tmp, keyring_backend):
    controller, window, page = _workspace(qtbot, provider_server, qsettings_tmp)
    assert not _tab_reaches_all(qtbot, window, page.tabs.widget(0))
    order = []
    window.nav.setFocus()
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.tabs.tabBar(), page.search, page.status_filter, page.balance_filter,
                     page.invoice_filter, page.table, page.open_button, page.new_button]  # as on screen

    # Sorting without a mouse: the list's context menu asks the provider for that order.
    page.table.setFocus()
    page.table.customContextMenuRequested.emit(QPoint(5, 5))
    by_name = [a for a in page.sort_menu.actions() if a.text() == "Sort by Customer"]
    assert len(by_name) == 1 and not by_name[0].isChecked()
    by_name[0].trigger()
    page.sort_menu.close()
    _settled(qtbot, page, lambda: page.shown.sort == "name")
    api = ResellerApi(controller.session.client, controller.session.me.account.id)
    expected = [c.id for c in api.customers(CustomerQuery(sort="name"), None, 100).items]
    assert [c.id for c in page.model.records] == expected
    assert page.table.horizontalHeader().sortIndicatorSection() == int(CustomerColumn.NAME)

    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.overview.loaded, timeout=TIMEOUT)
    assert not _tab_reaches_all(qtbot, window, page.overview)
    top = page.overview.top
    first = top.selected()
    assert first is not None and first.id == page.overview.data.top_customers[0].id
    top.setFocus()
    qtbot.keyClick(top, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.acting is not None, timeout=TIMEOUT)
    assert window.acting.account.id == first.id
    window.back_button.click()

    from desktop.views.reseller.create_customer_dialog import CreateCustomerDialog

    page.tabs.setCurrentIndex(0)
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    dialog = open_dialog(qtbot, CreateCustomerDialog)
    dialog.submit()  # every field empty, the password too
    for _ in range(5):
        QApplication.processEvents()
    assert dialog.errors.message_for("password") == "Fill this in."
    hints = dialog.password.hints
    assert hints.height() >= hints.heightForWidth(hints.width()), "the password rules are cut off"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result is None
    wait_all()


def test_header_banner_and_title_name_the_customer_in_both_languages(qtbot, provider_server, qsettings_tmp,
                                                                      keyring_backend):
    controller, window, page = _workspace(qtbot, provider_server, qsettings_tmp)
    page.search.setText("65002")
    _settled(qtbot, page, lambda: page.shown.text == "65002")
    customer = page.model.records[0]
    assert page.count_label.text() == "1 customer shown"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.acting is not None, timeout=TIMEOUT)
    name = customer.display_name
    assert window.account_name.text() == name
    assert window.account_details.text().startswith("User ID 65002 · owner@helvetia-reseller.example")
    assert window.acting_label.text() == f"Acting for {name} (65002)"
    assert window.windowTitle() == f"Acting for {name} – Switchboard"
    assert window.balance_badge.ctx.me.account.id == customer.id  # the balance beside it is the customer's
    try:
        i18n.install("de")
        qtbot.waitUntil(lambda: window.acting_label.text() == f"Sie handeln für {name} (65002)",
                        timeout=TIMEOUT)
        assert window.account_name.text() == name
        assert window.account_details.text().startswith("Benutzer-ID 65002 ·")
        assert window.windowTitle() == f"Sie handeln für {name} – Switchboard"
    finally:
        i18n.install("en")
    window.back_button.click()
    assert window.account_name.text() == controller.session.me.account.name
    wait_all()


def test_overview_words_and_the_open_invoice_list(qtbot, provider_server, qsettings_tmp, keyring_backend):
    controller, window, page = _workspace(qtbot, provider_server, qsettings_tmp)
    page.tabs.setCurrentIndex(1)
    overview = page.overview
    qtbot.waitUntil(lambda: overview.loaded, timeout=TIMEOUT)
    data = overview.data
    assert overview.figures["open"].text() == f"{data.open_count} invoices · " + totals_text(data.open_totals,
                                                                                             "CHF")
    assert overview.figures["overdue"].text() == invoices_text(data.overdue)
    months = overview.months.model()
    shown = [months.index(r, 0).data() for r in range(months.rowCount())]
    assert shown == [month_text(m.month) for m in data.revenue_by_month]
    assert all(not text[:4].isdigit() for text in shown)  # "November 2026", not "2026-11"

    overview.open_button.click()
    _settled(qtbot, page, lambda: page.shown.open_invoices is True)
    assert page.tabs.currentIndex() == 0 and page.invoice_filter.currentData() is True
    api = ResellerApi(controller.session.client, controller.session.me.account.id)
    expected = api.customers(CustomerQuery(open_invoices=True, sort="-open_amount"), None, 100).items
    assert [c.id for c in page.model.records] == [c.id for c in expected]

    page.search.setText("Niemand-Kunde")
    _settled(qtbot, page, lambda: page.shown.text == "Niemand-Kunde")
    assert page.model.rowCount() == 0 and page.table.empty_label.isVisible()
    assert page.table.empty_label.text() == "No customer matches this search and these filters."
    assert not page.open_button.isEnabled()
    wait_all()


def test_words_money_and_colours():
    assert count_text(1, False) == "1 customer shown"
    assert count_text(100, True) == "100 customers shown, scroll for more"
    assert invoices_text(0) == "none" and invoices_text(1) == "1 invoice" and invoices_text(7) == "7 invoices"
    assert totals_text({}, "EUR") == "EUR 0.00"
    both = {"EUR": Decimal("80.00"), "CHF": Decimal("1234.5")}
    assert totals_text(both, "CHF") == "CHF 1,234.50 · EUR 80.00"
    try:
        i18n.install("de")
        assert month_text("2026-03") == "März 2026"
        assert count_text(1, False) == "1 Kunde angezeigt"
        assert invoices_text(2) == "2 Rechnungen"
    finally:
        i18n.install("en")
    assert month_text("2026-11") == "November 2026"
    app = QApplication.instance()
    old = app.palette()
    try:
        dark = QPalette(old)
        dark.setColor(QPalette.ColorRole.Base, QColor("#1f1f1f"))
        app.setPalette(dark)
        assert negative_colour() == NEGATIVE_ON_DARK
        app.setPalette(old)
        assert negative_colour() == NEGATIVE_ON_LIGHT
    finally:
        app.setPalette(old)


def test_offline_keeps_the_rows_and_refuses_what_needs_the_provider(qtbot, provider_server, qsettings_tmp,
                                                                     keyring_backend):
    controller, window, page = _workspace(qtbot, provider_server, qsettings_tmp)
    rows = page.model.rowCount()
    page.search.setText("Garage")  # an answer on its way when the app goes offline is not shown
    page.apply_filters()
    window.set_context(window.own_context.with_offline(True))
    wait_all()
    qtbot.wait(50)
    assert page.model.rowCount() == rows and page.status.isVisible() and "Offline" in page.status.text()
    for widget in (page.search, page.status_filter, page.balance_filter, page.invoice_filter,
                   page.open_button, page.new_button):
        assert not widget.isEnabled(), widget.objectName()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    wait_all()
    assert window.acting is None
    page.tabs.setCurrentIndex(1)
    assert not page.overview.open_button.isEnabled()
    wait_all()


def test_a_provider_that_stops_answering_clears_the_rows_and_says_why(qtbot, tmp_path: Path, qsettings_tmp,
                                                                      keyring_backend):
    server = SandboxServer.start(tmp_path / "provider", env=LOW_COST)
    try:
        controller, window, page = _workspace(qtbot, server.wait_ready(60), qsettings_tmp)
        server.stop()
        page.search.setText("Garage")
        page.apply_filters()
        qtbot.waitUntil(lambda: page.loaded and page.status.isVisible(), timeout=TIMEOUT)
        assert page.model.rowCount() == 0 and page.shown is None
        assert "provider cannot be reached" in page.status.text()
        assert page.table.empty_label.text() == "The customers could not be loaded: see the message above."
        assert page.count_label.text() == "" and not page.open_button.isEnabled()
        wait_all()
    finally:
        server.stop()
