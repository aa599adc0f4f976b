"""Change the login password: the current one plus a new one (portal rules, section 1)."""

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


class ChangePasswordDialog(QDialog):
    def __init__(self, client: Any, *, user_id: str | None = None, email: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("This is the password for signing in to the portal, not the VoIP "
                               "password of a phone."), self)
        intro.setWordWrap(True)
        self.old = QLineEdit(self)
        self.old.setObjectName("old_password")
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.new = NewPasswordField(self)
        self.new.set_context(user_id=user_id, email=email)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.banner = QLabel(self)
        self.errors = FormErrors(self.banner)
        form = QFormLayout()
        for name, text, widget in (("old_password", self.tr("&Current password:"), self.old),
                                   ("new_password", self.tr("&New password:"), self.new),
                                   ("repeat", self.tr("&Repeat new password:"), self.repeat)):
            err = error_label(self)
            err.setObjectName(f"{name}_error")
            self.errors.add(name, widget, err)
            label = QLabel(text, self)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(err)
            form.addRow(label, column)
        self.buttons = QDialogButtonBox(self)
        self.save = self.buttons.addButton(self.tr("C&hange password"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("save")
        self.save.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.old.setFocus()
        self._handle: Any = None

    def _submit(self) -> None:
        self.errors.clear()
        if not self.old.text():
            self.errors.set_field_error("old_password", self.tr("Enter your current password."))
            return
        if self.repeat.text() != self.new.text():
            self.errors.set_field_error("repeat", self.tr("The two passwords differ."))
            return
        # Rule checks are left to the provider on purpose: it is the judge, and its answer
        # lands at the field through the same path as every other error.
        self.save.setEnabled(False)
        self._handle = (Op(self.client.change_password, self.old.text(), self.new.text())
                        .success(lambda _r: self.accept()).failure(self._failed)
                        .key("change-password").run())

    def _failed(self, err: ApiErrorLike) -> None:
        self.save.setEnabled(True)
        self.errors.show(err)
