"""The window as the user left it, per profile: its size and place, the navigation splitter, and
each table's column widths, order and sort (QSettings under `layout/<profile>/`).

The tables are built lazily with their pages, so each one asks for its saved state when first
shown (RecordTable.showEvent -> `restore_table`) and hands it back as the window closes. A table
whose widths came back keeps them: its page's "fit the columns to the data" no longer runs over
what the user chose.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTableView

PROPERTY = "window_memory"  # the main window's dynamic property that tables find it by


def _key(profile: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", profile).strip("._") or "profile"
    return safe if safe == profile else f"{safe[:40]}-{hashlib.sha256(profile.encode()).hexdigest()[:8]}"


class WindowMemory:
    def __init__(self, settings: QSettings | None, profile: str) -> None:
        self.settings = settings if settings is not None else QSettings("Switchboard", "Switchboard")
        self.prefix = f"layout/{_key(profile)}"

    def _bytes(self, name: str) -> QByteArray | None:
        value = self.settings.value(f"{self.prefix}/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- the window and its splitter ---------------------------------------------------------
    def attach(self, window: QMainWindow, splitter: QSplitter | None = None) -> bool:
        """Restore the window (True if there was something to restore) and let its tables find us."""
        window.setProperty(PROPERTY, self)
        geometry = self._bytes("geometry")
        restored = geometry is not None and window.restoreGeometry(geometry)
        if not restored:
            first_size(window)
        state = self._bytes("splitter")
        if splitter is not None and state is not None:
            splitter.restoreState(state)
        return restored

    def save(self, window: QMainWindow, splitter: QSplitter | None = None) -> None:
        self.settings.setValue(f"{self.prefix}/geometry", window.saveGeometry())
        if splitter is not None:
            self.settings.setValue(f"{self.prefix}/splitter", splitter.saveState())
        for table in window.findChildren(QTableView):
            self.save_table(table)
        self.settings.sync()

    # -- tables ------------------------------------------------------------------------------
    def _table_key(self, table: QTableView) -> str | None:
        name = table.objectName()
        page = table.parent()
        while page is not None and not page.objectName().endswith("_page"):
            page = page.parent()
        if not name or page is None:
            return None  # a table nobody named cannot be told apart from the next
        return f"tables/{page.objectName()}.{name}"

    def restore_table(self, table: QTableView) -> bool:
        key = self._table_key(table)
        state = self._bytes(key) if key else None
        return state is not None and table.horizontalHeader().restoreState(state)

    def save_table(self, table: QTableView) -> None:
        key = self._table_key(table)
        if key and getattr(table, "layout_touched", False):
            self.settings.setValue(f"{self.prefix}/{key}", table.horizontalHeader().saveState())


FIRST_SIZE = (1280, 800)  # the tables' columns and the charts' labels fit without cutting


def first_size(window: QMainWindow) -> None:
    """The first start's size: roomy, but never larger than nine tenths of the screen."""
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    width, height = FIRST_SIZE
    if screen is not None:
        width, height = min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9))
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))


def memory_of(table: QTableView) -> Any:
    return table.window().property(PROPERTY)


def watch_header(table: Any, header: QHeaderView) -> None:
    """Mark a table as arranged by the user once a column is resized, moved or sorted by hand."""
    def touched(*_args: object) -> None:
        if not getattr(table, "fitting", False):  # the page fitting columns to its data is not the user
            table.layout_touched = True

    header.sectionResized.connect(touched)
    header.sectionMoved.connect(touched)
    header.sortIndicatorChanged.connect(touched)
