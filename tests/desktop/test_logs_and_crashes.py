"""The log file, the crash report and the support bundle: written where support will look,
readable by the user only, and never holding a password, a token or a card number."""

from __future__ import annotations

import json
import logging
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import crash, logs, support_bundle
from desktop.redact import CARD_MARK, luhn_valid, redact
from desktop.views.crash_dialog import CrashDialog
from tests.desktop.views_support import TIMEOUT, close_windows, open_dialog  # noqa: F401

PASSWORD = "Hunter2-Secret!"
TOKEN = "rEsEt-ToKeN_9f8e7d6c5b4a"
CARD = "4242 4242 4242 4242"
SECRETS = (PASSWORD, TOKEN, CARD, CARD.replace(" ", ""), "s3cr3t-proxy-pw")


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv("SWITCHBOARD_LOG_DIR", str(folder))
    yield folder
    root = logging.getLogger()
    for handler in list(logs._installed):
        root.removeHandler(handler)
        handler.close()
    logs._installed.clear()


def _log_secrets() -> None:
    """What the app's own code and its libraries write in the course of a reset and a payment."""
    log = logging.getLogger("desktop.test")
    log.info("opening switchboard://reset-password?token=%s", TOKEN)
    log.info("POST /api/v1/auth/sign-in body=%s", json.dumps({"identifier": "eva@example.ch",
                                                               "password": PASSWORD}))
    log.warning("request failed: %r", {"new_password": PASSWORD, "card_number": CARD})
    log.info("Authorization: Bearer %s", TOKEN)
    log.info("proxy http://eva:s3cr3t-proxy-pw@proxy.example.ch:3128 refused")
    log.info("paying with %s", CARD)
    try:
        raise ValueError(f"card {CARD} declined for password={PASSWORD}")
    except ValueError:
        log.exception("payment failed")


def test_the_log_file_exists_private_and_without_secrets(log_dir):
    path = logs.setup_logging(console=False)
    _log_secrets()
    logging.getLogger("desktop.test").info("invoice 2026-000123 for CHF 1234.50, call +41445551234")
    text = path.read_text(encoding="utf-8")
    assert path == log_dir / "switchboard.log"
    for secret in SECRETS:
        assert secret not in text
    assert "token=[redacted]" in text and CARD_MARK in text and "payment failed" in text
    assert "Traceback" in text and "ValueError" in text  # the traceback stays, its secret goes
    # What is no secret stays readable.
    assert "eva@example.ch" in text and "2026-000123" in text and "+41445551234" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700


def test_the_log_rotates(log_dir, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging(console=False)
    for i in range(100):
        logging.getLogger("desktop.test").info("line %d %s", i, "x" * 50)
    rotated = sorted(p.name for p in log_dir.iterdir())
    assert rotated[:2] == ["switchboard.log", "switchboard.log.1"]
    assert len(rotated) == logs.BACKUPS + 1
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in log_dir.iterdir())
    assert "line 99" in path.read_text()


@given(st.lists(st.integers(0, 9), min_size=15, max_size=18),
       st.sampled_from(["", " ", "-"]))
def test_every_luhn_valid_card_number_is_redacted(digits, separator):
    body = "".join(map(str, digits))
    check = next(d for d in "0123456789" if luhn_valid(body + d))
    number = body + check
    grouped = separator.join(number[i:i + 4] for i in range(0, len(number), 4))
    assert number not in redact(f"card {grouped} declined").replace(separator, "") or not separator
    assert CARD_MARK in redact(f"card {grouped} declined")


@given(st.text(alphabet="0123456789", min_size=1, max_size=19))
def test_the_log_redaction_checks_card_numbers_as_python_stdnum_does(digits):
    from stdnum import luhn

    assert luhn_valid(digits) == luhn.is_valid(digits)


def test_the_crash_handler_writes_a_report_and_offers_the_support_bundle(qtbot, log_dir, qsettings_tmp,
                                                                         tmp_path):
    from PySide6.QtCore import QSettings

    logs.setup_logging(console=False)
    _log_secrets()
    settings = QSettings("Switchboard", "Switchboard")  # the app's (in tmp: qsettings_tmp)
    settings.setValue("profiles/Work/base_url", "https://portal.example.ch")
    settings.setValue("profiles/Work/proxy", "http://eva:s3cr3t-proxy-pw@proxy.example.ch:3128")
    settings.setValue("profiles/Work/session_token", TOKEN)
    settings.sync()
    try:
        raise RuntimeError(f"the page broke while showing password={PASSWORD}")
    except RuntimeError as exc:
        report = crash.handle(type(exc), exc, exc.__traceback__)

    assert report is not None and report.parent == log_dir
    text = report.read_text()
    assert "RuntimeError" in text and "app: " in text and "python: " in text
    assert PASSWORD not in text
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert "unhandled error" in logs.log_file().read_text()

    dialog = open_dialog(qtbot, CrashDialog)
    assert str(report) in dialog.where.text()
    bundle = tmp_path / "bundle.zip"
    dialog.save_to(str(bundle))
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=TIMEOUT)

    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    with zipfile.ZipFile(bundle) as z:
        files = {name: z.read(name).decode() for name in z.namelist()}
    assert sorted(files) == ["README.txt", "crash.txt", "diagnostics.txt", "log.txt", "settings.json",
                             "versions.json"]
    versions = json.loads(files["versions.json"])
    assert {"app", "qt", "python", "os"} <= set(versions)
    settings = json.loads(files["settings.json"])
    assert settings["profiles/Work/base_url"] == "https://portal.example.ch"
    assert "profiles/Work/session_token" not in settings  # a secret's key is left out entirely
    assert "payment failed" in files["log.txt"] and "RuntimeError" in files["crash.txt"]
    everything = "\n".join(files.values())
    for secret in SECRETS:
        assert secret not in everything


def test_the_bundle_carries_the_last_diagnostics(log_dir, qsettings_tmp):
    from desktop.diagnostics import Step

    support_bundle.remember_diagnostics([Step("TLS", False, "certificate not trusted", "Install the CA")])
    files = support_bundle.contents(settings=qsettings_tmp)
    assert "failed   TLS: certificate not trusted -- Install the CA" in files["diagnostics.txt"]
    assert "crash.txt" not in files


def test_a_keyboard_interrupt_is_no_crash(log_dir, capsys):
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as exc:
        assert crash.handle(type(exc), exc, exc.__traceback__) is None
    assert not log_dir.exists() or not list(Path(log_dir).glob("crash-*"))


def test_about_names_the_version_and_help_saves_a_bundle(qtbot, log_dir, qsettings_tmp, tmp_path):
    from desktop.version import app_version
    from desktop.views.main_window import MainWindow

    logs.setup_logging(console=False)
    _log_secrets()
    window = MainWindow()
    qtbot.addWidget(window)
    assert f"Version {app_version()}" in window.support.about_text()
    assert "Qt 6." in window.support.about_text()
    assert "Provider: not known until you are signed in" in window.support.about_text()
    bundle = tmp_path / "from-help.zip"
    window.support.save(str(bundle))
    qtbot.waitUntil(lambda: "Support bundle saved" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    with zipfile.ZipFile(bundle) as z:
        assert "crash.txt" not in z.namelist() and "payment failed" in z.read("log.txt").decode()
        assert all(s not in z.read("log.txt").decode() for s in SECRETS)
