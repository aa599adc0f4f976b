"""AppSession: who is signed in where, kept in step with the keyring and the profile store.

All network and keyring work runs through desktop.tasks; results come back as signals on
the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.api_client import ApiClient, ApiError, Me
from desktop.profiles import Profile, ProfileStore
from desktop.secrets import SecretStore
from desktop.tasks import Op, OpHandle

if TYPE_CHECKING:
    from desktop.api_client.types import Handover

log = logging.getLogger(__name__)
SESSION_ENDED = frozenset({"invalid-refresh-token", "unauthenticated"})


def session_ended(err: BaseException) -> bool:
    """True for an answer that means: this session is over, sign in again."""
    return isinstance(err, ApiError) and err.kind == "problem" and err.status == 401 and (
        err.slug in SESSION_ENDED)


class AppSession(QObject):
    signed_in = Signal(object)   # Me
    # Two-factor sign-in was set up while signing in: its recovery codes, to show this once
    # (emitted just before signed_in).
    recovery_codes = Signal(list)
    signed_out = Signal()        # after sign-out, a dead session, or nothing to resume
    error = Signal(object)       # ApiError (or another exception from the task)

    def __init__(self, profile: Profile, secrets: SecretStore | None = None,
                 profiles: ProfileStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.secrets = secrets or SecretStore()
        self.profiles = profiles
        self.me: Me | None = None
        self._remember = False
        self.profile = profile
        self.client = self._new_client(profile)

    def _new_client(self, profile: Profile) -> ApiClient:
        return ApiClient(profile.connection(), on_tokens=self._keep_token,
                         token_source=self._kept_token)

    def use_profile(self, profile: Profile) -> None:
        """Point the session at another profile (signed out of the old one locally)."""
        self.client.close()
        self.profile = profile
        self.me = None
        self.client = self._new_client(profile)

    # Runs on the worker thread that received the tokens; tokens rotate on every refresh.
    def _keep_token(self, refresh_token: str) -> None:
        if self._remember:
            self.secrets.save_refresh_token(self.profile.name, refresh_token)

    def _kept_token(self) -> str | None:
        if not self._remember:
            return None
        return self.secrets.load_refresh_token(self.profile.name)

    # ----- sign-in -----

    def sign_in(self, identifier: str, password: str, remember: bool) -> OpHandle:
        return (Op(self._sign_in_work, identifier, password, remember)
                .success(self._on_signed_in).failure(self._on_failure).key("session").run())

    def _sign_in_work(self, identifier: str, password: str, remember: bool) -> Me:
        remember = remember and self.secrets.available()[0]
        self._remember = remember
        me = self.client.sign_in(identifier, password)
        if not remember:
            self.secrets.delete_refresh_token(self.profile.name)  # an older remembered session
        self.profile = replace(self.profile, identifier=identifier.strip(), remember=remember)
        return me

    def sign_in_with_code(self, challenge: str, code: str, identifier: str,
                          remember: bool) -> OpHandle:
        """The sign-in's second step: the code (or a recovery code) for the password's challenge."""
        return (Op(self._code_work, challenge, code, identifier, remember)
                .success(self._on_signed_in).failure(self._on_failure).key("session").run())

    def _code_work(self, challenge: str, code: str, identifier: str, remember: bool) -> Me:
        from desktop.api_client.two_factor import TwoFactorApi

        me = TwoFactorApi(self.client).sign_in_with_code(challenge, code)
        self._signed_in_as(identifier, remember)
        return me

    def set_up_while_signing_in(self, challenge: str, code: str, identifier: str,
                                remember: bool) -> OpHandle:
        """The account requires two-factor sign-in: the code of the new secret turns it on and
        signs in; the recovery codes come with it."""
        return (Op(self._set_up_work, challenge, code, identifier, remember)
                .success(self._on_set_up).failure(self._on_failure).key("session").run())

    def _set_up_work(self, challenge: str, code: str, identifier: str,
                     remember: bool) -> tuple[Me, list[str]]:
        from desktop.api_client.two_factor import TwoFactorApi

        me, codes = TwoFactorApi(self.client).confirm_sign_in_setup(challenge, code)
        self._signed_in_as(identifier, remember)
        return me, codes

    def _signed_in_as(self, identifier: str, remember: bool) -> None:
        # The password step chose whether the tokens are kept (self._remember).
        if not (remember and self._remember):
            self.secrets.delete_refresh_token(self.profile.name)
        self.profile = replace(self.profile, identifier=identifier.strip(),
                               remember=remember and self._remember)

    def try_resume(self) -> OpHandle:
        """Sign in with the remembered refresh token; signed_out when there is none (or dead)."""
        return (Op(self._resume_work).success(self._on_resumed).failure(self._on_failure)
                .key("session").run())

    def _resume_work(self) -> Me | None:
        from desktop.remembered_session import resume_remembered

        handover = resume_remembered(self.client, self.secrets, self.profile.name, self.profile.remember,
                                     keeping=self._keep_from_now)
        return None if handover is None else self.client.take_over(handover)

    def _keep_from_now(self) -> None:
        self._remember = True

    def adopt(self, handover: Handover) -> Me:
        """The remembered session, resumed by the start-up's child process (desktop/resume_child.py),
        which kept its rotated token: held here, and later rotations kept too."""
        self._remember = True
        return self.client.take_over(handover)

    def sign_out(self) -> OpHandle:
        return (Op(self._sign_out_work).success(lambda _: self._on_signed_out())
                .failure(self._on_failure).key("session").run())

    def _sign_out_work(self) -> None:
        self._remember = False
        try:
            self.client.sign_out()
        finally:
            self.secrets.delete_refresh_token(self.profile.name)

    def refresh_me(self) -> OpHandle:
        """Reload who is signed in (after a role or account change)."""
        return (Op(self.client.me).success(self._on_signed_in).failure(self._on_failure)
                .key("session.me").run())

    def report(self, err: BaseException) -> None:
        """Views hand failures here: an ended session signs out, everything else is `error`."""
        self._on_failure(err)

    # ----- results, on the GUI thread -----

    def _on_signed_in(self, me: Me) -> None:
        self.me = me
        if self.profiles is not None:
            self.profiles.save(self.profile)
            self.profiles.set_last_used(self.profile.name)
        self.signed_in.emit(me)

    def _on_set_up(self, result: tuple[Me, list[str]]) -> None:
        me, codes = result
        self.recovery_codes.emit(codes)
        self._on_signed_in(me)

    def _on_resumed(self, me: Me | None) -> None:
        if me is None:
            self._on_signed_out()
        else:
            self._on_signed_in(me)

    def _on_signed_out(self) -> None:
        self.me = None
        self.signed_out.emit()

    def _on_failure(self, err: BaseException) -> None:
        if session_ended(err) and self.me is not None:
            log.info("the session ended on the server")
            self._on_signed_out()
        self.error.emit(err)
