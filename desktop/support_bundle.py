"""The support bundle: one zip a customer attaches to a ticket. What support asks for first,
nothing secret: the log's tail, the versions of the app, Qt, Python and the OS, the last
connection diagnostics, the settings (without anything secret in them) and the crash report if
there was one. Written readable by the user only, like the log it copies from.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import logs
from desktop.redact import redact
from desktop.version import environment

# Settings whose name says they hold a secret are left out, not just redacted.
SECRET_KEY = re.compile(r"(?i)password|token|secret|cookie|session|card|cvc")

_last_diagnostics: list[str] = []


def remember_diagnostics(steps: Iterable[Any]) -> None:
    """The connection diagnostics' latest result (desktop/views/diagnostics_dialog.py)."""
    _last_diagnostics[:] = [f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC"] + [
        f"{ {True: 'passed', False: 'failed', None: 'skipped'}[s.ok]:8} {s.name}: {s.detail}"
        + (f" -- {s.advice}" if s.advice else "") for s in steps]


def settings_snapshot(settings: Any = None) -> dict[str, str]:
    """Every QSettings value as text, secrets' keys dropped and values redacted."""
    if settings is None:
        from PySide6.QtCore import QSettings

        settings = QSettings("Switchboard", "Switchboard")  # as desktop/profiles.py
    return {key: redact(str(settings.value(key))) for key in sorted(settings.allKeys())
            if not SECRET_KEY.search(key)}


def contents(*, settings: Any = None, crash: str = "") -> dict[str, str]:
    """The bundle's files by name (for the zip, and for a test to read)."""
    files = {
        "README.txt": ("Switchboard support bundle, made "
                       f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC.\n"
                       "versions.json: app, Qt, Python and operating system\n"
                       "log.txt: the end of the log file (passwords, tokens and card numbers removed)\n"
                       "diagnostics.txt: the last connection diagnostics of this run, if any\n"
                       "settings.json: the app's settings, without secrets\n"
                       + ("crash.txt: the error that ended the app\n" if crash else "")),
        "versions.json": json.dumps(environment(), indent=2),
        "log.txt": logs.tail(),
        "diagnostics.txt": "\n".join(_last_diagnostics) or "Diagnostics were not run in this session.",
        "settings.json": json.dumps(settings_snapshot(settings), indent=2, ensure_ascii=False),
    }
    if crash:
        files["crash.txt"] = redact(crash)
    return files


def write_bundle(path: Path, *, settings: Any = None, crash: str = "") -> Path:
    """Write the zip to `path` (0600 on POSIX from the first byte) and return it."""
    path = Path(path)
    if os.name == "posix":
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.chmod(path, 0o600)  # an existing file keeps its mode on O_CREAT
        handle = os.fdopen(fd, "wb")
    else:
        handle = path.open("wb")
    with handle, zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for name, text in contents(settings=settings, crash=crash).items():
            bundle.writestr(name, text)
    return path


def default_name() -> str:
    return f"switchboard-support-{datetime.now():%Y%m%d-%H%M%S}.zip"
