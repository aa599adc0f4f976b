"""Reset link flow: paste the link (or just its token) from the e-mail, choose a new password."""

from __future__ import annotations

from typing import Any

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
from desktop.views.password_field import NewPasswordField


class ResetPasswordDialog(QDialog):
    def __init__(self, client: Any, link: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.setWindowTitle(self.tr("Choose a new password"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Paste the link from the e-mail (or only its token) and choose "
                               "a new password. Every open session is then signed out."), self)
        intro.setWordWrap(True)
        self.link = QLineEdit(link, self)
        self.link.setObjectName("link")
        self.link.setPlaceholderText("switchboard://reset-password?token=…")
        self.password = NewPasswordField(self)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.banner = QLabel(self)
        self.errors = FormErrors(self.banner)
        form = QFormLayout()
        # The provider names the token field "token" and the password "new_password".
        for name, text, widget in (("token", self.tr("Reset &link:"), self.link),
                                   ("new_password", self.tr("&New password:"), self.password),
                                   ("repeat", self.tr("&Repeat:"), self.repeat)):
            err = error_label(self)
            self.errors.add(name, widget, err)
            label = QLabel(text, self)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(err)
            form.addRow(label, column)
        self.done_label = QLabel(self)
        self.done_label.setObjectName("done")
        self.done_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save = self.buttons.addButton(self.tr("&Set password"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("save")
        self.save.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        (self.password if link else self.link).setFocus()
        self._handle: Any = None

    def _submit(self) -> None:
        self.errors.clear()
        if not self.link.text().strip():
            self.errors.set_field_error("token", self.tr("Paste the link from the e-mail."))
            return
        if self.repeat.text() != self.password.text():
            self.errors.set_field_error("repeat", self.tr("The two passwords differ."))
            return
        self.save.setEnabled(False)
        self._handle = (Op(self.client.reset_password, self.link.text().strip(), self.password.text())
                        .success(self._done).failure(self._failed).key("reset-password").run())

    def _done(self, _result: object) -> None:
        self.done_label.setText(self.tr("Your password has been changed. Sign in with the new one."))
        self.accept()

    def _failed(self, err: ApiErrorLike) -> None:
        self.save.setEnabled(True)
        self.errors.show(err)
