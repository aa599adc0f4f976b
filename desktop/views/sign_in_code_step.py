"""The sign-in dialog's second step: the code from the authenticator app (or a recovery code),
and, when the account requires two-factor sign-in and the user has none yet, setting it up
first (a QR code to scan, the secret as text for typing it in)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.views.field_errors import FormErrors
from desktop.views.form_rows import field_row, line_edit
from desktop.views.page_kit import wrapped_label
from desktop.views.qr_image import qr_pixmap

QR_SIZE = 200


def grouped_secret(secret: str) -> str:
    """The secret in groups of four, as authenticator apps show and accept it."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


class CodeStep(QWidget):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label(self, "code_intro")
        self.qr = QLabel(self)
        self.qr.setObjectName("qr_code")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret = QLabel(self)
        self.secret.setObjectName("secret")
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = line_edit(self, "code")
        self.code.setMaxLength(32)
        self.code.setPlaceholderText("123456")
        form = QFormLayout()
        field_row(form, errors, "code", self.tr("&Code:"), self.code, error_name="code_error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.qr)
        layout.addWidget(self.secret)
        layout.addLayout(form)
        self.show_code()

    def show_code(self) -> None:
        """The user has two-factor sign-in: ask for a code."""
        self.intro.setText(self.tr(
            "Enter the 6-digit code from your authenticator app. Without your phone, enter one of "
            "your recovery codes instead."))
        self.qr.hide()
        self.secret.hide()
        self._ready()

    def show_preparing(self) -> None:
        self.intro.setText(self.tr(
            "Your account requires two-factor sign-in. Preparing the setup…"))
        self.qr.hide()
        self.secret.hide()
        self.code.setEnabled(False)

    def show_setup(self, setup: Any) -> None:
        """Scan the code (or type the secret) in an authenticator app, then enter its code."""
        self.intro.setText(self.tr(
            "Your account requires two-factor sign-in. Scan this code with an authenticator app "
            "(for example Google Authenticator, Microsoft Authenticator or 1Password), or type "
            "the key below into it, then enter the 6-digit code it shows."))
        self.qr.setPixmap(qr_pixmap(setup.otpauth_uri, QR_SIZE))
        self.secret.setText(grouped_secret(setup.secret))
        self.qr.show()
        self.secret.show()
        self._ready()

    def _ready(self) -> None:
        self.code.setEnabled(True)
        self.code.clear()
        self.code.setFocus()
