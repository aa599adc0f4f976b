"""Forgotten password: user ID (or e-mail) plus the registered e-mail; the answer never says
whether they matched (portal rules, section 1), so we show the provider's one message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import Op
from desktop.views.field_errors import ApiErrorLike, FormErrors, error_label


class ForgotPasswordDialog(QDialog):
    reset_link_requested = Signal()  # the user wants to paste the link from the e-mail now

    def __init__(self, client: Any, identifier: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.setWindowTitle(self.tr("Forgotten password"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr(
            "Enter your user ID or e-mail address and the e-mail address registered for your "
            "account. If they match, we send you a link to choose a new password. "
            "The link is valid for 60 minutes."), self)
        intro.setWordWrap(True)
        self.identifier = QLineEdit(identifier, self)
        self.identifier.setObjectName("identifier")
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.email.setPlaceholderText("name@example.ch")
        self.banner = QLabel(self)
        self.errors = FormErrors(self.banner)
        form = QFormLayout()
        for name, text, widget in (("identifier", self.tr("&User ID or e-mail:"), self.identifier),
                                   ("email", self.tr("Registered &e-mail:"), self.email)):
            err = error_label(self)
            self.errors.add(name, widget, err)
            label = QLabel(text, self)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(err)
            form.addRow(label, column)
        self.result = QLabel(self)
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.send = self.buttons.addButton(self.tr("&Send link"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setObjectName("send")
        self.send.setDefault(True)
        self.have_link = self.buttons.addButton(self.tr("I &have a link"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.have_link.setObjectName("have_link")
        self.have_link.setAutoDefault(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.have_link.clicked.connect(self._open_reset)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        (self.email if identifier else self.identifier).setFocus()
        self._handle: Any = None

    def _open_reset(self) -> None:
        self.reset_link_requested.emit()
        self.accept()

    def _submit(self) -> None:
        self.errors.clear()
        if not self.identifier.text().strip():
            self.errors.set_field_error("identifier", self.tr("Enter your user ID or e-mail address."))
            return
        if "@" not in self.email.text():
            self.errors.set_field_error("email", self.tr("Enter the e-mail address of your account."))
            return
        self.send.setEnabled(False)
        self.result.setText(self.tr("Sending…"))
        self._handle = (Op(self.client.request_password_reset, self.identifier.text().strip(),
                           self.email.text().strip())
                        .success(self._sent).failure(self._failed).key("forgot-password").run())

    def _sent(self, _server_message: str) -> None:
        self.send.setEnabled(True)
        # Our own words (translated) for the provider's deliberately uninformative answer.
        self.result.setText(self.tr(
            "If the user ID and e-mail address match an account, an e-mail with a reset link "
            "is on its way. Open the link, or choose \"I have a link\" and paste it."))
        self.have_link.setDefault(True)

    def _failed(self, err: ApiErrorLike) -> None:
        self.send.setEnabled(True)
        self.result.clear()
        self.errors.show(err)
