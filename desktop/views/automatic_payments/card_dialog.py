"""Add a card for automatic payments: the number goes to the gateway, the token to the provider.
A card the bank wants confirmed first is confirmed in the browser (views/payments/card_confirmation)
and saved once the bank has agreed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from desktop.models.payments.cards import card_digits, card_problem, parse_expiry
from desktop.models.payments.messages import refusal_text
from desktop.sources.payments import CardNeedsConfirmation, NewCard
from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit
from desktop.views.payments.card_confirmation import confirm_card


class AddCardDialog(FormDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Add a card"), min_width=460, intro=self.tr(
            "The card number goes only to the payment provider; Switchboard keeps a token, the "
            "brand, the last four digits and the expiry."))
        self.ctx = ctx
        self.card: Any = None
        self.authentication: Any = None
        self.number = line_edit(self, "card_number", placeholder="4242 4242 4242 4242")
        self.expiry = line_edit(self, "card_expiry", placeholder=self.tr("MM/YY"))
        self.cvc = line_edit(self, "card_cvc", hidden=True)
        self.cvc.setMaxLength(4)
        self.make_default = QCheckBox(self.tr("Use as the &default card"), self)
        self.add_field("number", self.tr("Card n&umber:"), self.number, error_name="number_error")
        self.add_field("expiry", self.tr("E&xpires (MM/YY):"), self.expiry)
        self.add_field("cvc", self.tr("Security &code:"), self.cvc)
        self.form.addRow("", self.make_default)
        self.add_primary(self.tr("&Add card"), "add_card")
        self.finish()

    def submit(self) -> None:
        self.errors.clear()
        problems = card_problem(self.number.text(), self.expiry.text(), self.cvc.text(), date.today())
        messages = {"card.number": self.tr("This is not a valid card number; check the digits."),
                    "card.expiry": self.tr("Give the month and year as on the card, e.g. 08/29."),
                    "card.expired": self.tr("This card has expired."),
                    "card.cvc": self.tr("The 3 or 4 digits on the back of the card.")}
        for field, rule in problems.items():
            self.errors.set_field_error(field, messages[rule])
        if problems:
            return
        month, year = parse_expiry(self.expiry.text())  # type: ignore[misc]
        card = NewCard(card_digits(self.number.text()), month, year, self.cvc.text(), save=True)
        self.run(f"add-card-{id(self)}", self.ctx.sources.payments.add_card, card,
                 self.make_default.isChecked(), on_success=self._added)

    def failed(self, err: Any) -> None:
        if isinstance(err, CardNeedsConfirmation):
            self.authentication = confirm_card(self.ctx, err.state, self, self._confirmed, self.failed)
            return
        if getattr(err, "status", None) == 402:  # refused: said next to the card, to try another
            self.primary.setEnabled(True)  # type: ignore[union-attr]
            self.errors.clear()
            self.errors.set_field_error("number", refusal_text(err))
            return
        super().failed(err)

    def _confirmed(self, token: str) -> None:
        self.run(f"add-card-{id(self)}", self.ctx.sources.payments.save_token, token,
                 self.make_default.isChecked(), on_success=self._added)

    def _added(self, card: Any) -> None:
        self.card = card
        self.accept()
