"""Screenshots of the dashboard for looking at (not collected by the suite): the page over a local
store with 5 years of daily data (bench/dashboard.py's seed), offline, in English and German,
light and dark (Fusion with a dark palette), at 1280x800 and 1920x1080, into /tmp/shots/dashboard/.

    .venv/bin/python tests/desktop/shots_dashboard.py

Under pytest, against a sandbox provider: the header's bell with unread notifications, its list
open and empty; the dashboard while a reseller acts for a customer (loading, charts, offline); the
dashboard as `make run` shows it (sandbox mode, the postpaid demo business account, CHF), and
signed in as the prepaid private demo account (CHF) and the German business account (EUR).

    .venv/bin/pytest -q tests/desktop/shots_dashboard.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/dashboard"))
SIZES = ((1280, 800), (1920, 1080))


def dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    p, r = QPalette(), QPalette.ColorRole
    for role, colour in ((r.Window, "#2b2b2b"), (r.WindowText, "#e6e6e6"), (r.Base, "#1e1e1e"),
                         (r.AlternateBase, "#2b2b2b"), (r.Text, "#e6e6e6"), (r.Button, "#353535"),
                         (r.ButtonText, "#e6e6e6"), (r.Highlight, "#2f6fb0"), (r.HighlightedText, "#ffffff"),
                         (r.ToolTipBase, "#353535"), (r.ToolTipText, "#e6e6e6"),
                         (r.PlaceholderText, "#999999")):
        p.setColor(role, QColor(colour))
    return p


def main() -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from bench.dashboard import seed
    from desktop import i18n
    from desktop.api_client.types import Me
    from desktop.sources import Sources
    from desktop.store import LocalStore
    from desktop.views.dashboard.dashboard_page import DashboardPage
    from desktop.views.pages import PageContext

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    light = app.palette()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.sqlite3"
        seed(path)
        store = LocalStore(path)
        for lang in ("en", "de"):
            de = lang == "de"
            QLocale.setDefault(QLocale(QLocale.Language.German if de else QLocale.Language.English,
                                       QLocale.Country.Switzerland if de else QLocale.Country.UnitedKingdom))
            i18n.install(lang)
            for theme in ("light", "dark"):
                app.setPalette(dark_palette() if theme == "dark" else light)  # type: ignore[arg-type]
                account = {"id": 1, "user_id": "52718", "kind": "business", "structure": "collective",
                           "name": "Alpenblick AG", "country": "CH", "currency": "CHF", "language": lang,
                           "balance": "50.00", "services": ["sip_trunk"]}
                user = {"id": 1, "email": "owner@alpenblick.example", "name": "Olivia Owner", "role": "owner"}
                me = Me.from_json({"user": user, "account": account,
                                   "permissions": ["billing.read", "billing.payments"]})
                for w, h in SIZES:
                    page = DashboardPage()
                    page.resize(w, h)
                    page.set_context(PageContext(me, Sources.of(None, me.account, store=store, offline=True)))
                    page.show_me(me)
                    page.show()
                    end = time.time() + 20
                    while (page.panel is None or page.panel.snapshot is None) and time.time() < end:
                        app.processEvents()
                        time.sleep(0.01)
                    for _ in range(5):
                        app.processEvents()
                    name = OUT / f"dashboard_{lang}_{theme}_{w}x{h}.png"
                    page.grab().save(str(name))
                    print(name)
                    page.close()
                    page.deleteLater()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())


# -- with a provider: the bell and its list, and the dashboard while acting for a customer ---------
# Run with pytest (the fixtures start a sandbox provider):
#     .venv/bin/pytest -q tests/desktop/shots_dashboard.py

try:
    from tests.desktop.views_support import close_windows  # noqa: F401 - autouse fixture under pytest
except ImportError:  # run as a script: no pytest fixtures needed
    pass

def _themed(lang: str, theme: str) -> tuple[object, object, object]:
    from PySide6.QtWidgets import QApplication

    from desktop import i18n

    app = QApplication.instance()
    saved = (app.style().name(), app.palette())
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())  # type: ignore[arg-type]
    i18n.install(lang)
    return app, *saved


def _restore(app: object, style: str, palette: object) -> None:
    from desktop import i18n
    from desktop.tasks import wait_all

    wait_all()
    i18n.install("en")
    app.setPalette(palette)  # type: ignore[attr-defined]
    app.setStyle(style)  # type: ignore[attr-defined]


def _save(widget: object, name: str, size: tuple[int, int] | None = None, popup: object = None) -> None:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    OUT.mkdir(parents=True, exist_ok=True)
    if size is not None:
        widget.resize(*size)  # type: ignore[attr-defined]
    for _ in range(10):
        QApplication.processEvents()
    image = widget.grab().toImage()  # type: ignore[attr-defined]
    if popup is not None:  # a popup is a window of its own: painted where it stands over the window
        painter = QPainter(image)
        painter.drawPixmap(widget.mapFromGlobal(popup.pos()), popup.grab())  # type: ignore[attr-defined]
        painter.end()
    path = OUT / f"{name}.png"
    assert image.save(str(path))
    print(path)


def _params() -> object:
    return pytest.mark.parametrize("lang,theme", [(lang, theme) for lang in ("en", "de")
                                                  for theme in ("light", "dark")])


@_params()
def test_shots_notification_list(qtbot, start_provider, qsettings_tmp, keyring_backend, lang, theme) -> None:
    from PySide6.QtCore import QPoint

    from desktop.sandbox import DEMO_PASSWORD
    from tests.desktop.shop_support import signed_in_app
    from tests.desktop.views_support import TIMEOUT

    app, style, palette = _themed(lang, theme)
    try:
        base_url = start_provider()
        controller = signed_in_app(qtbot, base_url, qsettings_tmp, "owner@alpenblick.example", DEMO_PASSWORD)
        window, client, offline = controller.window, controller.session.client, controller.offline
        qtbot.waitUntil(lambda: offline.store is not None and offline.store.last_sync is not None,
                        timeout=TIMEOUT)
        qtbot.waitUntil(lambda: window.notifications.notifier.facts is not None
                        and window.notifications.notifier.facts.invoices is not None, timeout=TIMEOUT)
        invoices = [i for i in offline.store.invoices() if i.kind == "invoice"][:2]
        for inv in invoices:
            client.request("POST", f"/sandbox/invoices/{inv.id}/credit-notes",
                           json={"amount": "12.50", "reason": "Goodwill"}, auth=False)
        offline.sync(client, controller.session.me.account.id)
        qtbot.waitUntil(lambda: window.notifications.unread == 2, timeout=TIMEOUT)
        _save(window, f"bell_{lang}_{theme}_1280x800", (1280, 800))
        for name in ("bell-open", "bell-empty"):
            window.bell.click()
            # The offscreen screen is 800x600 and would push the popup left; place it as on a real one.
            popup, bell = window.bell.popup, window.bell
            popup.move(bell.mapToGlobal(QPoint(bell.width() - popup.width(), bell.height() + 2)))
            _save(window, f"{name}_{lang}_{theme}_1280x800", popup=popup)
            popup.close()
            window.notifications.history.clear()
        window.bell.popup.close()
    finally:
        _restore(app, style, palette)


@_params()
def test_shots_acting_dashboard(qtbot, provider_server, qsettings_tmp, keyring_backend, lang, theme) -> None:

    from desktop.api_client import ResellerApi, acting_me
    from desktop.api_client.reseller_types import CustomerQuery
    from desktop.sandbox import DEMO_PASSWORD
    from tests.desktop.shop_support import signed_in_app
    from tests.desktop.views_support import TIMEOUT

    app, style, palette = _themed(lang, theme)
    try:
        controller = signed_in_app(qtbot, provider_server, qsettings_tmp, "owner@helvetia-reseller.example",
                                   DEMO_PASSWORD)
        window, client, staff = controller.window, controller.session.client, controller.session.me
        api = ResellerApi(client, staff.account.id)
        customer = api.customer_account(api.customers(CustomerQuery(text="65004")).items[0].id)
        window.show_page("dashboard")
        window.act_for(acting_me(staff, customer))
        qtbot.waitUntil(lambda: window.dashboard.panel is not None, timeout=TIMEOUT)
        panel = window.dashboard.panel
        _save(window, f"acting-loading_{lang}_{theme}_1280x800", (1280, 800))
        qtbot.waitUntil(lambda: panel.shown_account == customer.id, timeout=TIMEOUT)
        print(window.windowTitle())
        for size in SIZES:
            _save(window, f"acting_{lang}_{theme}_{size[0]}x{size[1]}", size)
        window.set_context(window.own_context.with_offline(True))
        window.show_offline(None)
        _save(window, f"acting-offline_{lang}_{theme}_1280x800", (1280, 800))
    finally:
        _restore(app, style, palette)


def _dashboard_ready(qtbot: object, window: object, account_id: int) -> None:
    """The dashboard drawn from the store once the first sync is done (invoices, then their calls)."""
    from PySide6.QtWidgets import QApplication

    from desktop.tasks import wait_all
    from tests.desktop.views_support import TIMEOUT

    window.show_page("dashboard")  # type: ignore[attr-defined]
    for _ in range(3):  # the sync, the reload its reply asks for, that reload's reply
        wait_all()
        QApplication.processEvents()
    qtbot.waitUntil(lambda: window.dashboard.panel is not None, timeout=TIMEOUT)  # type: ignore[attr-defined]
    panel = window.dashboard.panel  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.snapshot is not None and panel.shown_account == account_id  # type: ignore[attr-defined]
                    and not panel.status.text(), timeout=TIMEOUT)


@_params()
def test_shots_sandbox_mode_dashboard(qtbot, tmp_path, qsettings_tmp, monkeypatch, lang, theme) -> None:
    """What a newcomer sees first: `make run`, no settings, the embedded sandbox's demo account."""
    from desktop.app_controller import AppController
    from desktop.views.main_window import MainWindow
    from tests.desktop.conftest import LOW_COST
    from tests.desktop.views_support import TIMEOUT

    for key, value in LOW_COST.items():
        monkeypatch.setenv(key, value)
    app, style, palette = _themed(lang, theme)
    window = MainWindow(sandbox=True)
    qtbot.addWidget(window)
    controller = AppController(window, profile_name=None, sandbox=True, settings=qsettings_tmp,
                               data_dir=str(tmp_path / "sandbox"))
    try:
        window.show()
        controller.start()
        with qtbot.waitSignal(controller.ready, timeout=60_000):
            pass
        qtbot.waitUntil(lambda: controller.offline.store is not None
                        and controller.offline.store.last_sync is not None, timeout=TIMEOUT)
        _dashboard_ready(qtbot, window, controller.session.me.account.id)
        for size in SIZES:
            _save(window, f"sandbox_{lang}_{theme}_{size[0]}x{size[1]}", size)
        spend = window.dashboard.panel.charts["spend"]
        month = spend.months[-1]
        from desktop.charts.spend_chart import month_x

        spend.hover.show_at(month_x(month.period), float(month.total) * 0.6)
        _save(window, f"sandbox-hover_{lang}_{theme}_1280x800", (1280, 800))
    finally:
        controller.shutdown()
        _restore(app, style, palette)


@pytest.mark.parametrize("identifier", ["41445551234", "7310"],
                         ids=["prepaid-private-chf", "postpaid-business-eur"])
@_params()
def test_shots_signed_in_dashboard(qtbot, provider_server, qsettings_tmp, keyring_backend, identifier, lang,
                                   theme) -> None:
    from desktop.sandbox import DEMO_PASSWORD
    from tests.desktop.shop_support import signed_in_app
    from tests.desktop.views_support import TIMEOUT

    app, style, palette = _themed(lang, theme)
    try:
        controller = signed_in_app(qtbot, provider_server, qsettings_tmp, identifier, DEMO_PASSWORD)
        window = controller.window
        qtbot.waitUntil(lambda: controller.offline.store is not None
                        and controller.offline.store.last_sync is not None, timeout=TIMEOUT)
        _dashboard_ready(qtbot, window, controller.session.me.account.id)
        name = "prepaid" if identifier.startswith("41") else "postpaid-eur"
        _save(window, f"{name}_{lang}_{theme}_1280x800", (1280, 800))
        balance = window.dashboard.panel.charts["balance"]
        if balance.points:
            point = balance.points[len(balance.points) // 2]
            balance.hover.show_at(point.at.timestamp() + 1, float(point.balance))
            _save(window, f"{name}-hover_{lang}_{theme}_1280x800")
    finally:
        _restore(app, style, palette)
