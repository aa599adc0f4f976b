"""A new-password input with the rules listed underneath, ticked off as the user types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop import i18n
from desktop.views.page_kit import wrapped_label
from desktop.views.password_hints import password_checks

# The rules shown as hints; max length and "not the user ID/e-mail" only appear when broken.
ALWAYS_SHOWN = ("password.min_length", "password.letter", "password.digit")


class NewPasswordField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_id: str | None = None
        self.email: str | None = None
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setObjectName("new_password")
        self.hints = wrapped_label(self, "password_hints")
        self.hints.setTextFormat(self.hints.textFormat().PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.hints)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.edit.text()

    def set_context(self, *, user_id: str | None = None, email: str | None = None) -> None:
        self.user_id, self.email = user_id, email
        self._update()

    def is_acceptable(self) -> bool:
        return all(password_checks(self.text(), user_id=self.user_id, email=self.email).values())

    def _update(self) -> None:
        checks = password_checks(self.text(), user_id=self.user_id, email=self.email)
        # Short words for the checklist; the provider's full sentences appear on refusal.
        short = {"password.min_length": self.tr("at least 8 characters"),
                 "password.letter": self.tr("at least one letter"),
                 "password.digit": self.tr("at least one digit")}
        lines = []
        for rule, ok in checks.items():
            if rule in ALWAYS_SHOWN or not ok:
                mark = "\u2713" if ok else "\u2022"
                lines.append(f"{mark} {short.get(rule) or i18n.rule_message(rule) or rule}")
        self.hints.setText("\n".join(lines))
        self.hints.setAccessibleName(QCoreApplication.translate("NewPasswordField", "Password rules"))
        self.changed.emit()
