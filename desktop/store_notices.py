"""What the window says when the local store had to be started anew or cannot be used now
(desktop/store/recovery.py): in the status bar, in the UI language, and in the log."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)
SHOW_MS = 120_000


def notice_text(notice: Any) -> str:
    """A Recovered (kind, moved_to, carried) or a StoreProblem (kind, path), in words."""
    kind = notice.kind
    if kind == "newer":
        text = QCoreApplication.translate(
            "StoreNotices", "The local copy of your invoices was written by a newer Switchboard: it "
            "was moved aside to %1 and is being rebuilt from the provider.")
    elif kind == "damaged":
        text = QCoreApplication.translate(
            "StoreNotices", "The local copy of your invoices was damaged: it was moved aside to %1 "
            "and is being rebuilt from the provider.")
    elif kind == "locked":
        return QCoreApplication.translate(
            "StoreNotices", "The local copy of your invoices is in use by another program (another "
            "Switchboard or an export): it is used again once that has finished.")
    elif kind == "full":
        return QCoreApplication.translate(
            "StoreNotices", "The disk holding the local copy of your invoices is full: free some "
            "space, then refresh (F5).")
    else:
        return QCoreApplication.translate(
            "StoreNotices", "The local copy of your invoices cannot be opened (%1): check that the "
            "folder exists and belongs to you.").replace("%1", str(notice.path))
    text = text.replace("%1", notice.moved_to.name)  # beside the store: the name says enough
    if notice.carried:
        carried = QCoreApplication.translate("StoreNotices", "Unsent call disputes carried over: %1.")
        text += " " + carried.replace("%1", str(notice.carried))
    return text


def show_store_notice(window: Any, notice: Any) -> None:
    log.warning("local store: %s", notice.kind)
    window.statusBar().showMessage(notice_text(notice), SHOW_MS)
