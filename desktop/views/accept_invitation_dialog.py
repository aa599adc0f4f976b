"""Accept an invitation from its e-mail link: your name and a login password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit
from desktop.views.password_field import NewPasswordField


class AcceptInvitationDialog(FormDialog):
    accepted_invitation = Signal(object)  # Me

    def __init__(self, account: Any, link: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Accept invitation"), min_width=560,
                         intro=self.tr("You were invited to a Switchboard account. Enter your name and "
                                       "choose a password to sign in with your e-mail address."))
        self.account = account  # desktop.sources.account.AccountSource
        self.link = line_edit(self, "link", link)
        self.name = line_edit(self, "name")
        self.password = NewPasswordField(self)
        self.add_field("token", self.tr("Invitation &link:"), self.link)
        self.add_field("name", self.tr("Your &name:"), self.name)
        self.add_field("password", self.tr("&Password:"), self.password)
        self.save = self.add_primary(self.tr("&Accept"))
        self.buttons.addButton(self.buttons.StandardButton.Cancel)
        self.finish()
        self.name.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        if self.missing("name", self.name.text().strip(), self.tr("Enter your name.")):
            return
        self.run("accept-invitation", self.account.accept_invitation, self.link.text().strip(),
                 self.name.text().strip(), self.password.text(), on_success=self._done)

    def _done(self, me: Any) -> None:
        self.accepted_invitation.emit(me)
        self.accept()
