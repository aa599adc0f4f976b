"""SIP settings of one VoIP account (what to type into a phone) and its password: show, copy,
change, regenerate. The password stays on screen only until another account is chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.field_errors import describe
from desktop.views.form_rows import line_edit
from desktop.views.numbers.voip_password_dialog import VoipPasswordDialog, login_difference_text
from desktop.views.page_kit import buddy_label, confirm, named_button, show_status, status_line, wrapped_label

MANAGE = "technical.manage"
HIDDEN = "••••••••••••"


class VoipPanel(QGroupBox):
    changed = Signal()  # the password changed: the list's "changed on" is stale

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("SIP settings for your phone"), parent)
        self.setObjectName("voip_panel")
        self.source: Any = None
        self.ctx: Any = None
        self.voip: Any = None
        self.secret: str | None = None
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, text in (("sip_user", self.tr("SIP user name:")),
                          ("registrar", self.tr("Registrar (server):")),
                          ("port", self.tr("Port:")), ("password", self.tr("VoIP password:"))):
            edit = line_edit(self, f"sip_{key}")
            edit.setReadOnly(True)
            self.fields[key] = edit
            label = buddy_label(text, edit, self)
            form.addRow(label, edit)
        self.show_button = named_button(self.tr("&Show"), "show_password", self)
        self.copy_button = named_button(self.tr("Cop&y"), "copy_password", self)
        self.change_button = named_button(self.tr("C&hange…"), "change_password", self)
        self.regenerate_button = named_button(self.tr("&Generate new…"), "regenerate_password", self)
        row = QHBoxLayout()
        for b in (self.show_button, self.copy_button, self.change_button, self.regenerate_button):
            row.addWidget(b)
        row.addStretch(1)
        self.note = wrapped_label(self, "login_difference", login_difference_text())
        self.note.setEnabled(False)
        self.status = status_line(self, "voip_status")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setMaximumWidth(460)
        self.show_button.clicked.connect(self._toggle)
        self.copy_button.clicked.connect(self._copy)
        self.change_button.clicked.connect(self._change)
        self.regenerate_button.clicked.connect(self._regenerate)
        self.set_voip(None)

    def set_context(self, ctx: Any, source: Any) -> None:
        self.ctx, self.source = ctx, source
        self._gates()

    def set_voip(self, voip: Any) -> None:
        if voip is not None and self.voip is not None and voip.id == self.voip.id:
            self.voip = voip
            return
        self.voip, self.secret = voip, None
        self.fields["sip_user"].setText(voip.sip_user if voip else "–")
        self.fields["registrar"].setText(voip.registrar_host if voip else "–")
        self.fields["port"].setText(str(voip.registrar_port) if voip else "–")
        self.fields["password"].setText(HIDDEN if voip else "–")
        self.show_button.setText(self.tr("&Show"))
        show_status(self.status, "")
        self._gates()

    def _gates(self) -> None:
        for button in (self.show_button, self.copy_button, self.change_button, self.regenerate_button):
            if gate(button, self.ctx, MANAGE) and self.voip is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Choose a VoIP account first."))

    def _reveal(self, then: Any) -> None:
        if self.secret is not None:
            then()
            return
        voip = self.voip
        Op(self.source.voip_password, voip.id).success(lambda s: self._revealed(voip, s, then)) \
            .failure(self._failed).key("voip:reveal").run()

    def _revealed(self, voip: Any, secret: Any, then: Any) -> None:
        if self.voip is None or voip.id != self.voip.id:
            return  # another account was chosen meanwhile
        self.secret = secret.password
        then()

    def _toggle(self) -> None:
        if self.voip is None:
            return
        if self.fields["password"].text() != HIDDEN:
            self.fields["password"].setText(HIDDEN)
            self.show_button.setText(self.tr("&Show"))
            return
        self._reveal(self._show_secret)

    def _show_secret(self) -> None:
        self.fields["password"].setText(self.secret or "")
        self.show_button.setText(self.tr("&Hide"))

    def _copy(self) -> None:
        if self.voip is not None:
            self._reveal(self._copy_secret)

    def _copy_secret(self) -> None:
        QGuiApplication.clipboard().setText(self.secret or "")
        show_status(self.status, self.tr("The VoIP password is on the clipboard; paste it into the phone."))

    def _change(self) -> None:
        if self.voip is None or not self.change_button.isEnabled():
            return
        VoipPasswordDialog(self, self.source, self.voip).open_for_result(self._changed)

    def _changed(self, secret: Any) -> None:
        self._new_secret(secret, self.tr("The VoIP password was changed. Enter it in the phone."))

    def _regenerate(self) -> None:
        if self.voip is None or not self.regenerate_button.isEnabled():
            return
        voip = self.voip
        confirm(self, "confirm_regenerate", self.tr("Generate a new VoIP password"),
                self.tr("The phone registered as %1 stops working until you enter the new password "
                        "in it. Generate a new one?").replace("%1", voip.sip_user),
                self.tr("&Generate"),
                lambda: Op(self.source.regenerate_voip_password, voip.id).success(
                    lambda s: self._new_secret(s, self.tr("A new VoIP password was generated. Enter it "
                                                         "in the phone."))).failure(self._failed)
                .key("voip:regenerate").run())

    def _new_secret(self, secret: Any, text: str) -> None:
        self.secret = secret.password
        self._show_secret()
        show_status(self.status, text)
        self.changed.emit()

    def _failed(self, err: BaseException) -> None:
        show_status(self.status, describe(err), error=True)
