"""The window's standard commands with the platform's own shortcuts (QKeySequence.StandardKey:
Ctrl+W or ⌘W, F5 or ⌘R, Ctrl+F or ⌘F, Ctrl+, or ⌘,) and the menu roles by which macOS moves
About, Preferences and Quit into the application menu where its users look for them.

Where a platform has no standard key for a command (Preferences and Refresh on some desktops),
the common one is used instead: Ctrl+, and F5.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu

FALLBACK = {QKeySequence.StandardKey.Preferences: "Ctrl+,", QKeySequence.StandardKey.Refresh: "F5",
            QKeySequence.StandardKey.Find: "Ctrl+F", QKeySequence.StandardKey.Close: "Ctrl+W"}


def shortcuts(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    found = QKeySequence.keyBindings(key)
    fallback = FALLBACK.get(key)
    if fallback and QKeySequence(fallback) not in found:
        found = [*found, QKeySequence(fallback)]
    return found


class WindowActions(QObject):
    """Refresh, Find, Preferences and Close for the main window (its `show_page`, `pages`,
    `current_page` and status bar)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window

    def _action(self, text: str, key: QKeySequence.StandardKey, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcuts(shortcuts(key))
        self.window.addAction(action)  # the shortcut works while any page has the focus
        return action

    def install(self, file_menu: QMenu, quit_action: QAction) -> None:
        self.refresh = self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, "refresh_action")
        # The shown page from the provider (and the store's pages after a sync): the controller's
        # answer to refresh_requested (desktop/live_wiring.py).
        self.refresh.triggered.connect(self.window.refresh_requested)
        self.find = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, "find_action")
        self.find.triggered.connect(self.find_on_page)
        self.preferences = self._action(self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences,
                                        "preferences_action")
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences.triggered.connect(lambda: self.window.show_page("settings"))
        self.close = self._action(self.tr("Close &window"), QKeySequence.StandardKey.Close, "close_action")
        self.close.triggered.connect(self.window.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.insertAction(quit_action, self.refresh)
        file_menu.insertAction(quit_action, self.find)
        file_menu.insertSeparator(quit_action)
        file_menu.insertAction(quit_action, self.preferences)
        file_menu.insertSeparator(quit_action)
        file_menu.insertAction(quit_action, self.close)

    def remove(self) -> None:
        """Before the menus are built again (a language switch): no shortcut twice."""
        for action in (self.refresh, self.find, self.preferences, self.close):
            self.window.removeAction(action)
            action.deleteLater()
        self.deleteLater()

    def _page(self) -> Any:
        holder = self.window.pages.get(self.window.current_page())
        return getattr(holder, "page", holder)  # a LazyPage holds the page built on first show

    def find_on_page(self) -> None:
        field = getattr(self._page(), "search", None)
        if isinstance(field, QLineEdit) and field.isVisible():
            field.setFocus()
            field.selectAll()
        else:
            self.window.statusBar().showMessage(self.tr("This page has nothing to search."), 5000)
