"""The refresh token in the operating system's keyring, and nowhere else.

Backends are ranked like Vorta does: only real OS keyrings (macOS Keychain, Windows
Credential Locker, Secret Service, KWallet) qualify, best priority first. keyrings.alt's
plaintext and file backends, and the fail/null/chainer placeholders, are never chosen: on a
system without a usable keyring "remember me" is off, with a reason. Tests inject a backend
explicitly (`SecretStore(backend)` or `SecretStore.inject_default_backend`).

keyring calls can block (D-Bus, an unlock prompt): run them through desktop.tasks.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)
SERVICE = "Switchboard"
_NOT_OS_KEYRINGS = ("keyring.backends.fail", "keyring.backends.null", "keyring.backends.chainer")
NO_KEYRING_REASON = (
    "No system keyring is available (on Linux: start GNOME Keyring or KWallet), so the "
    "session cannot be remembered."
)


class SecretStoreUnavailable(RuntimeError):
    pass


def is_os_keyring(backend: Any) -> bool:
    module = type(backend).__module__
    if not module.startswith("keyring.backends."):
        return False  # keyrings.alt and any third-party file store
    return not module.startswith(_NOT_OS_KEYRINGS)


def choose_backend(backends: list[Any]) -> tuple[Any | None, str]:
    """The best OS keyring among viable backends, or None and the reason why not."""
    candidates = [b for b in backends if is_os_keyring(b)]
    if not candidates:
        return None, NO_KEYRING_REASON
    candidates.sort(key=lambda b: float(getattr(b, "priority", 0) or 0), reverse=True)
    return candidates[0], ""


def _account(profile_name: str) -> str:
    return f"refresh-token:{profile_name}"


class SecretStore:
    _injected: KeyringBackend | None = None

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._reason = ""
        self._resolved = backend is not None
        self._lock = threading.Lock()

    @classmethod
    def inject_default_backend(cls, backend: KeyringBackend | None) -> None:
        """For tests: every SecretStore() created afterwards uses this backend."""
        cls._injected = backend

    def _resolve(self) -> KeyringBackend | None:
        with self._lock:
            if not self._resolved:
                if SecretStore._injected is not None:
                    self._backend = SecretStore._injected
                else:
                    from keyring.backend import get_all_keyring  # lazily: slow, probes D-Bus

                    try:
                        backends = get_all_keyring()
                    except Exception as exc:
                        backends = []
                        log.info("keyring discovery failed (%s)", type(exc).__name__)
                    self._backend, self._reason = choose_backend(backends)
                self._resolved = True
            return self._backend

    def available(self) -> tuple[bool, str]:
        backend = self._resolve()
        if backend is None:
            return False, self._reason or NO_KEYRING_REASON
        return True, ""

    @property
    def backend_name(self) -> str:
        backend = self._resolve()
        return type(backend).__module__ + "." + type(backend).__name__ if backend else "none"

    def _require(self) -> KeyringBackend:
        backend = self._resolve()
        if backend is None:
            raise SecretStoreUnavailable(self._reason or NO_KEYRING_REASON)
        return backend

    def save_refresh_token(self, profile_name: str, token: str) -> None:
        self._require().set_password(SERVICE, _account(profile_name), token)

    def load_refresh_token(self, profile_name: str) -> str | None:
        backend = self._resolve()
        if backend is None:
            return None
        return backend.get_password(SERVICE, _account(profile_name))

    def delete_refresh_token(self, profile_name: str) -> None:
        backend = self._resolve()
        if backend is None:
            return
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(SERVICE, _account(profile_name))
        except PasswordDeleteError:
            pass  # nothing stored: already gone
