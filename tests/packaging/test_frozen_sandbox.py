"""The bundle's sandbox path without building a bundle: `switchboard --run-provider ...`.

A frozen app has no Python to run `-c` with, so desktop/sandbox.py starts its own executable
with a hidden first argument. Here a shell script stands in for that executable (it runs
`python -m desktop.app "$@"`), so the real dispatch in desktop.app.main, the watchdog and the
provider all run; tests/packaging/test_bundle.py does the same with the real bundle.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import sandbox
from desktop.api_client import ApiClient, ConnectionSettings
from desktop.app import main
from desktop.sandbox import RUN_PROVIDER_ARG, SandboxServer, child_command

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the stand-in executable is a shell script")
LOW_COST = {"SWITCHBOARD_ARGON2_TIME_COST": "1", "SWITCHBOARD_ARGON2_MEMORY_KIB": "8192"}


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be a frozen app whose executable is a stand-in for the bundle's."""
    stand_in = tmp_path / "switchboard"
    stand_in.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m desktop.app "$@"\n')
    stand_in.chmod(stand_in.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stand_in))
    return stand_in


def test_not_frozen_the_child_is_python_with_the_boot_code():
    assert not getattr(sys, "frozen", False)
    assert child_command(["serve"]) == [sys.executable, "-c", sandbox._CHILD_BOOT, "serve"]


def test_frozen_the_child_is_our_own_executable(frozen):
    assert child_command(["serve", "--sandbox"]) == [str(frozen), RUN_PROVIDER_ARG, "serve", "--sandbox"]


def test_frozen_sandbox_starts_answers_and_stops(frozen, tmp_path):
    server = SandboxServer.start(tmp_path / "data", env=LOW_COST)
    try:
        url = server.wait_ready(60)
        assert server.process.args[:2] == [str(frozen), RUN_PROVIDER_ARG]
        me = ApiClient(ConnectionSettings(url)).sign_in(sandbox.DEMO_IDENTIFIER, sandbox.DEMO_PASSWORD)
        assert me.account.user_id == sandbox.DEMO_IDENTIFIER
    finally:
        server.stop()
    assert not server.running
    assert (tmp_path / "data" / "sandbox.sqlite3").exists()


def test_frozen_child_ends_when_its_parent_closes_the_pipe(frozen, tmp_path):
    """The watchdog runs in the frozen child too: closing stdin (as a dying parent does) ends it."""
    env = {**os.environ, **LOW_COST, "SWITCHBOARD_DATA_DIR": str(tmp_path)}
    child = subprocess.Popen(child_command(["serve", "--sandbox", "--port", "0"]), stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None and child.stdout.readline().startswith("listening on http://")
        assert child.stdin is not None
        child.stdin.close()
        started = time.monotonic()
        child.wait(15)
        assert time.monotonic() - started < 15
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _run_provider(*args: str) -> subprocess.CompletedProcess[str]:
    """`main(['--run-provider', *args])` in a fresh process, with a stdin pipe as the sandbox has;
    prints which PySide6 modules got loaded."""
    code = ("import sys; from desktop.app import main; code = main(sys.argv[1:]); "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6'))); sys.exit(code)")
    with subprocess.Popen([sys.executable, "-c", code, RUN_PROVIDER_ARG, *args], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
        child.wait(60)  # stdin stays open meanwhile: closing it would tell the watchdog to stop
        assert child.stdout is not None and child.stderr is not None
        return subprocess.CompletedProcess(child.args, child.returncode, child.stdout.read(),
                                           child.stderr.read())


def test_run_provider_reports_bad_arguments():
    result = _run_provider("no-such-command")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_the_provider_child_never_loads_qt():
    result = _run_provider("serve", "--help")
    assert result.returncode == 0, result.stderr
    assert "--sandbox" in result.stdout and result.stdout.strip().endswith("[]"), result.stdout


def test_run_provider_is_not_a_client_option():
    """The hidden argument only counts first; anywhere else it is an unknown option."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--sandbox", RUN_PROVIDER_ARG])
    assert exit_info.value.code == 2


def test_the_window_icon_file_loads():
    from PySide6.QtGui import QImage  # QImage needs no QApplication: none is made here

    from desktop.app import APP_ICON

    image = QImage(str(APP_ICON))
    assert not image.isNull() and (image.width(), image.height()) == (256, 256)
