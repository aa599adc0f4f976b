"""What happens to an error nobody caught: it goes to the log, a crash report is written next
to it, and (when the window is up) a dialog says so and offers to save a support bundle.
Before this the windowed builds lost such errors with their missing stderr.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from desktop.redact import redact

log = logging.getLogger("switchboard.crash")
_showing = threading.Event()  # one dialog at a time, even if the dialog itself fails
_open_dialogs: list[object] = []  # a parentless dialog lives as long as Python holds it


def report_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    from desktop.version import environment  # package metadata: read when there is a crash, not at start

    versions = "\n".join(f"{k}: {v}" for k, v in environment().items())
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return redact(f"{versions}\n\n{trace}")


def write_report(text: str) -> Path | None:
    from desktop import logs

    folder = logs.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        return path
    except OSError:
        log.exception("could not write the crash report")
        return None


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    """sys.excepthook: log, write the report, show the dialog (on the UI thread only)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return None
    text = report_text(exc_type, exc, tb)
    log.critical("unhandled error\n%s", text)
    path = write_report(text)
    _show_dialog(text, path)
    return path


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle(args.exc_type, args.exc_value, args.exc_traceback)


def _show_dialog(text: str, path: Path | None) -> None:
    try:
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return
    app = QApplication.instance()
    if not isinstance(app, QApplication) or QThread.currentThread() != app.thread() or _showing.is_set():
        return
    _showing.set()
    try:
        from desktop.views.crash_dialog import CrashDialog

        dialog = CrashDialog(text, str(path) if path else "", parent=app.activeWindow())
        _open_dialogs.append(dialog)

        def closed(_result: int) -> None:
            _showing.clear()
            _open_dialogs.remove(dialog)
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
    except Exception:  # the dialog must never turn one error into a loop of them
        _showing.clear()
        log.exception("could not show the crash dialog")


def install() -> None:
    sys.excepthook = handle
    threading.excepthook = _thread_hook


def uninstall() -> None:
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
