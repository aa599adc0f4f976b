"""Small building blocks the data pages share: a page heading, a named button, a status line, and
asking before a change that cannot be undone. The table view is desktop/views/record_table.py; the form rows
desktop/views/form_rows.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.views.field_errors import ERROR_STYLE


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("page_title")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def named_button(text: str, name: str, parent: QWidget) -> QPushButton:
    """A push button with its object name, by which tests, screenshots and the keyboard map
    find it."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button


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
