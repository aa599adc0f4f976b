"""The update check trusts only a feed signed by the release key: valid, tampered, replayed
(older than one seen before), wrong key, expired, another product; a release not newer is no
update. End to end: the provider serves the signed file, Help > Check for updates shows it."""

from __future__ import annotations

import base64
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop import updates
from desktop.updates import UpdateRefused, due, verify_feed
from desktop.views.update_dialog import UpdateDialog
from tests.desktop.views_support import TIMEOUT, close_windows, open_dialog  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from sign_release import public_key_b64, sign_feed

NOW = datetime(2026, 12, 6, 12, tzinfo=UTC)
KEY = Ed25519PrivateKey.generate()
KEYS = {"test-key": public_key_b64(KEY)}


def _feed(version: str = "0.3.0", key: Ed25519PrivateKey = KEY, key_id: str = "test-key", **extra) -> bytes:
    release = {"version": version, "url": f"https://downloads.example.ch/Switchboard-{version}-setup.exe",
               "released": "2026-12-01", "expires": (NOW + timedelta(days=30)).isoformat(),
               "notes": {"en": "Invoices print.", "de": "Rechnungen drucken."}, **extra}
    return sign_feed(key, key_id, release)


def _verify(document: bytes, **kwargs):
    return verify_feed(document, current=kwargs.pop("current", "0.2.0"), keys=KEYS, now=NOW, **kwargs)


def test_a_valid_feed_offers_the_newer_release():
    verdict = _verify(_feed())
    assert verdict.newer and verdict.release.version == "0.3.0"
    assert verdict.release.notes_in("de") == "Rechnungen drucken."
    assert verdict.release.url.startswith("https://downloads.example.ch/")


def test_a_tampered_feed_is_refused():
    outer = json.loads(_feed())
    payload = json.loads(base64.b64decode(outer["payload"]))
    payload["url"] = "https://evil.example/Switchboard-setup.exe"
    outer["payload"] = base64.b64encode(json.dumps(payload, sort_keys=True).encode()).decode()
    with pytest.raises(UpdateRefused, match="signature does not match"):
        _verify(json.dumps(outer).encode())


def test_a_replayed_older_feed_is_refused():
    with pytest.raises(UpdateRefused, match="replayed"):
        _verify(_feed("0.2.5"), highest_seen="0.3.0")
    assert _verify(_feed("0.3.0"), highest_seen="0.3.0").newer  # the same one again is fine


def test_a_feed_signed_with_another_key_is_refused():
    stranger = Ed25519PrivateKey.generate()
    with pytest.raises(UpdateRefused, match="signature does not match"):
        _verify(_feed(key=stranger))  # claims the known key id
    with pytest.raises(UpdateRefused, match="does not know"):
        _verify(_feed(key=stranger, key_id="attacker"))


def test_expired_other_product_unsigned_and_plain_http_are_refused():
    with pytest.raises(UpdateRefused, match="expired"):
        _verify(_feed(expires=(NOW - timedelta(minutes=1)).isoformat()))
    with pytest.raises(UpdateRefused, match="another product"):
        _verify(_feed(product="someone-else"))
    with pytest.raises(UpdateRefused, match="no signature"):
        outer = json.loads(_feed())
        del outer["signature"]
        _verify(json.dumps(outer).encode())
    with pytest.raises(UpdateRefused, match="https"):
        _verify(_feed(url="http://downloads.example.ch/x.exe"))


def test_never_a_downgrade_and_at_most_daily():
    assert not _verify(_feed("0.1.0"), current="0.2.0").newer
    assert not _verify(_feed("0.2.0"), current="0.2.0").newer
    assert due(None) and due((NOW - timedelta(days=2)).isoformat(), NOW)
    assert not due((NOW - timedelta(hours=3)).isoformat(), NOW)


def test_the_app_ships_a_release_key():
    assert updates.RELEASE_KEYS and all(len(base64.b64decode(k)) == 32 for k in updates.RELEASE_KEYS.values())


def test_check_for_updates_from_the_providers_feed(qtbot, start_provider, tmp_path, qsettings_tmp,
                                                   monkeypatch):
    from desktop.version import app_version
    from desktop.views.main_window import MainWindow

    feed = tmp_path / "desktop.json"
    feed.write_bytes(_feed("99.0.0"))
    base_url = start_provider(SWITCHBOARD_RELEASE_FEED=str(feed))
    monkeypatch.setattr(updates, "RELEASE_KEYS", KEYS)
    monkeypatch.setattr(updates, "datetime", _Frozen)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_connection(base_url, None, None)
    window.show()
    window.updates_action.trigger()
    dialog = open_dialog(qtbot, UpdateDialog)
    assert dialog.release.version == "99.0.0" and dialog.notes.toPlainText() == "Invoices print."
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Switchboard 99.0.0 is available; you have {app_version()}." in texts
    dialog.reject()

    # The provider serves a tampered copy: refused, said in the status bar, nothing opens.
    feed.write_bytes(feed.read_bytes().replace(b'"payload": "', b'"payload": "eyJ'))
    window.updates_action.trigger()
    qtbot.waitUntil(lambda: "update check failed" in window.statusBar().currentMessage(), timeout=TIMEOUT)


class _Frozen(datetime):
    @classmethod
    def now(cls, tz=None):
        return NOW if tz is not None else NOW.replace(tzinfo=None)
