"""What a newer release brings, and a button that opens its download page. The app never
installs anything itself: the customer (or IT) runs the signed installer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop import i18n
from desktop.views.page_kit import wrapped_label


class UpdateDialog(QDialog):
    def __init__(self, release: Any, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("update_dialog")
        self.release = release
        self.setWindowTitle(self.tr("Update available"))
        self.resize(520, 360)
        intro = wrapped_label(self, text=self.tr("Switchboard %1 is available; you have %2.")
                              .replace("%1", release.version).replace("%2", current))
        self.notes = QPlainTextEdit(release.notes_in(i18n.current_language()) or self.tr("No notes given."),
                                    self)
        self.notes.setObjectName("release_notes")
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("What's new"))
        where = QLabel(release.url, self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.download = buttons.addButton(self.tr("&Download…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.download.setObjectName("download")
        self.download.setDefault(True)
        buttons.accepted.connect(self.open_download)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("What's new:"), self))
        layout.addWidget(self.notes, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def open_download(self) -> None:
        QDesktopServices.openUrl(QUrl(self.release.url))
        self.accept()
