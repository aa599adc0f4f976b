"""Where a profile's store lives: the user's data directory (platformdirs), one file per profile,
in a folder only the user may enter. SWITCHBOARD_CLIENT_DATA_DIR overrides it (tests, portable use)."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path


def data_dir() -> Path:
    override = os.environ.get("SWITCHBOARD_CLIENT_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Switchboard", "Switchboard", roaming=False))


def store_path(profile: str) -> Path:
    """`<data>/stores/<profile>.sqlite3`; odd characters in the name are replaced and a short hash
    keeps two names that differ only in them apart."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", profile).strip("._") or "profile"
    if safe != profile:
        safe = f"{safe[:60]}-{hashlib.sha256(profile.encode()).hexdigest()[:8]}"
    folder = data_dir() / "stores"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder / f"{safe}.sqlite3"


def create_private(path: Path) -> None:
    """Create the file 0600 before SQLite opens it, so it is never readable by others."""
    if os.name == "posix":
        fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    else:
        path.touch(exist_ok=True)
