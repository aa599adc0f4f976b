"""The client's log file: rotating, in the user's log directory, with secrets redacted.

The windowed builds (Windows, macOS) have no console, so without this file support would have
nothing to go on. Every record passes desktop.redact on its way out, exception tracebacks
included, so a token in a reset link or a password in a request body never reaches the disk.
SWITCHBOARD_LOG_DIR overrides the directory (tests, portable use).
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from desktop.redact import redact

LOG_NAME = "switchboard.log"
MAX_BYTES = 1_000_000
BACKUPS = 4  # five files of 1 MB: weeks of normal use, small enough to attach to a ticket
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_dir() -> Path:
    override = os.environ.get("SWITCHBOARD_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("Switchboard", "Switchboard"))


def log_file() -> Path:
    return log_dir() / LOG_NAME


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Each file (the first and every rotated one) readable by the user only."""

    def _open(self) -> TextIO:
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream


_installed: list[logging.Handler] = []


def setup_logging(level: int = logging.INFO, *, console: bool | None = None) -> Path:
    """Send the app's records to the log file (and to stderr when there is one); returns the
    file's path. Calling it again replaces the handlers it added before."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    formatter = RedactingFormatter(FORMAT)
    file_handler = _PrivateRotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES,
                                               backupCount=BACKUPS, encoding="utf-8")
    file_handler.setFormatter(formatter)
    _installed.append(file_handler)
    # A windowed build has no stderr (None): writing there would raise on every record.
    if console if console is not None else sys.stderr is not None:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        stream.setLevel(logging.WARNING)
        _installed.append(stream)
    for handler in _installed:
        root.addHandler(handler)
    root.setLevel(level)
    # urllib3 logs each request's URL at DEBUG; reset links carry their token there.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return folder / LOG_NAME


def tail(lines: int = 400) -> str:
    """The log's last lines (redacted again: a file from an older version may hold anything)."""
    path = log_file()
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 256 * 1024))
            text = f.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return redact("\n".join(text.splitlines()[-lines:]))
