"""Sign-in: user ID or e-mail, password, remember me, and the ways out when that fails.

The dialog only collects input and shows outcomes; whoever owns the session connects
`submitted` to the sign-in task and calls `show_error` / `accept` with the result.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop.models.phone_numbers import USER_ID_REGIONS, region_of_locale, sign_in_identifier
from desktop.views.field_errors import ApiErrorLike, FormErrors, describe
from desktop.views.form_rows import field_row, line_edit
from desktop.views.page_kit import hbox, named_button, vbox
from desktop.views.sign_in_code_step import CodeStep


def typed_identifier(text: str) -> str:
    """A main number typed in the national format (`044 555 12 34`) is read in the region of
    this computer's locale (Switzerland unless it is Liechtenstein) and sent as E.164."""
    return sign_in_identifier(text, region_of_locale(QLocale.system().name(), USER_ID_REGIONS))

@dataclass(frozen=True)
class SignInCode:
    """The sign-in's second step: a code for the password's challenge, or, with `setup`, the
    first code of two-factor sign-in set up now."""

    challenge: str
    code: str
    setup: bool
    identifier: str
    remember: bool

    def __repr__(self) -> str:  # neither the challenge nor the code in a log or traceback
        return f"SignInCode(setup={self.setup!r}, identifier={self.identifier!r})"


@dataclass(frozen=True)
class SignInInput:
    base_url: str
    identifier: str
    password: str
    remember: bool

    def __repr__(self) -> str:  # never show the password in a log or traceback
        return f"SignInInput(base_url={self.base_url!r}, identifier={self.identifier!r})"


class SignInDialog(QDialog):
    submitted = Signal(object)  # SignInInput
    code_submitted = Signal(object)  # SignInCode
    setup_requested = Signal(str)  # the challenge: fetch a secret to set up (show_setup)
    forgot_requested = Signal(str, str)  # base_url, identifier
    diagnostics_requested = Signal(str)  # base_url
    register_requested = Signal(str)  # base_url
    mailbox_requested = Signal()  # the sandbox's mailbox (offered in sandbox mode only)

    def __init__(self, *, base_url: str = "", identifier: str = "", remember: bool = False,
                 keyring_status: tuple[bool, str] = (True, ""), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Switchboard"))
        self.setMinimumWidth(480)

        self.provider = line_edit(self, "provider", base_url, placeholder="https://portal.example.ch:8444")
        self.identifier = line_edit(self, "identifier", identifier,
                                    placeholder=self.tr("e.g. 52718 or name@example.ch"))
        self.password = line_edit(self, "password", hidden=True)
        self.remember = QCheckBox(self.tr("&Remember me on this computer"), self)
        self.remember.setObjectName("remember")
        self.remember_reason = QLabel(self)
        self.remember_reason.setObjectName("remember_reason")
        self.remember_reason.setWordWrap(False)
        self.remember_reason.setEnabled(False)  # greyed: an explanation, not an error
        self._wants_remember = remember
        self.set_keyring_status(keyring_status)

        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.errors = FormErrors(self.banner)
        self.credentials = QWidget(self)
        form = QFormLayout(self.credentials)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label_text, widget in (
            ("base_url", self.tr("Pro&vider:"), self.provider),
            ("identifier", self.tr("&User ID or e-mail:"), self.identifier),
            ("password", self.tr("&Password:"), self.password),
        ):
            field_row(form, self.errors, name, label_text, widget, error_name=f"{name}_error")
        form.addRow("", self.remember)
        form.addRow("", self.remember_reason)

        self.forgot = named_button(self.tr("&Forgot password?"), "forgot", self)
        self.cant_connect = named_button(self.tr("Can't &connect?"), "cant_connect", self)
        self.create_account = named_button(self.tr("Create &account"), "create_account", self)
        # The sandbox's mails (registration, reset links) without leaving the dialog: offer_mailbox().
        self.mailbox = named_button(self.tr("Sandbox mail&box"), "mailbox", self)
        self.mailbox.hide()
        for button in (self.forgot, self.cant_connect, self.create_account, self.mailbox):
            button.setFlat(True)
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        links = hbox(self.forgot, self.cant_connect, self.mailbox, 1, self.create_account)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(self.tr("&Sign in"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("sign_in")
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setObjectName("status")

        self.code_step = CodeStep(self.errors, self)
        self.code_step.hide()
        self._challenge = ""
        self._setup = False
        self._last: SignInInput | None = None
        self.links = QWidget(self)
        links.setContentsMargins(0, 0, 0, 0)
        self.links.setLayout(links)

        vbox(self, self.credentials, self.code_step, self.banner, self.links, self.status, self.buttons)

        self.forgot.clicked.connect(lambda: self.forgot_requested.emit(self.base_url(),
                                                                       self.identifier.text()))
        self.cant_connect.clicked.connect(lambda: self.diagnostics_requested.emit(self.base_url()))
        self.create_account.clicked.connect(lambda: self.register_requested.emit(self.base_url()))
        self.mailbox.clicked.connect(self.mailbox_requested)
        self.setTabOrder(self.provider, self.identifier)
        self.setTabOrder(self.identifier, self.password)
        self.setTabOrder(self.password, self.remember)
        self.setTabOrder(self.remember, self.sign_in_button)
        (self.password if identifier else self.identifier).setFocus()
        if not base_url:
            self.provider.setFocus()

    def set_keyring_status(self, status: tuple[bool, str]) -> None:
        """Remember me needs an OS keyring; without one it is off, with the reason in one line."""
        available, reason = status
        self.remember.setEnabled(available)
        self.remember.setChecked(available and self._wants_remember)
        self.remember_reason.setText(
            "" if available else self.tr("Unavailable: this computer has no system keyring."))
        self.remember_reason.setToolTip(reason)
        self.remember_reason.setVisible(not available)

    def base_url(self) -> str:
        return self.provider.text().strip().rstrip("/")

    def _submit(self) -> None:
        self.errors.clear()
        if self._challenge:
            self._submit_code()
            return
        missing = False
        if not self.base_url():
            self.errors.set_field_error("base_url", self.tr("Enter the provider's address."))
            missing = True
        if not self.identifier.text().strip():
            self.errors.set_field_error("identifier", self.tr("Enter your user ID or e-mail address."))
            missing = True
        if not self.password.text():
            self.errors.set_field_error("password", self.tr("Enter your password."))
            missing = True
        if missing:
            return
        self.set_busy(True)
        self._last = SignInInput(self.base_url(), typed_identifier(self.identifier.text()),
                                 self.password.text(), self.remember.isChecked())
        self.submitted.emit(self._last)

    def _submit_code(self) -> None:
        code = self.code_step.code.text().strip()
        if not code:
            self.errors.set_field_error("code", self.tr("Enter the code from your authenticator app."))
            return
        last = self._last
        self.set_busy(True)
        self.code_submitted.emit(SignInCode(self._challenge, code, self._setup,
                                            last.identifier if last else "",
                                            bool(last and last.remember)))

    def _second_step(self, challenge: str, setup: bool) -> None:
        self._challenge, self._setup = challenge, setup
        self.password.clear()  # not needed any more, and not kept in memory longer than that
        self.credentials.hide()
        self.links.hide()
        self.code_step.show()
        self.sign_in_button.setText(self.tr("&Verify"))

    def back_to_password(self) -> None:
        self._challenge, self._setup = "", False
        self.code_step.hide()
        self.credentials.show()
        self.links.show()
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.password.setFocus()

    def show_setup(self, setup: object) -> None:
        """The secret to set up two-factor sign-in with (after setup_requested)."""
        self.set_busy(False)
        self.code_step.show_setup(setup)

    def set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.status.setText(self.tr("Signing in…") if busy else "")

    def show_error(self, err: ApiErrorLike) -> None:
        """Wrong credentials belong to the password field; the rest goes where its field is."""
        self.set_busy(False)
        slug = (err.type or "").rsplit(":", 1)[-1]
        challenge = getattr(err, "challenge", None)
        if slug == "two-factor-required" and challenge:
            self._second_step(challenge, setup=False)
            self.code_step.show_code()
            return
        if slug == "two-factor-setup-required" and challenge:
            self._second_step(challenge, setup=True)
            self.code_step.show_preparing()
            self.set_busy(True)
            self.setup_requested.emit(challenge)
            return
        if slug == "challenge-expired":
            self.back_to_password()
            self.errors.set_field_error("password", describe(err))
            return
        if self._challenge and err.kind == "problem":
            self.errors.clear()
            if err.status in (401, 409, 422, 429) or slug == "invalid-code":
                self.errors.set_field_error("code", describe(err))
                self.code_step.code.selectAll()
                self.code_step.code.setFocus()
            else:
                self.errors.show(err)
            return
        if err.kind == "problem" and (slug == "invalid-credentials" or err.status == 401):
            self.errors.clear()
            self.errors.set_field_error("password", describe(err))
            self.password.selectAll()
            self.password.setFocus()
            return
        if err.kind == "problem" and err.status == 429:
            self.errors.clear()
            self.errors.set_field_error("identifier", describe(err))
            return
        if err.kind != "problem":
            self.errors.clear()
            self.errors.set_field_error("base_url", describe(err))
            return
        self.errors.show(err)

    def offer_mailbox(self) -> None:
        """Sandbox mode: a button to the sandbox's mailbox, where its mails arrive."""
        self.mailbox.show()
