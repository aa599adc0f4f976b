"""Where links reach the running app: the arguments a later launch hands over (Windows, Linux:
desktop/single_instance.py) and the QFileOpenEvent macOS delivers for a clicked link or a file
dropped on the Dock icon. Each brings the window forward; a `switchboard://` link then opens
its dialog (AppController.open_link)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

log = logging.getLogger(__name__)


class LinkRouter(QObject):
    def __init__(self, controller: Any, instance: Any = None, app: QObject | None = None) -> None:
        super().__init__(controller)
        self.controller = controller
        if instance is not None:
            self.attach(instance)
        if app is not None:
            app.installEventFilter(self)

    def attach(self, instance: Any) -> None:
        """Take the later launches' links (the single-instance socket, set up after the window)."""
        instance.received.connect(self._received)

    def _received(self, arguments: list[str]) -> None:
        self.controller.bring_forward()
        for argument in arguments:
            self.open(argument)

    def open(self, text: str) -> None:
        self.controller.open_link(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url = event.url()
            self.controller.bring_forward()
            self.open(url.toString() if url.scheme() != "file" else url.toLocalFile())
            return True
        return super().eventFilter(watched, event)
