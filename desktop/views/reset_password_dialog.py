"""Reset link flow: paste the link (or just its token) from the e-mail, choose a new password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import wrapped_label
from desktop.views.password_field import NewPasswordField

DONE_STYLE = "color: #2e8540; font-weight: bold;"  # green that reads on light and dark


class ResetPasswordDialog(FormDialog):
    password_set = Signal()
    def __init__(self, account: Any, link: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Choose a new password"), min_width=560,
                         intro=self.tr("Paste the link from the e-mail (or only its token) and choose "
                                       "a new password. Every open session is then signed out."))
        self.account = account  # desktop.sources.account.AccountSource
        self.link = line_edit(self, "link", link, placeholder="switchboard://reset-password?token=…")
        self.password = NewPasswordField(self)
        self.repeat = line_edit(self, "repeat", hidden=True)
        # The provider names the token field "token" and the password "new_password".
        self.add_field("token", self.tr("Reset &link:"), self.link)
        self.add_field("new_password", self.tr("&New password:"), self.password)
        self.add_field("repeat", self.tr("&Repeat:"), self.repeat)
        self.done_label = wrapped_label(self, "done")
        self.save = self.add_primary(self.tr("&Set password"), "save")
        self.buttons.addButton(self.buttons.StandardButton.Cancel)
        self.finish(self.done_label)
        (self.password if link else self.link).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        if self.missing("token", self.link.text().strip(), self.tr("Paste the link from the e-mail.")):
            return
        if self.repeat.text() != self.password.text():
            self.errors.set_field_error("repeat", self.tr("The two passwords differ."))
            return
        self.run("reset-password", self.account.reset_password, self.link.text().strip(),
                 self.password.text(), on_success=self._done)

    def _done(self, _result: object) -> None:
        """Said, and left up until the customer closes it: the dialog used to close at once, so a
        reset that worked looked like nothing had happened."""
        self.done_label.setText(self.tr("Your password has been changed, and every open session was "
                                        "signed out. Sign in with the new password."))
        self.done_label.setStyleSheet(DONE_STYLE)
        for widget in (self.link, self.password, self.repeat):
            widget.setEnabled(False)
        self.save.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("&Close"))
        close.setObjectName("close")
        close.setDefault(True)
        close.setFocus()
        self.password_set.emit()
