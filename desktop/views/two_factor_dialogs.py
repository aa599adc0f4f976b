"""The acts of two-factor sign-in in the Security dialog: setting it up (a QR code to scan, the
key as text, a first code), new recovery codes, and turning it off (password and code)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.tasks import Op
from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit
from desktop.views.qr_image import qr_pixmap
from desktop.views.sign_in_code_step import QR_SIZE, grouped_secret


def code_field(parent: QWidget) -> QLineEdit:
    field = line_edit(parent, "code")
    field.setMaxLength(32)
    field.setPlaceholderText("123456")
    return field


class AuthenticatorCodeDialog(FormDialog):
    """A dialog confirmed with a code from the authenticator app. Its strings are translated in
    this class's context, shared by the three dialogs below."""

    codes_ready = Signal(list)  # the recovery codes, to show once (by the dialogs that make them)
    code: QLineEdit  # each dialog's add_code_field()
    account: Any  # desktop.sources.account.AccountSource

    def add_code_field(self) -> QLineEdit:
        field = code_field(self)
        self.add_field("code", self.tr("&Code:"), field, error_name="code_error")
        return field

    def code_missing(self, code: QLineEdit) -> bool:
        """True, with the field's error shown, when no code was entered."""
        return self.missing("code", code.text().strip(),
                            self.tr("Enter the code from your authenticator app."))

    def send_code(self, key: str, call: str) -> None:
        """The code entered (if one was) to the account source's method named `call`, whose
        answer is the new recovery codes, handed on. The account is asked only then."""
        self.errors.clear()
        if not self.code_missing(self.code):
            self.run(key, getattr(self.account, call), self.code.text(), on_success=self._hand_on_codes)

    def _hand_on_codes(self, codes: list[str]) -> None:
        self.accept()
        self.codes_ready.emit(codes)


class SetUpTwoFactorDialog(AuthenticatorCodeDialog):
    """Fetches a new secret, shows it, and turns it on with a code from the app."""

    def __init__(self, account: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Set up two-factor sign-in"), min_width=520, intro=self.tr(
            "Scan this code with an authenticator app (for example Google Authenticator, "
            "Microsoft Authenticator or 1Password), or type the key below into it, then enter the "
            "6-digit code it shows."))
        self.account = account  # desktop.sources.account.AccountSource
        self.qr = QLabel(self.tr("Preparing…"), self)
        self.qr.setObjectName("qr_code")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumHeight(QR_SIZE)
        self.secret = QLabel(self)
        self.secret.setObjectName("secret")
        self.secret.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.qr)
        self.form.addRow(self.secret)
        self.code = self.add_code_field()
        self.add_primary(self.tr("&Turn on"), "turn_on")
        self.finish()
        assert self.primary is not None
        self.primary.setEnabled(False)
        self._start = (Op(self.account.start_two_factor).success(self._show)
                       .failure(self.failed).key("two-factor-setup").run())

    def _show(self, setup: Any) -> None:
        self.qr.setPixmap(qr_pixmap(setup.otpauth_uri, QR_SIZE))
        self.secret.setText(grouped_secret(setup.secret))
        if self.primary is not None:
            self.primary.setEnabled(True)
        self.code.setFocus()

    def submit(self) -> None:
        self.send_code("two-factor-confirm", "confirm_two_factor")


class NewRecoveryCodesDialog(AuthenticatorCodeDialog):
    def __init__(self, account: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("New recovery codes"), min_width=480, intro=self.tr(
            "Ten new recovery codes replace the old ones. Enter a code from your authenticator "
            "app to confirm."))
        self.account = account
        self.code = self.add_code_field()
        self.add_primary(self.tr("&Make new codes"), "make_codes")
        self.finish()
        self.code.setFocus()

    def submit(self) -> None:
        self.send_code("two-factor-codes", "new_recovery_codes")


class TurnOffTwoFactorDialog(AuthenticatorCodeDialog):
    def __init__(self, account: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Turn off two-factor sign-in"), min_width=480, intro=self.tr(
            "Without two-factor sign-in your password alone signs you in. Confirm with your "
            "password and a code from your authenticator app (or a recovery code)."))
        self.account = account
        self.password = line_edit(self, "password", hidden=True)
        self.add_field("password", self.tr("&Password:"), self.password, error_name="password_error")
        self.code = self.add_code_field()
        self.add_primary(self.tr("T&urn off"), "turn_off")
        self.finish()
        self.password.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        if self.missing("password", self.password.text(), self.tr("Enter your password.")):
            return
        if self.code_missing(self.code):
            return
        self.run("two-factor-off", self.account.turn_off_two_factor, self.password.text(),
                 self.code.text(), on_success=lambda _r: self.accept())
