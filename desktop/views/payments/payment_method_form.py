"""Choosing how to pay: a saved card, a new card (with "save for future payments"), prepaid
credit when it covers the total, SEPA direct debit or bank transfer for business accounts.
Used by the checkout wizard and by "pay now" on a pending order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop.models.money import money_text
from desktop.models.payments.cards import card_digits, card_problem, parse_expiry, saved_card_text
from desktop.models.payments.messages import refusal_text
from desktop.sources.payments import NewCard, PayRequest
from desktop.views.field_errors import FormErrors
from desktop.views.form_rows import field_row, line_edit
from desktop.views.page_kit import vbox, wrapped_label


class PaymentMethodForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = QRadioButton(self.tr("&Saved card"), self)
        self.saved.setObjectName("method_card")
        self.card_combo = QComboBox(self)
        self.card_combo.setObjectName("saved_cards")
        self.new = QRadioButton(self.tr("&New card"), self)
        self.new.setObjectName("method_new_card")
        self.number = line_edit(self, "card_number", placeholder="4242 4242 4242 4242")
        self.number.setMaxLength(23)
        self.expiry = line_edit(self, "card_expiry", placeholder=self.tr("MM/YY"))
        self.expiry.setMaxLength(7)
        self.cvc = line_edit(self, "card_cvc", hidden=True)
        self.cvc.setMaxLength(4)
        self.save_card = QCheckBox(self.tr("Save for &future payments"), self)
        self.save_card.setObjectName("save_card")
        self.credit = QRadioButton(self.tr("&Prepaid credit"), self)
        self.credit.setObjectName("method_credit")
        self.sepa = QRadioButton(self.tr("SEPA &direct debit"), self)
        self.sepa.setObjectName("method_sepa")
        self.transfer = QRadioButton(self.tr("&Bank transfer (invoice due in 30 days)"), self)
        self.transfer.setObjectName("method_bank_transfer")
        self.group = QButtonGroup(self)
        for button in (self.saved, self.new, self.credit, self.sepa, self.transfer):
            self.group.addButton(button)
            button.toggled.connect(self._sync)
        self.banner = QLabel(self)
        self.errors = FormErrors(self.banner)
        card_form = QFormLayout()
        card_form.setContentsMargins(24, 0, 0, 0)
        for name, text, widget in (("number", self.tr("Card n&umber:"), self.number),
                                   ("expiry", self.tr("E&xpires (MM/YY):"), self.expiry),
                                   ("cvc", self.tr("Security &code:"), self.cvc)):
            field_row(card_form, self.errors, name, text, widget, error_name=f"{name}_error")
        card_form.addRow("", self.save_card)
        self.credit_note = wrapped_label(self)
        self.business_note = wrapped_label(self)
        saved_row = vbox(None, self.card_combo)
        saved_row.setContentsMargins(24, 0, 0, 0)
        vbox(self, self.saved, saved_row, self.new, card_form, self.credit, self.credit_note, self.sepa,
             self.transfer, self.business_note, self.banner)
        self.setTabOrder(self.number, self.expiry)
        self.setTabOrder(self.expiry, self.cvc)
        self.setTabOrder(self.cvc, self.save_card)
        self.cards: list[Any] = []
        self.configure(cards=[], balance=Decimal("0"), total=Decimal("0"), currency="",
                       business=False, mandate=False, allow_credit=True)

    def configure(self, *, cards: list[Any], balance: Decimal, total: Decimal, currency: str,
                  business: bool, mandate: bool, allow_credit: bool) -> None:
        """What the account can pay with now; the first available method is chosen."""
        self.cards = list(cards)
        self.card_combo.clear()
        for card in self.cards:
            suffix = self.tr(" – default") if card.is_default else ""
            self.card_combo.addItem(saved_card_text(card) + suffix, card.id)
            if card.is_default:
                self.card_combo.setCurrentIndex(self.card_combo.count() - 1)
        self.saved.setEnabled(bool(self.cards))
        covers = allow_credit and balance >= total
        self.credit.setEnabled(covers)
        if not allow_credit:
            self.credit_note.setText(self.tr("Prepaid credit cannot buy prepaid credit."))
        else:
            self.credit_note.setText(self.tr("Your balance: %1.").replace("%1", money_text(balance, currency))
                                     + ("" if covers else " " + self.tr("Not enough for this total.")))
        self.sepa.setEnabled(business and mandate)
        self.transfer.setEnabled(business)
        if not business:
            self.business_note.setText(self.tr("SEPA direct debit and bank transfer are for business "
                                               "accounts."))
        elif not mandate:
            self.business_note.setText(self.tr("SEPA direct debit needs a mandate: sign one under "
                                               "Automatic payments."))
        else:
            self.business_note.setText("")
        self.business_note.setVisible(bool(self.business_note.text()))
        (self.saved if self.cards else self.new).setChecked(True)
        self._sync()

    def _sync(self) -> None:
        new = self.new.isChecked()
        for widget in (self.number, self.expiry, self.cvc, self.save_card):
            widget.setEnabled(new)
        self.card_combo.setEnabled(self.saved.isChecked())
        self.changed.emit()

    def method(self) -> str:
        for method, button in (("card", self.saved), ("new_card", self.new), ("credit", self.credit),
                               ("sepa", self.sepa), ("bank_transfer", self.transfer)):
            if button.isChecked():
                return method
        return ""

    def request(self, today: date) -> PayRequest | None:
        """The choice, or None with the problems shown next to the fields."""
        self.errors.clear()
        method = self.method()
        if method == "card":
            return PayRequest("card", card_id=int(self.card_combo.currentData()))
        if method != "new_card":
            return PayRequest(method) if method else None
        problems = card_problem(self.number.text(), self.expiry.text(), self.cvc.text(), today)
        messages = {
            "card.number": self.tr("This is not a valid card number; check the digits."),
            "card.expiry": self.tr("Give the month and year as on the card, e.g. 08/29."),
            "card.expired": self.tr("This card has expired."),
            "card.cvc": self.tr("The 3 or 4 digits on the back of the card."),
        }
        for field, rule in problems.items():
            self.errors.set_field_error(field, messages[rule])
        if problems:
            self.errors.widget_for(next(iter(problems))).setFocus()  # type: ignore[union-attr]
            return None
        month, year = parse_expiry(self.expiry.text())  # type: ignore[misc]
        return PayRequest("new_card", new_card=NewCard(card_digits(self.number.text()), month, year,
                                                       self.cvc.text(), self.save_card.isChecked()))

    def show_error(self, err: Any, order_pending: bool = True) -> None:
        """`order_pending`: an order exists and waits to be paid. A card the gateway refused
        before anything was ordered (Stripe declines it when it is confirmed) left no order."""
        if getattr(err, "status", None) == 402:
            text = refusal_text(err)
            if order_pending:
                text += " " + self.tr("Your order stays pending; you can pay it again.")
            self.errors.show_banner(text)
        else:
            self.errors.show(err)

    def clear_card(self) -> None:
        """After a decline the typed card is gone: a customer tries another one."""
        self.number.clear()
        self.expiry.clear()
        self.cvc.clear()
