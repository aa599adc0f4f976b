"""Change the login password: the current one plus a new one (docs/product-rules.md#changing-the-password)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit
from desktop.views.password_field import NewPasswordField


class ChangePasswordDialog(FormDialog):
    def __init__(self, account: Any, *, user_id: str | None = None, email: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Change password"), min_width=560,
                         intro=self.tr("This is the password for signing in to the portal, not the VoIP "
                                       "password of a phone."))
        self.account = account  # desktop.sources.account.AccountSource
        self.old = line_edit(self, "old_password", hidden=True)
        self.new = NewPasswordField(self)
        self.new.set_context(user_id=user_id, email=email)
        self.repeat = line_edit(self, "repeat", hidden=True)
        for name, text, widget in (("old_password", self.tr("&Current password:"), self.old),
                                   ("new_password", self.tr("&New password:"), self.new),
                                   ("repeat", self.tr("&Repeat new password:"), self.repeat)):
            self.add_field(name, text, widget, error_name=f"{name}_error")
        self.save = self.add_primary(self.tr("C&hange password"), "save")
        self.buttons.addButton(self.buttons.StandardButton.Cancel)
        self.finish()
        self.old.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        if self.missing("old_password", self.old.text(), self.tr("Enter your current password.")):
            return
        if self.repeat.text() != self.new.text():
            self.errors.set_field_error("repeat", self.tr("The two passwords differ."))
            return
        # Rule checks are left to the provider on purpose: it is the judge, and its answer
        # lands at the field through the same path as every other error.
        self.run("change-password", self.account.change_password, self.old.text(), self.new.text(),
                 on_success=lambda _r: self.accept())
