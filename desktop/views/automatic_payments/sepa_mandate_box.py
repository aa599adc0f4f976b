"""The SEPA direct-debit mandate on the Automatic payments page (business accounts): the mandate
in force, or IBAN and account holder to sign one, the IBAN checked as it is typed (by schwifty,
before anything is sent), and revoking it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.models.automatic_payments.iban import grouped, iban_problem
from desktop.models.dates import date_text
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.field_errors import ERROR_STYLE, FormErrors
from desktop.views.form_rows import field_row, line_edit
from desktop.views.page_kit import confirm, named_button, wrapped_label


class SepaMandateBox(QGroupBox):
    def __init__(self, source: Callable[[], Any], reload: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        """`source()` gives the account's AutomaticPaymentsSource; `reload()` re-reads the page."""
        super().__init__(parent)
        self.setTitle(self.tr("SEPA direct debit mandate"))
        self.source, self.reload = source, reload
        self.ctx: Any = None
        self.mandate: Any = None
        self.mandate_text = wrapped_label(self, "mandate_text")
        self.iban = line_edit(self, "iban", placeholder="DE89 3704 0044 0532 0130 00")
        self.iban.textEdited.connect(self._check_iban)
        self.iban_check = QLabel(self)
        self.iban_check.setObjectName("iban_check")
        self.holder = line_edit(self, "holder")
        self.sign_button = named_button(self.tr("Si&gn mandate"), "sign_mandate", self,
                                        on_click=self.sign_mandate)
        self.revoke_button = named_button(self.tr("Re&voke mandate"), "revoke_mandate", self,
                                          on_click=self.revoke_mandate)
        self.banner = QLabel(self)
        self.errors = FormErrors(self.banner)
        form = QFormLayout()
        field_row(form, self.errors, "iban", self.tr("&IBAN:"), self.iban)
        form.addRow("", self.iban_check)
        field_row(form, self.errors, "holder", self.tr("Account &holder:"), self.holder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mandate_text)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)

    def gate(self, ctx: Any) -> None:
        self.ctx = ctx
        for widget in (self.iban, self.holder, self.sign_button, self.revoke_button):
            gate(widget, ctx, "billing.payments")
        if self.revoke_button.isEnabled() and not self.mandate:
            self.revoke_button.setEnabled(False)
            self.revoke_button.setToolTip(self.tr("There is no mandate to revoke."))
        if self.sign_button.isEnabled() and iban_problem(self.iban.text()) is not None:
            self.sign_button.setEnabled(False)
            self.sign_button.setToolTip(self.tr("Enter a valid IBAN first."))

    def show_mandate(self, mandate: Any) -> None:
        self.mandate = mandate
        if mandate is None:
            self.mandate_text.setText(self.tr("No mandate. Sign one to pay orders and invoices by "
                                              "direct debit."))
        else:
            self.mandate_text.setText(
                self.tr("Mandate %1 for %2 (%3), signed %4.").replace("%1", mandate.reference)
                .replace("%2", grouped(mandate.iban)).replace("%3", mandate.holder)
                .replace("%4", date_text(mandate.signed_on)))

    def _check_iban(self, text: str) -> None:
        problem = iban_problem(text)
        words = {
            "iban.empty": "",
            "iban.characters": self.tr("An IBAN has only letters and digits."),
            "iban.country": self.tr("An IBAN starts with the country code and two check digits."),
            "iban.length": self.tr("The length does not fit this country's IBAN."),
            "iban.structure": self.tr("The account number does not fit this country's IBAN."),
            "iban.checksum": self.tr("The check digits do not match: a typo?"),
        }
        if problem is None:
            self.iban_check.setStyleSheet("")
            self.iban_check.setText(self.tr("✓ %1").replace("%1", grouped(text)))
        else:
            self.iban_check.setStyleSheet(ERROR_STYLE)
            self.iban_check.setText(words[problem])
        self.gate(self.ctx)

    def sign_mandate(self) -> None:
        if iban_problem(self.iban.text()) is not None:
            return
        iban, holder = self.iban.text(), self.holder.text().strip()
        Op(self.source().sign_mandate, iban, holder).success(self._signed).failure(self.errors.show).run()

    def _signed(self, mandate: Any) -> None:
        self.errors.clear()
        self.iban.clear()
        self.iban_check.clear()
        self.show_mandate(mandate)
        self.gate(self.ctx)

    def revoke_mandate(self) -> None:
        source = self.source()
        self.confirm_box = confirm(
            self, "confirm_revoke_mandate", self.tr("Revoke SEPA mandate"),
            self.tr("Revoke the direct debit mandate? Invoices are then no longer collected from "
                    "your bank account; pay them by transfer or card."), self.tr("&Revoke mandate"),
            lambda: Op(source.revoke_mandate).success(lambda _r: self.reload()).failure(
                self.errors.show).run())
