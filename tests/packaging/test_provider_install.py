"""Two installs from one source: `pip install '.[provider]'` in a fresh virtualenv brings the
provider and its PostgreSQL driver and nothing of Qt or the client, and the provider runs from
it. (The desktop bundle's side, no PostgreSQL driver, is checked in test_bundle.py.)

Installs from the package index through pip's cache: about a minute here, less once cached."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.provider.test_cli_serve import cli_env

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def test_the_provider_installs_without_qt(tmp_path):
    venv = tmp_path / "venv"
    # No pip of its own: this venv's pip installs into it (--python), which saves bootstrapping one.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    # What the Containerfile copies, into a folder of its own: a build in the checkout would
    # reuse whatever an earlier build left in build/.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "provider", source / "provider", ignore=shutil.ignore_patterns("__pycache__"))
    # --no-compile: byte-compiling every installed module is most of an install's time, and
    # Python compiles what the checks below import anyway.
    done = subprocess.run([*pip, "install", "--quiet", "--no-compile", "--prefer-binary",
                           f"{source}[provider]"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    listed = subprocess.run([*pip, "list", "--format=json"], capture_output=True, text=True, check=True,
                            timeout=120)
    installed = {d["name"].lower().replace("_", "-") for d in json.loads(listed.stdout)}
    assert {"fastapi", "sqlalchemy", "psycopg", "psycopg-binary", "prometheus-client"} <= installed
    for client_only in ("pyside6", "pyside6-essentials", "shiboken6", "pyqtgraph", "reportlab",
                        "keyring", "qrbill", "factur-x"):  # (requests comes with stripe)
        assert client_only not in installed, f"{client_only} came with the provider"
    # It runs: the production refusals name what is missing, and it migrates a database.
    cli = python.with_name("switchboard-provider")
    env = cli_env(tmp_path)
    refused = subprocess.run([str(cli), "serve"], capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode != 0 and "SWITCHBOARD_DATABASE_URL" in refused.stderr
    migrated = subprocess.run([str(cli), "migrate", "--db", f"sqlite:///{tmp_path / 'p.sqlite3'}"],
                              capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert migrated.returncode == 0, migrated.stderr
    imported = subprocess.run([str(python), "-c", "import provider.api.app, psycopg, sys; "
                               "print('PySide6' in sys.modules)"], capture_output=True, text=True,
                              timeout=120, cwd=tmp_path)
    assert imported.stdout.strip() == "False", imported.stderr
