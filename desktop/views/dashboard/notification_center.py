"""Notifications in the app (status bar, and a list kept for the signed-in session that the header's
bell opens: desktop/views/dashboard/notification_bell.py) and, if the user agreed
(a setting, off by default, asked once at the first notification), as system notifications
through QSystemTrayIcon; where the platform has no tray (offscreen, some desktops) that part is
skipped and `system_unavailable` says why."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSystemTrayIcon

from desktop.models.dates import date_text
from desktop.models.money import money_text
from desktop.notifications import Event, Notice, Notifier

log = logging.getLogger(__name__)
SYSTEM_KEY, ASKED_KEY = "notifications/system", "notifications/asked"


class NotificationCenter(QObject):
    changed = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.notifier = Notifier(self)
        self.notifier.notified.connect(self.show_event)
        self.history: list[Notice] = []  # oldest first
        self.unread = 0
        self.account_id: int | None = None
        self.tray: QSystemTrayIcon | None = None
        self.system_unavailable = "" if QSystemTrayIcon.isSystemTrayAvailable() else self.tr(
            "This desktop has no system tray, so notifications stay inside Switchboard.")
        self.question: QMessageBox | None = None
        self.currency = ""

    def set_context(self, ctx: Any) -> None:
        account_id = ctx.me.account.id if ctx is not None and ctx.me is not None else None
        if account_id != self.account_id:
            # Signed out or another account: the list belongs to the session that saw it.
            self.account_id = account_id
            self.history.clear()
            self.unread = 0
            self.changed.emit()
        self.currency = ctx.me.account.currency if ctx is not None and ctx.me is not None else ""
        self.notifier.set_context(ctx)

    def mark_read(self) -> None:
        if self.unread:
            self.unread = 0
            self.changed.emit()

    def retranslate(self) -> None:
        """The language changed: the kept entries are said again in the new one."""
        self.history = [replace(n, text=self.text(n.event)) for n in self.history]
        self.changed.emit()

    def text(self, event: Event) -> str:
        if event.kind == "low_balance":
            return self.tr("Your prepaid balance is low: %1.").replace(
                "%1", money_text(event.amount, self.currency))
        if event.kind == "top_up_failed":
            return self.tr("An automatic payment failed. Check your card under Automatic payments.")
        if event.kind == "invoice_issued":
            return self.tr("Invoice %1 has been issued.").replace("%1", event.detail)
        if event.kind == "credit_note_issued":
            return self.tr("Credit note %1 has been issued.").replace("%1", event.detail)
        if event.kind == "porting_date_set":
            from datetime import date

            return self.tr("Your numbers move to Switchboard on %1.").replace(
                "%1", date_text(date.fromisoformat(event.detail)))
        return event.kind

    def show_event(self, event: Event) -> None:
        text = self.text(event)
        self.history.append(Notice(datetime.now().astimezone(), event.kind, text, event))
        self.unread += 1
        self.window.statusBar().showMessage(text, 30_000)
        self.changed.emit()
        if self.system_unavailable:
            log.info("system notification skipped: no system tray")
            return
        settings = QSettings()
        if not settings.value(ASKED_KEY, False, bool):
            settings.setValue(ASKED_KEY, True)
            self._ask(text)
        elif settings.value(SYSTEM_KEY, False, bool):
            self._system(text)

    def _ask(self, first: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Notifications"),
                          self.tr("Also show notifications like this one as system notifications, when "
                                  "Switchboard is in the background?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            agreed = button == QMessageBox.StandardButton.Yes
            QSettings().setValue(SYSTEM_KEY, agreed)
            if agreed:
                self._system(first)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _system(self, text: str) -> None:
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
            self.tray.show()
        self.tray.showMessage("Switchboard", text, QSystemTrayIcon.MessageIcon.Information, 10_000)
