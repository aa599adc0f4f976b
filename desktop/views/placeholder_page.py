"""A page whose feature comes in a later release: the navigation is final, the page says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.views.page_kit import heading


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title_label = heading(title, self)
        note = QLabel(self.tr("Coming soon: this part of the portal is being built."), self)
        note.setObjectName("coming")
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
