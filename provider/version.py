"""The provider's version, for clients to show in About (GET /api/v1/about) and for support.

pyproject.toml is the only place it is written: an installed copy reads the package metadata, a
source checkout never installed reads pyproject.toml itself (as the client does, desktop/version.py).
"""

from __future__ import annotations

from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "switchboard"
UNKNOWN = "0+unknown"
# The API's own version: /api/v1 changes only compatibly (new fields, new routes).
API_VERSION = "1"


@cache
def provider_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        import tomllib

        with (Path(__file__).resolve().parent.parent / "pyproject.toml").open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return UNKNOWN
