"""Output of the command-line jobs (`--self-test`, `export-invoices`) from the windowed Windows
build, which has no console and so no stdout: attach to the console of the program that started
it (cmd, PowerShell), or, started without one, write to `<job>.txt` in the log directory.
Elsewhere (and when stdout exists) nothing changes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ATTACH_PARENT_PROCESS = -1


def _kernel32() -> Any:
    import ctypes

    return ctypes.windll.kernel32


def ensure_output(job: str, kernel32: Any = None) -> Path | None:
    """Give this process a stdout and stderr; returns the file used when there was no console."""
    if sys.platform != "win32" or sys.stdout is not None:
        return None
    kernel32 = kernel32 or _kernel32()
    if kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        stream = open("CONOUT$", "w", encoding="utf-8", buffering=1)
        sys.stdout = sys.stderr = stream
        return None
    from desktop.logs import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{job}.txt"
    stream = open(path, "w", encoding="utf-8", buffering=1)
    sys.stdout = sys.stderr = stream
    return path
