"""Every string a window shows a reader: labels, buttons, group titles, tabs, tree and list
items, combo box entries, placeholders, tool tips, menu actions, window titles, table headers
and cells; shared by the language tests and the screenshot sweep's text check."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)


def columns(model: object) -> int:
    """A list model's one column (its columnCount is private in PySide6)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()  # type: ignore[attr-defined]


def widget_texts(root: QWidget) -> Iterator[str]:
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.windowTitle():
            yield w.windowTitle()
        if w.toolTip():
            yield w.toolTip()
        if isinstance(w, QLabel):
            yield w.text()
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QTreeWidget):
            for i in range(w.topLevelItemCount()):
                item = w.topLevelItem(i)
                yield item.text(0)
                yield from (item.child(c).text(0) for c in range(item.childCount()))
        elif isinstance(w, QListWidget):
            yield from (w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(columns(model)):
                yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(model.rowCount(), 50)):
                for c in range(columns(model)):
                    yield str(model.index(r, c).data() or "")
    for action in root.findChildren(QAction):
        yield action.text()
        yield action.toolTip()
