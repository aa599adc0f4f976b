"""Change a VoIP password: a strength meter, the rules as they are met, and why it differs from
the login password. The provider's refusal (e.g. equal to a login password) shows at the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QProgressBar, QWidget

from desktop.models.numbers.voip_strength import strength
from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import wrapped_label


def login_difference_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "VoipPassword",
        "The VoIP password lets a phone register with our SIP server; you type it into the phone "
        "once. It is not your login password, which opens this portal: use a different one, so "
        "that a password read off a phone never opens your account.")


class VoipPasswordDialog(FormDialog):
    def __init__(self, parent: QWidget | None, source: Any, voip: Any) -> None:
        super().__init__(parent, title=self.tr("Change VoIP password"), min_width=520,
                         intro=login_difference_text())
        self.source, self.voip = source, voip
        self.password = line_edit(self, "password", hidden=True)
        self.show_box = QCheckBox(self.tr("S&how"), self)
        self.show_box.toggled.connect(lambda on: self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.rules = wrapped_label(self, "rules")
        self.add_field("password", self.tr("New &VoIP password for %1:").replace("%1", voip.sip_user),
                       self.password, error_name="password_error")
        self.form.addRow("", self.show_box)
        self.form.addRow(self.tr("Strength:"), self.meter)
        self.form.addRow("", self.rules)
        self.add_primary(self.tr("&Change password"), "confirm")
        self.finish()
        self.password.textChanged.connect(self._rate)
        self._rate("")

    def _rate(self, text: str) -> None:
        s = strength(text)
        self.meter.setValue(s.score)
        self.meter.setFormat({0: self.tr("not usable"), 1: self.tr("weak"), 2: self.tr("fair"),
                              3: self.tr("good"), 4: self.tr("strong")}[s.score])
        lines = [(self.tr("12 to 64 characters"), "voip_password.length"),
                 (self.tr("upper- and lower-case letters and digits"), "voip_password.classes"),
                 (self.tr("only letters, digits and - _ . ! * +"), "voip_password.charset")]
        self.rules.setText("\n".join(("✗ " if rule in s.broken else "✓ ") + words for words, rule in lines))
        if self.primary is not None:
            self.primary.setEnabled(not s.broken)

    def submit(self) -> None:
        if strength(self.password.text()).broken:
            return
        self.run(f"voip:password:{self.voip.id}", self.source.change_voip_password, self.voip.id,
                 self.password.text(), on_success=self._done)

    def _done(self, secret: Any) -> None:
        self.result = secret
        self.accept()
