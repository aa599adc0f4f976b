"""Desktop manners of the main window: its size, splitter and table columns come back per
profile; Ctrl+C copies table rows as tab-separated text; the standard shortcuts and the menu
roles macOS needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.app_controller import AppController
from desktop.models.record_model import Column, RecordModel
from desktop.views.main_window import MainWindow
from desktop.views.record_table import RecordTable
from tests.desktop.views_support import TIMEOUT, close_windows, open_dialog  # noqa: F401

ROWS = [("2026-000017", "Alpenblick AG", "CHF 1'234.50"), ("2026-000018", "Tab\there", "CHF 10.00"),
        ("2026-000019", "Line\nbreak", "EUR 7.00")]
COLUMNS = [Column(lambda: "Number", lambda r: r[0]), Column(lambda: "Customer", lambda r: r[1]),
           Column(lambda: "Amount", lambda r: r[2], align_right=True)]


def _window(qtbot, settings, profile="Work"):
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, profile_name=profile, sandbox=False, settings=settings)
    return window, controller


def _table_page(window) -> RecordTable:
    """A page with a named table, as the data pages are (`<key>_page` holding `<name>` tables)."""
    page = QWidget(window.stack)
    page.setObjectName("invoices_page")
    model = RecordModel(COLUMNS, page)
    model.set_records(ROWS)
    table = RecordTable(model, page, "invoices_table")
    QVBoxLayout(page).addWidget(table)
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    return table


def test_size_splitter_and_columns_come_back_for_the_same_profile(qtbot, qsettings_tmp):
    window, _controller = _window(qtbot, qsettings_tmp)
    window.show()
    table = _table_page(window)
    qtbot.waitExposed(window)
    window.resize(761, 555)  # within the offscreen screen, which restoring clamps to
    size = (window.width(), window.height())
    window.splitter.setSizes([333, 400])
    table.horizontalHeader().resizeSection(1, 321)  # the user drags a column wider
    table.horizontalHeader().moveSection(2, 0)  # and the amount first
    sizes = window.splitter.sizes()
    window.close()

    again, _controller2 = _window(qtbot, qsettings_tmp)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == size
    assert again.splitter.sizes() == sizes
    table2 = _table_page(again)
    qtbot.waitUntil(lambda: table2.widths_restored is not None, timeout=TIMEOUT)
    assert table2.widths_restored and table2.columnWidth(1) == 321
    assert table2.horizontalHeader().logicalIndex(0) == 2
    table2.resizeColumnsToContents()  # a page's "fit to the data" after a load
    assert table2.columnWidth(1) == 321  # does not undo what the user chose

    other, _controller3 = _window(qtbot, qsettings_tmp, profile="Home")
    assert (other.width(), other.height()) != size  # each profile its own


def test_copy_selected_rows_as_tab_separated_text_with_the_header(qtbot, qsettings_tmp):
    window, _controller = _window(qtbot, qsettings_tmp)
    window.show()
    table = _table_page(window)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # rows are copied in the order shown
    table.setFocus()
    table.selectRow(0)
    table.selectionModel().select(table.model().index(2, 0), table.selectionModel().SelectionFlag.Select
                                  | table.selectionModel().SelectionFlag.Rows)
    QGuiApplication.clipboard().clear()
    qtbot.keySequence(table, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == (
        "Number\tCustomer\tAmount\n"
        "2026-000017\tAlpenblick AG\tCHF 1'234.50\n"
        "2026-000019\tLine break\tEUR 7.00\n")
    table.clearSelection()
    table.selectRow(1)  # a tab inside a cell must not make a column
    qtbot.keySequence(table, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text().splitlines()[1].split("\t") == ["2026-000018", "Tab here",
                                                                               "CHF 10.00"]


def test_standard_shortcuts_and_menu_roles(qtbot, qsettings_tmp):
    window, _controller = _window(qtbot, qsettings_tmp)
    window.show()
    qtbot.waitExposed(window)
    actions = window.window_actions
    assert QKeySequence("Ctrl+,") in actions.preferences.shortcuts()
    assert QKeySequence("F5") in actions.refresh.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Find) in actions.find.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Close) in actions.close.shortcuts()
    roles = {a.menuRole() for a in window.findChildren(QAction)}
    assert {QAction.MenuRole.AboutRole, QAction.MenuRole.PreferencesRole, QAction.MenuRole.QuitRole} <= roles

    window.show_page("dashboard")
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert "nothing to search" in window.statusBar().currentMessage()

    # A language switch builds the menus again: still one action per shortcut.
    window._build()
    prefs = [a for a in window.actions() if a.objectName() == "preferences_action"]
    assert len(prefs) == 1
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_refresh_reloads_the_page_shown(qtbot, provider_server, qsettings_tmp, keyring_backend, unique_email):
    from tests.desktop.helpers import PASSWORD
    from tests.desktop.views_support import register_private, sign_in_through_dialog, start_app

    email = unique_email("refresh")
    register_private(provider_server, email)
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, email, PASSWORD)
    window = controller.window
    window.show_page("payment_history")
    qtbot.waitUntil(lambda: window.pages["payment_history"].page is not None, timeout=TIMEOUT)
    page = window.pages["payment_history"].page
    qtbot.waitUntil(lambda: page.ctx is not None, timeout=TIMEOUT)
    reloads: list[int] = []
    original = page.reload
    page.reload = lambda: (reloads.append(1), original())
    # The key, not the action: two actions with F5 once made it ambiguous, and it did nothing.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert reloads == [1]
