"""Small building blocks the data pages share: a page heading, a named button, a status line, a
wrapped label, a label for a field, rows and columns of widgets, and asking before a change that
cannot be undone. The table view is desktop/views/record_table.py; the form rows
desktop/views/form_rows.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.field_errors import ERROR_STYLE


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("page_title")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


# What a row or column holds, in order: a widget, a layout, a stretch (an int), or a widget or
# layout with its stretch factor.
LayoutItem = QWidget | QLayout | int | tuple[QWidget | QLayout, int]


def named_button(text: str, name: str, parent: QWidget,
                 on_click: Callable[..., object] | SignalInstance | None = None) -> QPushButton:
    """A push button with its object name, by which tests, screenshots and the keyboard map
    find it; `on_click` is connected to its clicked signal."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    if on_click is not None:
        button.clicked.connect(on_click)
    return button


def wrapped_label(parent: QWidget, name: str = "", text: str = "") -> QLabel:
    """A label whose text wraps at the width it is given (an intro, details, a status)."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """The label of a field outside a form; its mnemonic (&) moves the focus to `buddy`."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _fill(layout: QBoxLayout, items: tuple[LayoutItem, ...]) -> None:
    for item in items:
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, tuple):
            inner, stretch = item
            if isinstance(inner, QLayout):
                layout.addLayout(inner, stretch)
            else:
                layout.addWidget(inner, stretch)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)


def hbox(*items: LayoutItem) -> QHBoxLayout:
    """A row of widgets and layouts, left to right; an int is a stretch (pushing what follows it
    to the right)."""
    layout = QHBoxLayout()
    _fill(layout, items)
    return layout


def vbox(parent: QWidget | None, *items: LayoutItem) -> QVBoxLayout:
    """A column of widgets and layouts, top to bottom, as the layout of `parent` (None: to be
    nested in another layout)."""
    layout = QVBoxLayout(parent)
    _fill(layout, items)
    return layout


def status_line(parent: QWidget, name: str = "status") -> QLabel:
    """A line for what just happened (the provider's answer) or what went wrong."""
    label = wrapped_label(parent, name)
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
