"""AppSession with the real provider, a file keyring and QSettings in tmp."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.api_client import ApiClient, ApiError, ConnectionSettings
from desktop.profiles import Profile, ProfileStore
from desktop.sandbox import DEMO_IDENTIFIER, DEMO_PASSWORD
from desktop.secrets import SecretStore
from desktop.session import AppSession
from tests.desktop.helpers import private_single

TIMEOUT = 15000


def make_session(url: str, qsettings, name: str = "Work") -> tuple[AppSession, ProfileStore]:
    store = ProfileStore(qsettings)
    profile = Profile(name=name, base_url=url)
    return AppSession(profile, SecretStore(), store), store


def sign_in(qtbot, session: AppSession, identifier: str, password: str, remember: bool) -> object:
    with qtbot.waitSignal(session.signed_in, timeout=TIMEOUT) as blocker:
        session.sign_in(identifier, password, remember)
    return blocker.args[0]


def test_remembered_sign_in_resumes_and_sign_out_removes_the_keyring_entry(
        qtbot, provider_server, keyring_backend, qsettings_tmp):
    session, store = make_session(provider_server, qsettings_tmp)
    me = sign_in(qtbot, session, "admin@alpenblick.example", DEMO_PASSWORD, remember=True)
    assert me.user.role == "admin" and session.me == me
    assert keyring_backend.get_password("Switchboard", "refresh-token:Work")
    saved = store.get("Work")
    assert saved is not None and saved.remember and saved.identifier == "admin@alpenblick.example"
    assert store.last_used == "Work"

    # A new start of the app: resume from the keyring, no password.
    again = AppSession(store.get("Work"), SecretStore(), store)
    with qtbot.waitSignal(again.signed_in, timeout=TIMEOUT) as resumed:
        again.try_resume()
    assert resumed.args[0].user.email == "admin@alpenblick.example"

    with qtbot.waitSignal(again.signed_out, timeout=TIMEOUT):
        again.sign_out()
    assert keyring_backend.get_password("Switchboard", "refresh-token:Work") is None
    assert again.me is None

    # Nothing left to resume: signed_out, not signed_in.
    third = AppSession(store.get("Work"), SecretStore(), store)
    with qtbot.waitSignal(third.signed_out, timeout=TIMEOUT):
        third.try_resume()


def test_without_remember_nothing_goes_to_the_keyring(qtbot, provider_server, keyring_backend,
                                                      qsettings_tmp):
    keyring_backend.set_password("Switchboard", "refresh-token:Work", "stale-from-before")
    session, store = make_session(provider_server, qsettings_tmp)
    sign_in(qtbot, session, DEMO_IDENTIFIER, DEMO_PASSWORD, remember=False)
    assert keyring_backend.get_password("Switchboard", "refresh-token:Work") is None
    assert store.get("Work").remember is False


def test_wrong_password_emits_error_and_stays_signed_out(qtbot, provider_server, keyring_backend,
                                                         qsettings_tmp):
    session, _ = make_session(provider_server, qsettings_tmp)
    with qtbot.waitSignal(session.error, timeout=TIMEOUT) as blocker:
        session.sign_in("billing@alpenblick.example", "Wrong-Password-1", True)
    err = blocker.args[0]
    assert isinstance(err, ApiError) and err.status == 401
    assert session.me is None
    assert keyring_backend.get_password("Switchboard", "refresh-token:Work") is None


def test_rotated_refresh_tokens_replace_the_keyring_entry(qtbot, fresh_provider, keyring_backend,
                                                          qsettings_tmp):
    session, _ = make_session(fresh_provider, qsettings_tmp)
    sign_in(qtbot, session, DEMO_IDENTIFIER, DEMO_PASSWORD, remember=True)
    first = keyring_backend.get_password("Switchboard", "refresh-token:Work")
    ApiClient(ConnectionSettings(fresh_provider)).advance_sandbox_clock(minutes=20)
    with qtbot.waitSignal(session.signed_in, timeout=TIMEOUT):
        session.refresh_me()
    second = keyring_backend.get_password("Switchboard", "refresh-token:Work")
    assert second and second != first


def test_no_token_or_password_in_settings_logs_or_data_files(
        qtbot, start_provider, keyring_backend, qsettings_tmp, caplog, tmp_path, unique_email):
    caplog.set_level(logging.DEBUG)
    url = start_provider()
    email = unique_email("secret")
    password = "Very-Secret-Passw0rd"
    ApiClient(ConnectionSettings(url)).register(private_single(email, password))

    tokens: list[str] = []
    session, store = make_session(url, qsettings_tmp)
    session.client._on_tokens = lambda t: (tokens.append(t), session._keep_token(t))
    sign_in(qtbot, session, email, password, remember=True)
    with qtbot.waitSignal(session.error, timeout=TIMEOUT) as failed:
        session.sign_in(email, password + "x", True)
    access = session.client._access
    assert tokens and access
    secrets = [password, password + "x", access, *tokens]

    store.sync()
    qsettings_tmp.sync()
    keyring_file = Path(keyring_backend.file_path)
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p != keyring_file]
    assert any(p.suffix == ".ini" for p in files) and any("sqlite" in p.name for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"a secret is in {path.name}"
    log_text = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    assert "/auth/sign-in" in log_text  # the client did log its requests at DEBUG
    err_text = str(failed.args[0]) + repr(failed.args[0])
    for secret in secrets:
        assert secret not in log_text
        assert secret not in err_text
    # The keyring is the one place the refresh token lives.
    assert keyring_backend.get_password("Switchboard", "refresh-token:Work") == tokens[-1]


@pytest.mark.parametrize("proxy", ["http://user:pw@proxy:3128"])
def test_a_proxy_password_is_refused_by_the_profile_store(qsettings_tmp, proxy):
    with pytest.raises(ValueError, match="proxy password"):
        ProfileStore(qsettings_tmp).save(Profile("P", "https://api.example.ch", proxy=proxy))


def test_two_instances_of_one_remembered_profile_both_stay_signed_in(
        qtbot, provider_server, keyring_backend, qsettings_tmp):
    """The app and `switchboard export-invoices` (or a second window) share one remembered
    session. Each refresh rotates the refresh token; an instance that refreshed with its own,
    older copy would look like a stolen token to the provider, which then ends the session for
    both. Each instance takes the newest token from the keyring instead."""
    first, store = make_session(provider_server, qsettings_tmp, name="Shared")
    sign_in(qtbot, first, "billing@alpenblick.example", DEMO_PASSWORD, remember=True)

    second = AppSession(store.get("Shared"), SecretStore(), store)
    with qtbot.waitSignal(second.signed_in, timeout=TIMEOUT):
        second.try_resume()  # rotates the shared session's tokens

    # The first instance's access token was replaced by that rotation: it must renew with the
    # keyring's newest refresh token, not its own stale one, and the second must keep working.
    assert first.client.me().user.email == "billing@alpenblick.example"
    assert second.client.me().user.email == "billing@alpenblick.example"
    assert first.client.me().user.email == "billing@alpenblick.example"
