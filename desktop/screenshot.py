"""`--screenshot FILE --page NAME`: render a page or dialog once its data is there, write a PNG.

Also `report_when_painted`, which bench/startup.py uses to learn when the account is on
screen, and `report_when_charts_painted`, bench/first_start.py's: the dashboard's charts drawn.
Qt is imported inside functions so `desktop.app` can parse arguments without it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

WINDOW_PAGES = ("dashboard", "shop", "orders", "invoices", "payment_history", "automatic_payments",
                "numbers", "subscription", "access", "settings")
DIALOG_PAGES = ("sign-in", "registration", "registration-2", "registration-3", "registration-4",
                "forgot-password", "reset-password", "change-password", "diagnostics", "mailbox",
                "accept-invitation")
PAGES = frozenset(WINDOW_PAGES + DIALOG_PAGES)
TIMEOUT_S = 30.0


def report_when_painted(widget: Any, then: Callable[[], None]) -> None:
    """Print `ready` when `widget` next paints (its data is on screen), then call `then`."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                print(f"ready {time.time():.6f}", flush=True)
                QTimer.singleShot(0, then)
            return False

    probe = _Probe(widget)
    widget.installEventFilter(probe)
    widget.update()


def report_when_charts_painted(window: Any, then: Callable[[], None]) -> None:
    """Print `ready` when the dashboard's charts first paint with the account's figures."""
    from PySide6.QtCore import QTimer

    timer = QTimer(window)
    timer.setInterval(10)

    def check() -> None:
        panel = window.dashboard.panel
        if panel is None or panel.snapshot is None or not panel.charts:
            return
        timer.stop()
        chart = panel.charts["spend"]  # a QGraphicsView: its viewport is what paints
        report_when_painted(chart.viewport(), then)

    timer.timeout.connect(check)
    timer.start()


def _make_screenshot_class() -> type:
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    class Screenshot(QObject):
        finished = Signal(int)

        def __init__(self, controller: Any, page: str, path: str) -> None:
            super().__init__(controller)
            self.controller, self.page, self.path = controller, page, path
            self.target: QWidget | None = None
            self.ready: Callable[[], bool] = lambda: True
            self.deadline = 0.0
            controller.ready.connect(self._open)
            self.timer = QTimer(self)
            self.timer.setInterval(50)
            self.timer.timeout.connect(self._poll)

        def _open(self) -> None:
            if self.target is not None:
                return
            c, window = self.controller, self.controller.window
            page = self.page
            if page in WINDOW_PAGES:
                window.show_page(page)
                self.target = window
            else:
                self.target, self.ready = self._open_dialog(c, page)
            self.deadline = time.monotonic() + TIMEOUT_S
            self.timer.start()

        def _open_dialog(self, c: Any, page: str) -> tuple[QWidget, Callable[[], bool]]:
            before = set(QApplication.topLevelWidgets())
            url = c.session.profile.base_url
            if page == "sign-in":
                c.open_sign_in()
            elif page.startswith("registration"):
                c._register(url)
            elif page == "forgot-password":
                c._forgot(url, c.session.profile.identifier)
            elif page == "reset-password":
                c.open_reset("switchboard://reset-password?token=EXAMPLE")
            elif page == "change-password":
                c.open_change_password()
            elif page == "diagnostics":
                c.open_diagnostics(url, "", "")
            elif page == "mailbox":
                c.open_mailbox()
            elif page == "accept-invitation":
                c.follow_link("switchboard://accept-invitation?token=EXAMPLE")
            dialogs = [w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QDialog) and w not in before and w.isVisible()]
            dialog = dialogs[-1]
            if page.startswith("registration-"):
                self._fill_registration(dialog, int(page.rsplit("-", 1)[1]))
            if page == "diagnostics":
                return dialog, lambda: bool(dialog.results)
            if page == "mailbox":
                return dialog, lambda: bool(dialog.loaded) and bool(dialog.body.toPlainText())
            return dialog, lambda: True

        def _fill_registration(self, wizard: Any, page_no: int) -> None:
            # Sample input, so the later pages show what a customer sees mid-way.
            wizard.type_page.business.setChecked(True)
            wizard.type_page.single.setChecked(True)
            while True:
                if wizard.currentId() == 1:
                    d = wizard.details_page
                    d.name.setText("Erika Muster")
                    d.email.setText("erika@muster-ag.example")
                    d.company_name.setText("Muster AG")
                    d.main_number.setText("+41 44 555 00 11")
                elif wizard.currentId() == 2:
                    a = wizard.address_page
                    a.street.setText("Bahnhofstrasse 1")
                    a.postal_code.setText("8001")
                    a.city.setText("Zürich")
                if wizard.currentId() >= page_no - 1:
                    break
                wizard.next()
            if page_no == 4:
                wizard.password_page.password.edit.setText("secret")

        def _poll(self) -> None:
            assert self.target is not None
            if not self.ready() and time.monotonic() < self.deadline:
                return
            self.timer.stop()
            if not self.ready():
                print(f"{self.page}: its data did not arrive in {TIMEOUT_S:.0f} s", file=sys.stderr)
                self.finished.emit(1)
                return
            QApplication.processEvents()
            ok = self.target.grab().save(self.path, "PNG")
            if not ok:
                print(f"could not write {self.path}", file=sys.stderr)
            self.finished.emit(0 if ok else 1)

    return Screenshot


def __getattr__(name: str) -> Any:
    if name == "Screenshot":
        return _make_screenshot_class()
    raise AttributeError(name)
