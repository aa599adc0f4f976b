"""Invite a user (e-mail and role) and change a user's role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import wrapped_label
from desktop.views.roles import role_name

ASSIGNABLE = ("admin", "billing", "technical", "viewer")


def role_summary(role: str) -> str:
    return {
        "admin": QCoreApplication.translate(
            "AccessDialogs", "Everything except closing the account and handing ownership over."),
        "billing": QCoreApplication.translate(
            "AccessDialogs", "Shop, orders, payments, invoices, automatic payments and the subscription."),
        "technical": QCoreApplication.translate(
            "AccessDialogs", "Numbers, VoIP passwords and porting; sees the subscription."),
        "viewer": QCoreApplication.translate("AccessDialogs", "Sees everything, changes nothing."),
    }.get(role, "")


def role_combo(parent: QWidget, current: str = "viewer") -> tuple[QComboBox, QLabel]:
    combo = QComboBox(parent)
    combo.setObjectName("role")
    for role in ASSIGNABLE:
        combo.addItem(role_name(role), role)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    summary = wrapped_label(parent, "role_summary", role_summary(combo.currentData()))
    summary.setEnabled(False)
    combo.currentIndexChanged.connect(lambda _i: summary.setText(role_summary(combo.currentData())))
    return combo, summary


class InviteDialog(FormDialog):
    def __init__(self, parent: QWidget | None, source: Any) -> None:
        super().__init__(parent, title=self.tr("Add user"), min_width=480, intro=self.tr(
            "The person gets an e-mail with a link to set a password. The link works once, "
            "for 7 days."))
        self.source = source
        self.email = line_edit(self, "email", placeholder="name@example.ch")
        self.role, self.summary = role_combo(self)
        self.add_field("email", self.tr("&E-mail:"), self.email)
        self.add_field("role", self.tr("&Role:"), self.role)
        self.form.addRow("", self.summary)
        self.add_primary(self.tr("&Send invitation"), "confirm")
        self.finish()

    def submit(self) -> None:
        if not self.email.text().strip():
            self.errors.clear()
            self.errors.set_field_error("email", self.tr("Enter the e-mail address."))
            self.email.setFocus()
            return
        self.run("access:invite", self.source.invite, self.email.text(), self.role.currentData(),
                 on_success=self._done)

    def _done(self, invitation: Any) -> None:
        self.result = invitation
        self.accept()


class RoleDialog(FormDialog):
    def __init__(self, parent: QWidget | None, source: Any, member: Any) -> None:
        super().__init__(parent, title=self.tr("Change role"), min_width=460, intro=self.tr(
            "%1 <%2> has the role %3.").replace("%1", member.name).replace("%2", member.email)
            .replace("%3", role_name(member.role)))
        self.source, self.member = source, member
        self.role, self.summary = role_combo(self, member.role)
        self.add_field("role", self.tr("&New role:"), self.role)
        self.form.addRow("", self.summary)
        self.add_primary(self.tr("&Change role"), "confirm")
        self.finish()

    def submit(self) -> None:
        self.run("access:role", self.source.change_role, self.member.id, self.role.currentData(),
                 on_success=self._done)

    def _done(self, member: Any) -> None:
        self.result = member
        self.accept()
