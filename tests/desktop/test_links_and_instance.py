"""switchboard:// links reach the running app: parsed strictly, handed over by a second launch
(a real process) through the single-instance socket, delivered by macOS' open event, and held
until there is a provider to ask."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from desktop.link_router import LinkRouter
from desktop.links import AppLink, parse_link
from desktop.single_instance import SingleInstance, hand_over
from desktop.views.accept_invitation_dialog import AcceptInvitationDialog
from desktop.views.reset_password_dialog import ResetPasswordDialog
from tests.desktop.views_support import TIMEOUT, close_windows, open_dialog, start_app  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("text", "expected"), [
    ("switchboard://reset-password?token=abc-1_2", AppLink("reset-password", "abc-1_2")),
    ("switchboard://reset?token=abc", AppLink("reset-password", "abc")),
    ("  SWITCHBOARD://Accept-Invitation?token=xyz  ", AppLink("accept-invitation", "xyz")),
    ("switchboard:invitation?token=xyz", AppLink("accept-invitation", "xyz")),
    ("https://evil.example/reset?token=abc", None),
    ("switchboard://delete-account?token=abc", None),
    ("switchboard://reset-password", None),
    ("switchboard://reset-password?token=", None),
    ("switchboard://reset-password?token=a%0Ab", None),  # a line break smuggled into the token
    ("switchboard://reset-password?token=abc\x00", None),
    ("switchboard://reset-password?token=" + "a" * 3000, None),
    ("/home/eva/invoice.pdf", None),
])
def test_links_are_parsed_strictly(text, expected):
    assert parse_link(text) == expected


def test_the_canonical_link_is_what_the_mails_write():
    assert parse_link("switchboard://reset?token=t0k").canonical() == "switchboard://reset-password?token=t0k"


def test_without_a_running_instance_the_hand_over_fails_fast(qapp):
    assert hand_over(["switchboard://reset?token=x"], key=uuid.uuid4().hex, timeout_ms=300) is False


def test_a_second_listener_for_the_same_user_does_not_take_over(qapp):
    key = uuid.uuid4().hex
    first, second = SingleInstance(key), SingleInstance(key)
    try:
        assert first.listen()
        assert not second.listen()  # the first one answers, so its socket is not "stale"
    finally:
        first.close()
        second.close()


def _launch(key: str, tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "SWITCHBOARD_INSTANCE_KEY": key, "QT_QPA_PLATFORM": "offscreen",
           "SWITCHBOARD_LOG_DIR": str(tmp_path / "second-logs")}
    return subprocess.Popen([sys.executable, "-m", "desktop.app", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_launch_with_a_reset_link_opens_the_reset_dialog_in_the_first(
        qtbot, provider_server, qsettings_tmp, keyring_backend, tmp_path):
    key = uuid.uuid4().hex
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    instance = SingleInstance(key, parent=controller)
    assert instance.listen()
    LinkRouter(controller, instance)
    controller.window.showMinimized()

    second = _launch(key, tmp_path, "switchboard://reset?token=Tok-from-mail_1")
    reset = open_dialog(qtbot, ResetPasswordDialog)
    assert reset.link.text() == "switchboard://reset-password?token=Tok-from-mail_1"
    assert not controller.window.isMinimized()  # brought forward
    assert second.wait(30) == 0, second.stderr.read() if second.stderr else ""
    # The first instance never started a second window or provider: the launch just handed over.
    assert "Traceback" not in (second.stderr.read() if second.stderr else "")
    instance.close()


def test_the_invitation_link_from_the_macos_open_event(qtbot, provider_server, qsettings_tmp,
                                                      keyring_backend):
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    LinkRouter(controller, None, QApplication.instance())
    QApplication.sendEvent(QApplication.instance(),
                           QFileOpenEvent(QUrl("switchboard://accept-invitation?token=Inv1")))
    dialog = open_dialog(qtbot, AcceptInvitationDialog)
    assert dialog.link.text() == "switchboard://accept-invitation?token=Inv1"


def test_a_link_before_there_is_a_provider_waits_for_one(qtbot, provider_server, qsettings_tmp,
                                                         keyring_backend):
    from desktop.app_controller import AppController
    from desktop.profiles import Profile
    from desktop.views.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, profile_name=None, sandbox=False, settings=qsettings_tmp)
    controller.open_link("switchboard://reset-password?token=Early1")
    assert controller.pending_links == ["switchboard://reset-password?token=Early1"]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ResetPasswordDialog)]
    from desktop.secrets import SecretStore

    controller.secrets = SecretStore()
    controller._use_profile(Profile("Work", provider_server), persist=False)
    reset = open_dialog(qtbot, ResetPasswordDialog)
    assert reset.link.text() == "switchboard://reset-password?token=Early1"
    assert controller.pending_links == []


def test_an_argument_that_is_no_link_opens_nothing_and_says_so(qtbot, provider_server, qsettings_tmp,
                                                               keyring_backend):
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    controller.open_link("https://phish.example/reset?token=abc")
    assert "not one Switchboard can open" in controller.window.statusBar().currentMessage()
    assert controller.pending_links == []


def test_version_on_the_command_line(tmp_path):
    from desktop.version import app_version

    result = subprocess.run([sys.executable, "-m", "desktop.app", "--version"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Switchboard {app_version()}"
    import tomllib

    assert app_version() == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_the_windowed_windows_build_writes_job_output_to_a_file_without_a_console(tmp_path, monkeypatch):
    """Started from Explorer (no console to attach to), --self-test's output lands in the log
    directory instead of nowhere. (AttachConsole is the Windows API; it answers 0 here.)"""
    from desktop import console

    class NoParentConsole:
        def AttachConsole(self, _pid: int) -> int:
            return 0

    monkeypatch.setenv("SWITCHBOARD_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    path = console.ensure_output("self-test", NoParentConsole())
    print("self-test: ok")
    sys.stdout.flush()
    written = path.read_text()
    sys.stdout.close()
    assert path == tmp_path / "logs" / "self-test.txt" and written == "self-test: ok\n"


def test_elsewhere_the_console_is_left_alone(monkeypatch):
    from desktop import console

    assert console.ensure_output("self-test") is None  # Linux, with a stdout
