"""Where the running instance listens, and whether one may be running: plain Python, so that a
launch can tell before Qt loads (the sandbox provider starts first, desktop/app.py)."""

from __future__ import annotations

import getpass
import hashlib
import os
import tempfile


def server_name(key: str = "") -> str:
    """The socket's name for this user (and `key`, or SWITCHBOARD_INSTANCE_KEY: separate
    instances for tests and portable installs)."""
    key = key or os.environ.get("SWITCHBOARD_INSTANCE_KEY", "")
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = "user"
    digest = hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:16]
    return f"switchboard-{digest}"


def maybe_running(key: str = "") -> bool:
    """Cheap first look, before Qt's network module loads: on Unix the first instance's socket
    is a file in the temp folder; no file, no instance. (Windows pipes are asked directly.)"""
    if os.name != "posix":
        return True
    return os.path.exists(os.path.join(tempfile.gettempdir(), server_name(key)))
