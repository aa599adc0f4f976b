"""The main window's coloured strips under the header (offline, acting for a customer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def banner(parent: QWidget, name: str, background: str, border: str, text: str, button_text: str,
           button_name: str) -> tuple[QLabel, QPushButton, QWidget]:
    """A coloured strip under the header with a message and one action (offline, acting for)."""
    strip = QWidget(parent)
    strip.setObjectName(f"{name}_banner")
    strip.setStyleSheet(f"#{name}_banner {{ background: {background}; border: 1px solid {border};"
                         f" border-radius: 4px; }} #{name}_banner QLabel {{ color: {text}; }}")
    label = QLabel(strip)
    label.setObjectName(f"{name}_label")
    button = QPushButton(button_text, strip)
    button.setObjectName(button_name)
    row = QHBoxLayout(strip)
    row.setContentsMargins(10, 6, 10, 6)
    row.addWidget(label, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    return label, button, strip


def offline_text(since: Any) -> str:
    """What the offline banner says: since when (a datetime, or True before the first sync), and
    what works. In the main window's translation context."""
    from desktop.i18n import current_language

    translate = QCoreApplication.translate  # by this name lupdate finds the strings
    if since is True or since is None:
        when = translate("MainWindow", "before the first sync")
    else:
        local = since.astimezone()
        when = local.strftime("%d.%m.%Y %H:%M" if current_language() == "de" else "%Y-%m-%d %H:%M")
    return translate("MainWindow", "Offline since %1. The provider cannot be reached: you see the invoices, "
                     "payments and orders saved on this computer; actions that need the provider are "
                     "disabled.").replace("%1", when)
