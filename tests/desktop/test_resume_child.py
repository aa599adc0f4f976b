"""The start-up's forked resume (desktop/resume_child.py) against a real sandbox provider and a
real file keyring: the child trades the remembered token for new ones and keeps the rotated one,
a refused token is forgotten, an unreachable provider comes back as the client's own error, and
EarlyResume takes the child's session over. Each runs in a process of its own, single-threaded
when it forks, as the app is."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.api_client import ApiClient, ApiError, ConnectionSettings
from desktop.resume_child import ForkedResume
from desktop.secrets import SecretStore
from tests.desktop.helpers import PASSWORD, business_collective

RUNNER = Path(__file__).with_name("resume_child_run.py")
pytestmark = pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="fork() is POSIX only")


def run(keyring_backend, tmp_path: Path, profile: str, base_url: str, mode: str) -> dict:
    (tmp_path / "settings").mkdir(exist_ok=True)
    done = subprocess.run([sys.executable, str(RUNNER), keyring_backend.file_path, str(tmp_path / "settings"),
                           profile, base_url, mode], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def remembered(provider_server: str, keyring_backend, email: str, profile: str) -> str:
    """A new account signed in, its refresh token kept in the file keyring as the app keeps it."""
    secrets = SecretStore(keyring_backend)
    client = ApiClient(ConnectionSettings(provider_server),
                       on_tokens=lambda token: secrets.save_refresh_token(profile, token))
    client.register(business_collective(email))
    client.sign_in(email, PASSWORD)
    token = secrets.load_refresh_token(profile)
    assert token
    return token


def test_the_child_resumes_and_keeps_the_rotated_token(provider_server, keyring_backend, tmp_path,
                                                       unique_email):
    email = unique_email("forked")
    spent = remembered(provider_server, keyring_backend, email, "Forked")
    got = run(keyring_backend, tmp_path, "Forked", provider_server, "outcome")
    assert got["forked"] and got["verdict"] == "resumed" and got["value"] == email
    # The provider rotated the token; the child kept the new one, and the old one is spent.
    assert got["kept"] == got["refresh_token"] != spent
    with pytest.raises(ApiError) as refused:
        ApiClient(ConnectionSettings(provider_server)).resume(spent)
    assert refused.value.status == 401


def test_a_refused_token_is_forgotten(provider_server, keyring_backend, tmp_path):
    SecretStore(keyring_backend).save_refresh_token("Stale", "not-a-token-the-provider-issued")
    got = run(keyring_backend, tmp_path, "Stale", provider_server, "outcome")
    assert got == {"forked": True, "verdict": "resumed", "value": None, "refresh_token": None, "kept": None}


def test_an_unreachable_provider_is_the_clients_own_error(keyring_backend, tmp_path):
    SecretStore(keyring_backend).save_refresh_token("Away", "some-token")
    got = run(keyring_backend, tmp_path, "Away", "http://127.0.0.1:9", "outcome")
    assert got["verdict"] == "failed" and got["value"] == "connection"
    assert got["kept"] == "some-token"  # not refused by the provider: kept for the next start


def test_early_resume_takes_the_childs_session_over(provider_server, keyring_backend, tmp_path,
                                                     unique_email):
    email = unique_email("adopted")
    remembered(provider_server, keyring_backend, email, "Adopted")
    got = run(keyring_backend, tmp_path, "Adopted", provider_server, "early")
    assert got["forked"] and got["email"] == email and got["error"] == "None"
    assert got["client_signed_in"] and got["kept"]
    assert not got["requests_loaded"]  # the child resumed it, not this process


def test_no_fork_while_another_thread_runs():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert ForkedResume.start() is None  # a lock that thread holds would stay held in a child
    finally:
        stop.set()
        other.join()


def test_the_app_starts_on_a_remembered_session_and_quits_cleanly(provider_server, keyring_backend,
                                                                  tmp_path, unique_email):
    """`switchboard --profile P` as a customer starts it every day: the child resumes, the window
    shows the account and the app quits without a crash, again and again (a quit right after the
    paint once caught the live thread in its first request: SIGSEGV in 2 of 100)."""
    from PySide6.QtCore import QSettings

    from desktop.profiles import Profile, ProfileStore

    email = unique_email("everyday")
    remembered(provider_server, keyring_backend, email, "Everyday")
    config = tmp_path / "config"
    settings = QSettings(str(config / "Switchboard" / "Switchboard.conf"), QSettings.Format.IniFormat)
    ProfileStore(settings).save(Profile("Everyday", provider_server, email, remember=True))
    settings.sync()
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    for _ in range(5):
        done = subprocess.run([sys.executable, str(RUNNER.with_name("app_with_file_keyring.py")),
                               keyring_backend.file_path, "--profile", "Everyday", "--lang", "en",
                               "--exit-when-ready"], capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.startswith("ready "), done.stdout
