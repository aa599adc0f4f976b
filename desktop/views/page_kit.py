"""Small building blocks the data pages share: a page heading, a status line, and a sortable
table view over a RecordTableModel with fixed row heights, Enter to act on a row, and a message
inside the table while it has no rows (why it is empty, loading, or could not be loaded)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from desktop.models.record_model import SORT_ROLE
from desktop.views.field_errors import ERROR_STYLE


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("page_title")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def status_line(parent: QWidget, name: str = "status") -> QLabel:
    """A line for what just happened (the provider's answer) or what went wrong."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_status(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
    label.setVisible(bool(text))


class RecordTable(QTableView):
    """Sorted through a proxy by the model's sort role; Enter (or a double click) activates."""

    def __init__(self, model: Any, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.on_activate: Callable[[Any], None] | None = None
        self.doubleClicked.connect(lambda _i: self._activate())
        self.empty_label = QLabel(self.viewport())
        self.empty_label.setObjectName("empty_message")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The palette's placeholder colour, so the message reads in light and dark mode alike.
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.hide()
        self.proxy.modelReset.connect(self._show_empty)
        self.proxy.rowsInserted.connect(self._show_empty)
        self.proxy.rowsRemoved.connect(self._show_empty)

    def set_empty_text(self, text: str) -> None:
        """What the table says while it has no rows; "" says nothing."""
        self.empty_label.setText(text)
        self.setAccessibleDescription(text)
        self._show_empty()

    def _show_empty(self) -> None:
        self.empty_label.setVisible(bool(self.empty_label.text()) and self.proxy.rowCount() == 0)
        self._place_empty()

    def _place_empty(self) -> None:
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        area.setHeight(min(area.height(), self.empty_label.heightForWidth(area.width()) + 24))
        self.empty_label.setGeometry(area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty()

    def selected(self) -> Any:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.source.record(self.proxy.mapToSource(rows[0]).row())

    def select_first(self) -> None:
        if self.proxy.rowCount() and not self.selectionModel().hasSelection():
            self.selectRow(0)

    def fit_columns(self) -> None:
        self.resizeColumnsToContents()
        self.horizontalHeader().setStretchLastSection(True)

    def _activate(self) -> None:
        if self.on_activate is not None and self.selected() is not None:
            self.on_activate(self.selected())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected() is not None:
            self._activate()
            return
        super().keyPressEvent(event)


def confirm(parent: QWidget, name: str, title: str, text: str, yes_text: str,
            on_yes: Callable[[], None]) -> Any:
    """Ask before a change that cannot be undone; non-blocking (open(), not exec())."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("yes")
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)  # Enter alone must not remove anything
    box.setEscapeButton(no)
    box.finished.connect(lambda _code: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box
