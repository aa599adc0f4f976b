"""The app shell: the embedded sandbox start, translations, --screenshot and --self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import i18n
from desktop.app import parse_args
from desktop.app_controller import AppController
from desktop.views.main_window import MainWindow
from desktop.views.sign_in_dialog import SignInDialog
from provider.version import provider_version
from tests.desktop.conftest import LOW_COST
from tests.desktop.views_support import (
    TIMEOUT,
    close_windows,  # noqa: F401 (autouse fixture)
    start_sandbox_app,
)

ROOT = Path(__file__).resolve().parents[2]
QM = ROOT / "resources" / "translations" / "switchboard_de.qm"


@pytest.fixture
def german():
    if not QM.exists():  # a fresh clone before `make translations`: build it like make does
        subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                        str(QM.with_suffix(".ts")), "-qm", str(QM)], check=True)
    assert i18n.install("de")
    yield
    i18n.install("en")


def test_sandbox_mode_shows_the_window_at_once_then_the_demo_account(qtbot, tmp_path, qsettings_tmp,
                                                                     monkeypatch):
    window, controller = start_sandbox_app(qtbot, tmp_path / "sandbox", qsettings_tmp, monkeypatch)
    # Nothing has been waited for yet: the window already says what is going on.
    assert window.account_name.text() == "Not signed in"
    assert window.account_details.text() == "Connecting to the sandbox…"
    assert window.sandbox_badge.isVisible() and window.mailbox_action.isVisible()
    try:
        with qtbot.waitSignal(controller.ready, timeout=60_000):
            pass
        assert window.account_name.text() == "Alpenblick Treuhand AG"
        assert "52718" in window.account_details.text() and window.sandbox_badge.isVisible()
        assert not window.settings.base_url.isEnabled()  # the sandbox address is not editable
        # About names the provider's version, asked for after the account is on screen.
        qtbot.waitUntil(lambda: f"Provider: version {provider_version()}" in window.support.about_text(),
                        timeout=15_000)
    finally:
        controller.shutdown()


def test_german_translation_loads(qtbot, german):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.nav.topLevelItem(0).text(0) == "Übersicht"
    assert window.account_name.text() == "Nicht angemeldet"
    dialog = SignInDialog(base_url="https://portal.example.ch:8444")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Bei Switchboard anmelden"
    assert dialog.sign_in_button.text() == "A&nmelden"
    assert i18n.rule_message("password.min_length") == "Das Passwort muss mindestens 8 Zeichen lang sein."
    assert i18n.locked_message(840) == (
        "Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 14 Minuten wieder.")


def test_language_switch_in_settings_applies_live_and_is_kept(qtbot, qsettings_tmp, german):
    i18n.install("en")
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, profile_name=None, sandbox=False, settings=qsettings_tmp)
    window.show_page("settings")
    assert window.nav.topLevelItem(0).text(0) == "Dashboard"
    window.settings.language.setCurrentIndex(window.settings.language.findData("de"))
    window.settings.language.activated.emit(window.settings.language.currentIndex())
    qtbot.waitUntil(lambda: window.nav.topLevelItem(0).text(0) == "Übersicht", timeout=TIMEOUT)
    assert window.current_page() == "settings"  # the rebuilt window stays where the user was
    assert i18n.preferred_language(qsettings_tmp) == "de"
    controller.set_language("en")
    qtbot.waitUntil(lambda: window.nav.topLevelItem(0).text(0) == "Dashboard", timeout=TIMEOUT)


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, **LOW_COST, "QT_QPA_PLATFORM": "offscreen",
            "SWITCHBOARD_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(tmp_path / "config")}


def test_screenshot_writes_a_png_of_the_signed_in_dashboard(tmp_path):
    target = tmp_path / "dashboard.png"
    result = subprocess.run([sys.executable, "-m", "desktop.app", "--sandbox", "--lang", "en",
                             "--screenshot", str(target), "--page", "dashboard"],
                            capture_output=True, text=True, timeout=120, env=_env(tmp_path), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 5000


def test_switchboard_self_test_exits_0(tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop.app", "--self-test"], capture_output=True,
                            text=True, timeout=120, env=_env(tmp_path), cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def test_command_line():
    args = parse_args(["--profile", "Office", "--lang", "de"])
    assert args.profile == "Office" and args.lang == "de" and not args.sandbox
    assert parse_args(["--screenshot", "x.png", "--page", "registration-2"]).page == "registration-2"
    with pytest.raises(SystemExit):
        parse_args(["--page", "settings"])  # --page only goes with --screenshot
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])
