"""Accept an invitation from its e-mail link: your name and a login password."""

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
from desktop.views.password_field import NewPasswordField


class AcceptInvitationDialog(QDialog):
    accepted_invitation = Signal(object)  # Me

    def __init__(self, client: Any, link: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.setWindowTitle(self.tr("Accept invitation"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("You were invited to a Switchboard account. Enter your name and "
                               "choose a password to sign in with your e-mail address."), self)
        intro.setWordWrap(True)
        self.link = QLineEdit(link, self)
        self.link.setObjectName("link")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.password = NewPasswordField(self)
        self.banner = QLabel(self)
        self.errors = FormErrors(self.banner)
        form = QFormLayout()
        for field, text, widget in (("token", self.tr("Invitation &link:"), self.link),
                                    ("name", self.tr("Your &name:"), self.name),
                                    ("password", self.tr("&Password:"), self.password)):
            err = error_label(self)
            self.errors.add(field, widget, err)
            label = QLabel(text, self)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(err)
            form.addRow(label, column)
        self.buttons = QDialogButtonBox(self)
        self.save = self.buttons.addButton(self.tr("&Accept"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.name.setFocus()
        self._handle: Any = None

    def _submit(self) -> None:
        self.errors.clear()
        if not self.name.text().strip():
            self.errors.set_field_error("name", self.tr("Enter your name."))
            return
        self.save.setEnabled(False)
        self._handle = (Op(self.client.accept_invitation, self.link.text().strip(),
                           self.name.text().strip(), self.password.text())
                        .success(self._done).failure(self._failed).key("accept-invitation").run())

    def _done(self, me: Any) -> None:
        self.accepted_invitation.emit(me)
        self.accept()

    def _failed(self, err: ApiErrorLike) -> None:
        self.save.setEnabled(True)
        self.errors.show(err)
