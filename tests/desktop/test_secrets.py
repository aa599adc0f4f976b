"""The keyring choice: OS keyrings only, never a plaintext file, a reason when there is none."""

from __future__ import annotations

from keyring.backends import chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

from desktop.secrets import (
    NO_KEYRING_REASON,
    SecretStore,
    SecretStoreUnavailable,
    choose_backend,
    is_os_keyring,
)


class _FakeOsKeyring:
    """Stands in for an OS keyring class (only its module path and priority matter here)."""

    priority = 5


_FakeOsKeyring.__module__ = "keyring.backends.SecretService"


def test_only_placeholders_and_files_means_unavailable_with_a_reason(tmp_path):
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "plain.cfg")
    backend, reason = choose_backend([fail.Keyring(), null.Keyring(), plaintext,
                                      chainer.ChainerBackend()])
    assert backend is None
    assert reason == NO_KEYRING_REASON and "keyring" in reason.lower()


def test_an_os_keyring_wins_over_a_higher_priority_file_backend():
    loud_file = PlaintextKeyring()
    loud_file.priority = 100  # type: ignore[misc]
    os_keyring = _FakeOsKeyring()
    backend, reason = choose_backend([loud_file, fail.Keyring(), os_keyring])
    assert backend is os_keyring and reason == ""
    assert not is_os_keyring(loud_file) and is_os_keyring(os_keyring)


def test_unavailable_store_refuses_to_save_and_writes_no_file(tmp_path, monkeypatch):
    import keyring.backend

    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "plain.cfg")
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [fail.Keyring(), plaintext])
    store = SecretStore()
    ok, reason = store.available()
    assert ok is False and reason
    try:
        store.save_refresh_token("Work", "token-value")
    except SecretStoreUnavailable as exc:
        assert "token-value" not in str(exc)
    else:
        raise AssertionError("saved without a keyring")
    assert store.load_refresh_token("Work") is None
    store.delete_refresh_token("Work")  # harmless
    assert not (tmp_path / "plain.cfg").exists()


def test_this_machine_never_gets_a_plaintext_fallback():
    store = SecretStore()
    ok, reason = store.available()
    if ok:
        assert is_os_keyring(store._resolve())
    else:
        assert reason == NO_KEYRING_REASON
        assert store.backend_name == "none"


def test_an_injected_backend_stores_loads_and_deletes(keyring_backend):
    store = SecretStore()
    assert store.available() == (True, "")
    store.save_refresh_token("A", "t1")
    store.save_refresh_token("B", "t2")
    assert store.load_refresh_token("A") == "t1"
    store.delete_refresh_token("A")
    store.delete_refresh_token("A")
    assert store.load_refresh_token("A") is None and store.load_refresh_token("B") == "t2"
