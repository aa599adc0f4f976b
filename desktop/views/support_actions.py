"""Help menu's support side: the About text with the versions, and "Save support bundle…"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop.support_bundle import default_name, write_bundle
from desktop.tasks import Op
from desktop.version import environment


class SupportActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._handle: Any = None

    def about_text(self) -> str:
        env = environment()
        lines = [self.tr("Switchboard: the administration client for your telephony account."), "",
                 self.tr("Version %1").replace("%1", env["app"])]
        lines.append(self.tr("Qt %1, Python %2").replace("%1", env.get("qt", "?"))
                     .replace("%2", env["python"]))
        lines.append(env["os"])
        return "\n".join(lines)

    def bundle_action(self) -> QAction:
        action = QAction(self.tr("Save &support bundle…"), self.window)
        action.setObjectName("support_bundle_action")
        action.triggered.connect(self.ask_and_save)
        return action

    def ask_and_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Save support bundle"),
                                                    str(Path.home() / default_name()),
                                                    self.tr("Zip archives (*.zip)"))
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        """The log's tail, versions, diagnostics and settings, without secrets, for a ticket."""
        bar = self.window.statusBar()
        self._handle = (Op(write_bundle, Path(path))
                        .success(lambda _p: bar.showMessage(
                            self.tr("Support bundle saved: %1").replace("%1", path), 10_000))
                        .failure(lambda e: bar.showMessage(
                            self.tr("The support bundle could not be saved: %1")
                            .replace("%1", getattr(e, "strerror", None) or str(e)), 10_000))
                        .run())
