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


def _own_metadata() -> Path | None:
    """The folder an install put this distribution's metadata in: site-packages (also for an
    editable install), or the frozen bundle's own folder. importlib.metadata finds the same by
    walking every entry of sys.path, 10 to 15 ms of the first request (its User-Agent)."""
    if getattr(sys, "frozen", False):
        places = [str(getattr(sys, "_MEIPASS", Path(sys.executable).parent))]
    else:
        import site

        places = site.getsitepackages() if hasattr(site, "getsitepackages") else []
    for place in places:
        for found in sorted(Path(place).glob(f"{DISTRIBUTION}-*.dist-info")):
            return found
    return None


@cache
def app_version() -> str:
    from importlib import metadata  # email, zipfile and csv come with it: not on every start

    found = _own_metadata()
    if found is not None and (version := metadata.PathDistribution(found).version):
        return str(version)
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
