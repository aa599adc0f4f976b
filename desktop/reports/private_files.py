"""Files with personal data (exports, saved invoices) are made readable by the user alone.

The local store is 0600; an export of the same invoices and calls written with the process's
umask (often 0644) was readable by every other user of the machine. The folder is the user's
choice and keeps its permissions; a folder we make is 0700.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO


def open_private(path: Path) -> BinaryIO:
    """`path` opened for writing from the start, created 0600 (an existing file is made 0600)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)  # O_CREAT keeps an existing file's mode
    return os.fdopen(fd, "wb")


def make_folder(folder: Path) -> None:
    """A folder for an export: made 0700 when it does not exist; one that exists is left as is."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
