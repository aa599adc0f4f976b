"""The controller's dialogs around signing in: sign in, forgotten and reset password,
registration, the sandbox mailbox and the links in its mails, diagnostics. A mixin of
AppController (desktop/app_controller.py), which holds the window, the session and the open
sign-in dialog; kept apart so that the controller's wiring stays readable. No strings to translate
here: a tr() in a mixin would look its translation up under the controller's class name."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


class DialogsMixin:
    window: MainWindow
    pending_links: list[str]
    session: Any
    dialog: Any
    keyring_status: tuple[bool, str]
    profile_name: str | None
    sandbox_mode: bool

    if TYPE_CHECKING:  # AppController's own
        def _use_profile(self, profile: Any, persist: bool = True) -> None: ...

        def _sweep_once(self) -> None: ...

    def _parent(self) -> QWidget:
        return self.dialog if self.dialog is not None else self.window

    def _account(self) -> Any:
        """What the dialogs ask the provider through (desktop/sources/account.py): the session's
        client, no account needed before signing in."""
        from desktop.sources import Sources

        return Sources.of(self.session.client, None).account

    def open_sign_in(self) -> None:
        from desktop.views.sign_in_dialog import SignInDialog

        if self.dialog is not None:
            self.dialog.raise_()
            return
        self._sweep_once()
        profile = self.session.profile if self.session is not None else None
        dialog = SignInDialog(base_url=profile.base_url if profile else "",
                              identifier=profile.identifier if profile else "",
                              remember=profile.remember if profile else False,
                              keyring_status=self.keyring_status, parent=self.window)
        dialog.submitted.connect(self._submit_sign_in)
        self._offer_mailbox(dialog)
        dialog.code_submitted.connect(self._submit_code)
        dialog.setup_requested.connect(self._start_setup)
        dialog.forgot_requested.connect(self._forgot)
        dialog.diagnostics_requested.connect(lambda url: self.open_diagnostics(url, "", ""))
        dialog.register_requested.connect(self._register)
        dialog.rejected.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _profile_for(self, base_url: str) -> Any | None:
        """The session's profile pointed at `base_url` (made current); None if the URL is bad."""
        from desktop.profiles import Profile

        current = self.session.profile if self.session is not None else None
        name = current.name if current else (self.profile_name or "Default")
        try:
            profile = (replace(current, base_url=base_url) if current
                       else Profile(name, base_url)).validated()
        except ValueError as exc:
            if self.dialog is not None:
                self.dialog.set_busy(False)
                self.dialog.errors.set_field_error("base_url", str(exc))
            return None
        self._use_profile(profile, persist=not self.sandbox_mode)
        return profile

    def _submit_sign_in(self, data: Any) -> None:
        if self._profile_for(data.base_url) is not None:
            self.session.sign_in(data.identifier, data.password, data.remember)

    def _submit_code(self, data: Any) -> None:
        if data.setup:
            self.session.set_up_while_signing_in(data.challenge, data.code, data.identifier,
                                                 data.remember)
        else:
            self.session.sign_in_with_code(data.challenge, data.code, data.identifier, data.remember)

    def _start_setup(self, challenge: str) -> None:
        from desktop.tasks import Op

        dialog = self.dialog
        if dialog is None:
            return
        self._setup_op = (Op(self._account().start_sign_in_setup, challenge)
                          .success(dialog.show_setup).failure(dialog.show_error)
                          .key("sign-in-setup").run())

    def show_recovery_codes(self, codes: list[str]) -> None:
        from desktop.views.recovery_codes_dialog import RecoveryCodesDialog

        RecoveryCodesDialog(codes, parent=self.window).open()

    def open_security(self) -> None:
        from desktop.views.security_dialog import REQUIRE_PERMISSION, SecurityDialog

        if self.session is None or self.session.me is None:
            return
        from desktop.sources import Sources

        me = self.session.me
        # The signed-in user's own account, also while acting for a customer.
        account = Sources.of(self.session.client, me.account).account
        SecurityDialog(account, may_require=me.can(REQUIRE_PERMISSION), parent=self.window).open()

    def _forgot(self, base_url: str, identifier: str) -> None:
        from desktop.views.forgot_password_dialog import ForgotPasswordDialog

        if self._profile_for(base_url) is None:
            return
        dialog = ForgotPasswordDialog(self._account(), identifier, parent=self._parent())
        dialog.reset_link_requested.connect(lambda: self.open_reset(""))
        self._offer_mailbox(dialog)
        dialog.open()

    def open_reset(self, link: str) -> None:
        from desktop.views.reset_password_dialog import ResetPasswordDialog

        dialog = ResetPasswordDialog(self._account(), link, parent=self._parent())
        self._offer_mailbox(dialog)
        dialog.open()

    def mailbox_offered(self) -> bool:
        """The sandbox's mailbox is offered in sandbox mode only: a real provider sends real mail."""
        return bool(getattr(self, "sandbox_mode", False))

    def _offer_mailbox(self, dialog: Any) -> None:
        """In sandbox mode the sign-in and password dialogs lead to the mailbox their mails go to."""
        if self.mailbox_offered():
            dialog.offer_mailbox()
            dialog.mailbox_requested.connect(lambda: self.open_mailbox(dialog))

    def _register(self, base_url: str) -> None:
        from desktop.views.registration_wizard import RegistrationWizard

        if self._profile_for(base_url) is None:
            return
        wizard = RegistrationWizard(self._account(), parent=self._parent())
        # The client signed in while registering; let the session pick that up.
        wizard.registered.connect(lambda _me: self.session.refresh_me())
        wizard.open()

    def open_mailbox(self, parent: Any = None) -> None:
        """`parent`: the dialog that asked (over which the mailbox opens), else the usual one."""
        from desktop.views.mailbox_dialog import MailboxDialog

        if self.session is None:
            return
        dialog = MailboxDialog(self._account(), parent=parent or self._parent())
        dialog.link_activated.connect(self.follow_link)
        dialog.open()

    def bring_forward(self) -> None:
        """Another launch handed us a link: show the window in front, restored if minimized."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def open_link(self, text: str) -> None:
        """A link from outside (a later launch, macOS' open event). The dialogs it opens ask the
        provider of the current profile, so a link arriving before there is one waits for it."""
        from desktop.links import parse_link

        link = parse_link(text)
        if link is None:
            log.info("ignored an argument that is not a switchboard link")
            self.window.say_link_not_understood()
            return
        if self.session is None:
            self.pending_links.append(link.canonical())
            return
        self.follow_link(link.canonical())

    def _open_pending_links(self) -> None:
        links, self.pending_links[:] = list(self.pending_links), []
        for link in links:
            self.follow_link(link)

    def follow_link(self, link: str) -> None:
        from desktop.links import parse_link

        parsed = parse_link(link)
        if parsed is None:
            return
        link = parsed.canonical()
        if parsed.action == "reset-password":
            self.open_reset(link)
        elif parsed.action == "accept-invitation":
            from desktop.views.accept_invitation_dialog import AcceptInvitationDialog

            dialog = AcceptInvitationDialog(self._account(), link, parent=self._parent())
            dialog.accepted_invitation.connect(lambda _me: self.session.refresh_me())
            dialog.open()

    def open_diagnostics(self, base_url: str, ca_bundle: str, proxy: str) -> None:
        from desktop.views.diagnostics_dialog import DiagnosticsDialog

        live = getattr(self, "live", None)
        DiagnosticsDialog(base_url, ca_bundle=ca_bundle or None, proxy=proxy or None,
                          live_mode=live.live.mode if live is not None else None,
                          parent=self._parent()).open()
