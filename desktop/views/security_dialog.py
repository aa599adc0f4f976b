"""Security: the signed-in user's two-factor sign-in (on or off, recovery codes left; turning it
on, off, new codes) and, for the owner, requiring it of every user of the account."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QWidget,
)

from desktop.tasks import Op
from desktop.views.field_errors import describe, error_label
from desktop.views.page_kit import hbox, named_button, vbox, wrapped_label
from desktop.views.recovery_codes_dialog import RecoveryCodesDialog
from desktop.views.two_factor_dialogs import (
    NewRecoveryCodesDialog,
    SetUpTwoFactorDialog,
    TurnOffTwoFactorDialog,
)

REQUIRE_PERMISSION = "account.require_two_factor"


class SecurityDialog(QDialog):
    def __init__(self, account: Any, *, may_require: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Security"))
        self.setMinimumWidth(560)
        self.account = account  # desktop.sources.account.AccountSource
        self._handles: dict[str, Any] = {}

        box = QGroupBox(self.tr("Two-factor sign-in"), self)
        explain = wrapped_label(box, text=self.tr(
            "With two-factor sign-in, signing in needs your password and a code from an "
            "authenticator app on your phone: a stolen password alone is no use."))
        self.status = wrapped_label(box, "two_factor_status", self.tr("Loading…"))
        self.turn_on = named_button(self.tr("&Turn on…"), "turn_on", box)
        self.new_codes = named_button(self.tr("&New recovery codes…"), "new_codes", box)
        self.turn_off = named_button(self.tr("T&urn off…"), "turn_off", box)
        for button in (self.turn_on, self.new_codes, self.turn_off):
            button.setEnabled(False)
        self.require = QCheckBox(self.tr("&Require two-factor sign-in for every user of this account"), box)
        self.require.setObjectName("require")
        self.require.setVisible(may_require)
        self.require.setEnabled(False)
        self.require_note = wrapped_label(box, text=self.tr(
            "Users without it are signed out and set it up at their next sign-in."))
        self.require_note.setEnabled(False)
        self.require_note.setVisible(may_require)
        self.error = error_label(box)
        self.error.setObjectName("error")
        vbox(box, explain, self.status, hbox(self.turn_on, self.new_codes, self.turn_off, 1), self.require,
             self.require_note, self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        vbox(self, box, 1, buttons)

        self.turn_on.clicked.connect(self._set_up)
        self.new_codes.clicked.connect(self._new_codes)
        self.turn_off.clicked.connect(self._turn_off)
        self.require.clicked.connect(self._require)
        self.reload()

    def reload(self) -> None:
        self._handles["status"] = (Op(self.account.two_factor).success(self.show_status)
                                   .failure(self._failed).key("two-factor-status").run())

    def show_status(self, status: Any) -> None:
        if status.enabled:
            text = self.tr("On. Recovery codes left: %1.").replace("%1", str(status.recovery_codes_left))
        else:
            text = self.tr("Off: your password alone signs you in.")
        if status.required:
            text += " " + self.tr("Your account's owner requires it for every user.")
        self.status.setText(text)
        self.turn_on.setText(self.tr("Set up a &new phone…") if status.enabled else self.tr("&Turn on…"))
        self.turn_on.setEnabled(True)
        self.new_codes.setEnabled(status.enabled)
        self.turn_off.setEnabled(status.enabled and not status.required)
        self.require.setChecked(status.required)
        self.require.setEnabled(True)

    def _failed(self, err: Any) -> None:
        self.error.setText(describe(err))
        self.error.setVisible(True)

    def _clear_error(self) -> None:
        self.error.setVisible(False)

    def _set_up(self) -> None:
        self._clear_error()
        dialog = SetUpTwoFactorDialog(self.account, parent=self)
        dialog.codes_ready.connect(self._show_codes)
        dialog.open()

    def _new_codes(self) -> None:
        self._clear_error()
        dialog = NewRecoveryCodesDialog(self.account, parent=self)
        dialog.codes_ready.connect(self._show_codes)
        dialog.open()

    def _turn_off(self) -> None:
        self._clear_error()
        dialog = TurnOffTwoFactorDialog(self.account, parent=self)
        dialog.accepted.connect(self.reload)
        dialog.open()

    def _show_codes(self, codes: list[str]) -> None:
        self.reload()
        RecoveryCodesDialog(codes, parent=self).open()

    def _require(self, checked: bool) -> None:
        self._clear_error()
        self.require.setEnabled(False)
        self._handles["require"] = (Op(self.account.require_two_factor, checked)
                                    .success(lambda _r: self.reload())
                                    .failure(self._require_failed).key("two-factor-require").run())

    def _require_failed(self, err: Any) -> None:
        self._failed(err)
        self.reload()
