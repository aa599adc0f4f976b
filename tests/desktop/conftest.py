"""Desktop fixtures: a real provider subprocess, a real (file) keyring, QSettings in tmp."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.sandbox import SandboxServer

LOW_COST = {"SWITCHBOARD_ARGON2_TIME_COST": "1", "SWITCHBOARD_ARGON2_MEMORY_KIB": "8192"}
StartProvider = Callable[..., str]


# Every provider a test started, by its base URL: a failing test's report shows the end of its
# log (desktop tests' failures are often a wait for the provider; its access log says why).
_STARTED: dict[str, SandboxServer] = {}


def _start(data_dir: Path, servers: list[SandboxServer], **env: str) -> str:
    server = SandboxServer.start(data_dir, env={**LOW_COST, **env})
    servers.append(server)
    url = server.wait_ready(60)
    _STARTED[url] = server
    return url


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.when != "call" or not report.failed:
        return
    for name in ("provider_server", "fresh_provider"):
        server = _STARTED.get(getattr(item, "funcargs", {}).get(name) or "")
        if server is not None:
            report.sections.append((f"{name}'s last log lines", server.error_output()))


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: object) -> None:
    """English as the app starts it (desktop/app.py installs the UI language): its catalogue
    holds the plural forms ("1 user", "2 users")."""
    from desktop import i18n

    i18n.install("en")


@pytest.fixture(autouse=True)
def no_account_country() -> Iterator[None]:
    """German's variant follows the signed-in account's country (desktop/i18n.py): a test starts
    with none, whatever account an earlier test signed in."""
    from desktop import i18n

    i18n.set_account_country(None)
    yield
    i18n.set_account_country(None)


@pytest.fixture(autouse=True)
def client_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The client's own data (the local invoice store) and its log in tmp_path, never the real home."""
    folder = tmp_path / "client-data"
    monkeypatch.setenv("SWITCHBOARD_CLIENT_DATA_DIR", str(folder))
    monkeypatch.setenv("SWITCHBOARD_LOG_DIR", str(tmp_path / "client-logs"))
    return folder


@pytest.fixture(scope="session")
def provider_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a sandbox provider shared by a test worker. Do not lock or re-password the
    demo owner here: use `fresh_provider`, or register an account of your own."""
    servers: list[SandboxServer] = []
    # With its access log: a failing test's report shows the requests it made last, with times.
    yield _start(tmp_path_factory.mktemp("provider"), servers, SWITCHBOARD_ACCESS_LOG="true")
    for server in servers:
        server.stop()


@pytest.fixture
def start_provider(tmp_path: Path) -> Iterator[StartProvider]:
    """Start fresh providers for one test: `start_provider(SWITCHBOARD_LATENCY_MS="800")`."""
    servers: list[SandboxServer] = []

    def start(**env: str) -> str:
        return _start(tmp_path / f"provider-{len(servers)}", servers, **env)

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def fresh_provider(start_provider: StartProvider) -> str:
    return start_provider()


@pytest.fixture
def keyring_backend(tmp_path: Path) -> Iterator[object]:
    """keyrings.alt's file backend in tmp_path, injected explicitly (SecretStore never picks it)."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from desktop.secrets import SecretStore

    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    SecretStore.inject_default_backend(backend)
    yield backend
    SecretStore.inject_default_backend(None)
    keyring.set_keyring(previous)


@pytest.fixture
def qsettings_tmp(tmp_path: Path) -> Iterator[object]:
    """A QSettings ini file in tmp_path; default-constructed QSettings land there too."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    folder.mkdir()
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    settings = QSettings(str(folder / "switchboard.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def unique_email() -> Callable[[str], str]:
    def make(prefix: str = "user") -> str:
        return f"{prefix}-{uuid.uuid4().hex[:10]}@example.ch"

    return make
