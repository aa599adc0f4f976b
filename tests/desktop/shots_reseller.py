"""Screenshots of the reseller workspace, for looking at (not a test that runs in the suite), in
English and German, light and dark, into /tmp/shots/reseller/:

- the customer list loading, in the provider's order (1280x800 and 1920x1080), sorted by a header
  click, filtered, with no match, and after the overview's "Customers with open invoices";
- the overview (1280x800 and 1920x1080);
- the New customer dialog with every field empty, and with the provider's field errors;
- pages while acting for a customer, opened by Enter in the list (banner, header, title):
  Dashboard, Invoices, Automatic payments, Subscription; the window titles go to titles.txt;
- the workspace offline (list and overview); on a provider of its own, prepaid balances (negative
  ones, a filter for them) and the list when the provider stops answering.

    .venv/bin/pytest -q -p no:cacheprovider tests/desktop/shots_reseller.py
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desktop import i18n
from desktop.models.reseller.customers_model import CustomerColumn
from desktop.sandbox import SandboxServer
from desktop.tasks import wait_all
from provider.db.models import Account, LedgerEntry
from tests.desktop.conftest import LOW_COST
from tests.desktop.shop_support import open_page, signed_in_app
from tests.desktop.views_support import TIMEOUT, close_windows, open_dialog  # noqa: F401

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/reseller"))
SIZES = ((1280, 800), (1920, 1080))
RESELLER, PASSWORD = "owner@helvetia-reseller.example", "Switchboard-2026"
THEMES = pytest.mark.parametrize("lang,theme", [(lang, theme) for lang in ("en", "de")
                                                for theme in ("light", "dark")])


def _dark() -> QPalette:
    p = QPalette()
    R = QPalette.ColorRole
    colours = {R.Window: "#2b2b2b", R.WindowText: "#e8e8e8", R.Base: "#1f1f1f", R.AlternateBase: "#2a2a2a",
               R.Text: "#e8e8e8", R.Button: "#3a3a3a", R.ButtonText: "#e8e8e8", R.Highlight: "#3d6fb4",
               R.HighlightedText: "#ffffff", R.ToolTipBase: "#333333", R.ToolTipText: "#eeeeee",
               R.PlaceholderText: "#999999"}
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    # Without a disabled group, a disabled button would look exactly like an enabled one.
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


def _grab(widget: QWidget, name: str, tag: str, size: tuple[int, int] | None = (1280, 800), *,
          settle: bool = True) -> None:
    """`settle=False` lays out and paints without delivering replies still queued (loading states)."""
    OUT.mkdir(parents=True, exist_ok=True)
    if size is not None:
        widget.resize(*size)
    if settle:
        for _ in range(5):
            QApplication.processEvents()
    else:
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    suffix = f"{size[0]}x{size[1]}" if size else "dialog"
    assert widget.grab().save(str(OUT / f"{name}-{tag}-{suffix}.png"))


class _Themed:
    def __init__(self, lang: str, theme: str) -> None:
        self.app = QApplication.instance()
        self.saved = (self.app.style().name(), self.app.palette())
        self.app.setStyle("Fusion")
        if theme == "dark":
            self.app.setPalette(_dark())
        i18n.install(lang)

    def restore(self) -> None:
        wait_all()
        i18n.install("en")
        self.app.setPalette(self.saved[1])
        self.app.setStyle(self.saved[0])


def _wait_rows(qtbot: Any, page: Any, check: Any = lambda: True) -> None:
    qtbot.waitUntil(lambda: page.loaded and page.shown == page.query and check(), timeout=TIMEOUT)


def _list_states(qtbot: Any, window: Any, controller: Any, page: Any, tag: str) -> None:
    page.sort_by(int(CustomerColumn.OPEN_AMOUNT))
    page.sort_by(int(CustomerColumn.OPEN_AMOUNT))  # the second click: largest first
    _wait_rows(qtbot, page, lambda: page.shown.sort == "-open_amount")
    _grab(window, "customers-sorted", tag)
    page.search.setText("Garage")
    page.status_filter.setCurrentIndex(1)
    _wait_rows(qtbot, page, lambda: page.shown.text == "Garage" and page.shown.status == "active")
    _grab(window, "customers-filtered", tag)
    page.search.setText("Niemand-Kunde")
    _wait_rows(qtbot, page, lambda: page.shown.text == "Niemand-Kunde")
    assert page.model.rowCount() == 0 and page.table.empty_label.isVisible()
    _grab(window, "customers-empty", tag)
    page.search.clear()
    page.status_filter.setCurrentIndex(0)
    page.sort = None
    page.apply_filters()
    _wait_rows(qtbot, page, lambda: page.shown.sort is None and not page.shown.text)


def _overview(qtbot: Any, window: Any, page: Any, tag: str) -> None:
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.overview.loaded, timeout=TIMEOUT)
    for size in SIZES:
        _grab(window, "overview", tag, size)
    page.overview.open_button.click()
    _wait_rows(qtbot, page, lambda: page.shown.open_invoices is True)
    _grab(window, "customers-open-invoices", tag)
    page.invoice_filter.setCurrentIndex(0)
    page.sort = None
    page.apply_filters()
    _wait_rows(qtbot, page, lambda: page.shown.open_invoices is None and page.shown.sort is None)


def _new_customer(qtbot: Any, page: Any, tag: str) -> None:
    from desktop.views.reseller.create_customer_dialog import CreateCustomerDialog

    page.new_button.click()
    dialog = open_dialog(qtbot, CreateCustomerDialog)
    _grab(dialog, "new-customer-open", tag, None)
    dialog.submit()  # empty: every required field says so
    _grab(dialog, "new-customer-empty", tag, None)
    for widget, text in ((dialog.company, "Müller Sanitär AG"), (dialog.name, "Hans Müller"),
                         (dialog.email, "hans.mueller@"), (dialog.street, "Dorfstrasse 3"),
                         (dialog.postal_code, "8400"), (dialog.city, "Winterthur")):
        widget.setText(text)
    dialog.password.edit.setText("kurz")
    dialog.submit()  # the provider refuses: its field errors land at the fields
    qtbot.waitUntil(lambda: dialog.primary.isEnabled() and bool(dialog.errors.message_for("email")),
                    timeout=TIMEOUT)
    _grab(dialog, "new-customer-refused", tag, None)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _acting(qtbot: Any, window: Any, controller: Any, page: Any, tag: str, lang: str) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.acting is not None, timeout=TIMEOUT)
    with (OUT / "titles.txt").open("a", encoding="utf-8") as titles:
        titles.write(f"{tag}: {window.windowTitle()} | {window.acting_label.text()} | "
                     f"{window.account_name.text()} | {window.account_details.text()}\n")
    qtbot.waitUntil(lambda: window.dashboard.panel is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.dashboard.panel.shown_account == window.acting.account.id, timeout=TIMEOUT)
    _grab(window, "acting-dashboard", tag)
    for key in ("invoices", "automatic_payments", "subscription"):
        open_page(qtbot, controller, key)
        for size in SIZES if key == "invoices" else SIZES[:1]:
            _grab(window, f"acting-{key.replace('_', '-')}", tag, size)
    window.back_button.click()
    assert window.acting is None and window.current_page() == "customers"


def _offline(window: Any, page: Any, tag: str) -> None:
    window.set_context(window.own_context.with_offline(True))
    window.show_offline(None)
    page.tabs.setCurrentIndex(0)
    _grab(window, "offline-customers", tag)
    page.tabs.setCurrentIndex(1)
    _grab(window, "offline-overview", tag)


@THEMES
def test_shots(qtbot: Any, provider_server: str, qsettings_tmp: Any, keyring_backend: Any,
               lang: str, theme: str) -> None:
    themed = _Themed(lang, theme)
    tag = f"{lang}-{theme}"
    try:
        controller = signed_in_app(qtbot, provider_server, qsettings_tmp, RESELLER, PASSWORD)
        window = controller.window
        window.resize(*SIZES[0])
        window.show_page("customers")
        page = window.pages["customers"].page
        _grab(window, "customers-loading", tag, settle=False)
        qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=TIMEOUT)
        for size in SIZES:
            _grab(window, "customers", tag, size)
        _list_states(qtbot, window, controller, page, tag)
        _overview(qtbot, window, page, tag)
        page.tabs.setCurrentIndex(0)
        _new_customer(qtbot, page, tag)
        _acting(qtbot, window, controller, page, tag, lang)
        _offline(window, page, tag)
    finally:
        themed.restore()


def _book(data_dir: Path, amounts: dict[int, str]) -> None:
    """Prepaid balances for a few customers, booked straight into the provider's ledger (the demo
    reseller's customers are postpaid, all at 0.00): one negative, one in the thousands."""
    engine = create_engine(f"sqlite:///{data_dir / 'sandbox.sqlite3'}")
    now = datetime.now(UTC)
    with Session(engine) as db:
        for user_id, amount in amounts.items():
            account = db.scalars(select(Account).where(Account.user_id == str(user_id))).one()
            db.add(LedgerEntry(account_id=account.id, kind="top_up", amount=Decimal(amount),
                               currency=account.currency, description="shots",
                               reference=f"shots:{account.id}", created_at=now))
        db.commit()
    engine.dispose()


@THEMES
def test_shots_provider_gone(qtbot: Any, tmp_path: Path, qsettings_tmp: Any, keyring_backend: Any,
                             lang: str, theme: str) -> None:
    """The list when the provider stops answering: a provider of its own, stopped mid-session."""
    server = SandboxServer.start(tmp_path / "provider", env=LOW_COST)
    themed = _Themed(lang, theme)
    try:
        controller = signed_in_app(qtbot, server.wait_ready(60), qsettings_tmp, RESELLER, PASSWORD)
        window = controller.window
        window.resize(*SIZES[0])
        window.show_page("customers")
        page = window.pages["customers"].page
        qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=TIMEOUT)
        _book(tmp_path / "provider", {65001: "-12.40", 65002: "250.00", 65003: "-0.35", 65004: "1234.50"})
        page.balance_filter.setCurrentIndex(1)  # negative balance
        _wait_rows(qtbot, page, lambda: page.shown.balance_below == Decimal("0"))
        _grab(window, "customers-negative", f"{lang}-{theme}")
        page.balance_filter.setCurrentIndex(0)
        _wait_rows(qtbot, page, lambda: page.shown.balance_below is None)
        _grab(window, "customers-balances", f"{lang}-{theme}")
        server.stop()
        page.search.setText("Garage")
        page.apply_filters()
        qtbot.waitUntil(lambda: page.loaded and page.status.isVisible(), timeout=TIMEOUT)
        _grab(window, "customers-error", f"{lang}-{theme}")
    finally:
        themed.restore()
        server.stop()
