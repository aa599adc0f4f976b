"""The client's version, for `--version`, About, the support bundle and the update check.

pyproject.toml is the only place it is written. An installed or editable copy reads it from the
package metadata (the frozen bundle carries that metadata: packaging/switchboard.spec); a source
checkout that was never installed reads pyproject.toml itself.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

DISTRIBUTION = "switchboard"
UNKNOWN = "0+unknown"


@cache
def app_version() -> str:
    from importlib import metadata  # email, zipfile and csv come with it: not on every start

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        import tomllib

        with pyproject.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return UNKNOWN


def environment() -> dict[str, str]:
    """What support asks first: the versions of the app, Qt, Python and the operating system."""
    import platform

    info = {"app": app_version(), "python": platform.python_version(),
            "os": platform.platform(), "machine": platform.machine(),
            "frozen": "yes" if getattr(sys, "frozen", False) else "no"}
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["qt"] = qVersion()
        info["pyside6"] = PySide6.__version__
    except ImportError:  # the headless entry points never need Qt
        pass
    return info
