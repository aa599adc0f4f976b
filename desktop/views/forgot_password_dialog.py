"""Forgotten password: user ID (or e-mail) plus the registered e-mail; the answer never says
whether they matched (docs/product-rules.md#forgotten-password), so we show the provider's one message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.views.field_errors import ApiErrorLike
from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import wrapped_label
from desktop.views.sign_in_dialog import typed_identifier


class ForgotPasswordDialog(FormDialog):
    reset_link_requested = Signal()  # the user wants to paste the link from the e-mail now

    def __init__(self, account: Any, identifier: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Forgotten password"), min_width=440, intro=self.tr(
            "Enter your user ID or e-mail address and the e-mail address registered for your "
            "account. If they match, we send you a link to choose a new password. "
            "The link is valid for 60 minutes."))
        self.account = account  # desktop.sources.account.AccountSource
        self.identifier = line_edit(self, "identifier", identifier)
        self.email = line_edit(self, "email", placeholder="name@example.ch")
        self.add_field("identifier", self.tr("&User ID or e-mail:"), self.identifier)
        self.add_field("email", self.tr("Registered &e-mail:"), self.email)
        self.result = wrapped_label(self, "result")
        self.send = self.add_primary(self.tr("&Send link"), "send")
        self.have_link = self.buttons.addButton(self.tr("I &have a link"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.have_link.setObjectName("have_link")
        self.have_link.setAutoDefault(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.have_link.clicked.connect(self._open_reset)
        self.finish(self.result)
        (self.email if identifier else self.identifier).setFocus()

    def _open_reset(self) -> None:
        self.reset_link_requested.emit()
        self.accept()

    def submit(self) -> None:
        self.errors.clear()
        if self.missing("identifier", self.identifier.text().strip(),
                        self.tr("Enter your user ID or e-mail address.")):
            return
        if "@" not in self.email.text():
            self.errors.set_field_error("email", self.tr("Enter the e-mail address of your account."))
            return
        self.result.setText(self.tr("Sending…"))
        self.run("forgot-password", self.account.request_password_reset,
                 typed_identifier(self.identifier.text()), self.email.text().strip(), on_success=self._sent)

    def _sent(self, _server_message: str) -> None:
        self.send.setEnabled(True)
        # Our own words (translated) for the provider's deliberately uninformative answer.
        self.result.setText(self.tr(
            "If the user ID and e-mail address match an account, an e-mail with a reset link "
            "is on its way. Open the link, or choose \"I have a link\" and paste it."))
        self.have_link.setDefault(True)

    def failed(self, err: ApiErrorLike) -> None:
        self.result.clear()
        super().failed(err)
