"""Automatic payments: saved cards (default, expiry warning), automatic top-up, automatic
prolongation per subscription, the monthly invoice charged to the card (business), and the
SEPA direct-debit mandate with a live IBAN check."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models.automatic_payments.top_up import charge_of, charges_at_once
from desktop.models.dates import date_text, months_text
from desktop.models.money import money_text
from desktop.models.payments.cards import months_until_expiry, saved_card_text
from desktop.models.shop.product_texts import product_name, subscription_status
from desktop.sources.automatic_payments import AutomaticPayments, AutomaticPaymentsSource
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.amount_field import show_amount, typed_amount
from desktop.views.automatic_payments.sepa_mandate_box import SepaMandateBox
from desktop.views.field_errors import ERROR_STYLE, FormErrors, describe, error_label
from desktop.views.form_rows import field_row, line_edit
from desktop.views.page_kit import confirm, hbox, heading, named_button, vbox, wrapped_label
from desktop.views.pages import DataPage, PageContext, register

ITEM_ID = Qt.ItemDataRole.UserRole


@register("automatic_payments")
class AutomaticPaymentsPage(DataPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[Any] = []
        self.balance: Decimal | None = None
        self.loaded = False
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(heading(self.tr("Automatic payments"), body))
        column.addWidget(self._cards_box(body))
        column.addWidget(self._top_up_box(body))
        column.addWidget(self._renewal_box(body))
        column.addWidget(self._invoice_box(body))
        self.sepa_box = SepaMandateBox(self.source, self.reload, body)
        # The box's parts, under the names the page had before the box was its own module.
        self.sign_button, self.revoke_button = self.sepa_box.sign_button, self.sepa_box.revoke_button
        self.iban, self.holder = self.sepa_box.iban, self.sepa_box.holder
        column.addWidget(self.sepa_box)
        self.status = wrapped_label(body, "autopay_status")
        column.addWidget(self.status)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- building ---------------------------------------------------------------------------
    def _cards_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Saved cards"), parent)
        self.card_list = QListWidget(box)
        self.card_list.setObjectName("card_list")
        self.card_list.setMaximumHeight(110)
        self.card_list.currentRowChanged.connect(lambda _r: self._gate())
        self.add_card_button = named_button(self.tr("&Add card…"), "add_card", box, on_click=self.add_card)
        self.default_button = named_button(self.tr("Make de&fault"), "make_default", box,
                                           on_click=self.make_default)
        self.remove_card_button = named_button(self.tr("Re&move card"), "remove_card", box,
                                               on_click=self.remove_card)
        self.card_warning = QLabel(box)
        self.card_warning.setObjectName("card_warning")
        self.card_warning.setStyleSheet(ERROR_STYLE)
        self.card_warning.setWordWrap(True)
        self.card_error = QLabel(box)
        buttons = hbox(self.add_card_button, self.default_button, self.remove_card_button, 1)
        vbox(box, self.card_list, self.card_warning, buttons, self.card_error)
        self.card_errors = FormErrors(self.card_error)
        return box

    def _top_up_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic top-up"), parent)
        intro = wrapped_label(box, text=self.tr("When calls take your prepaid balance below the threshold, "
                                                "the amount is charged to the card once."))
        self.top_up_on = QCheckBox(self.tr("&Top up automatically"), box)
        self.top_up_on.setObjectName("top_up_enabled")
        self.threshold = line_edit(box, "top_up_threshold")
        self.top_up_amount = line_edit(box, "top_up_amount")
        self.top_up_card = QComboBox(box)
        self.top_up_card.setObjectName("top_up_card")
        self.top_up_save = named_button(self.tr("&Save top-up"), "save_top_up", box,
                                        on_click=self.save_top_up)
        self.top_up_state = wrapped_label(box, "top_up_state")
        self.top_up_banner = QLabel(box)
        self.top_up_errors = FormErrors(self.top_up_banner)
        form = QFormLayout()
        form.addRow("", self.top_up_on)
        errors = self.top_up_errors
        field_row(form, errors, "threshold", self.tr("When the balance is &below:"), self.threshold)
        field_row(form, self.top_up_errors, "amount", self.tr("Top up &by:"), self.top_up_amount)
        field_row(form, self.top_up_errors, "card_id", self.tr("Charge the &card:"), self.top_up_card)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.top_up_state)
        layout.addWidget(self.top_up_banner)
        layout.addWidget(self.top_up_save, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _renewal_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic prolongation"), parent)
        intro = wrapped_label(box, text=self.tr(
            "A prepaid package is renewed for the same duration when it ends: from your credit when it "
            "covers the price, otherwise from the default card."))
        self.renewals = QListWidget(box)
        self.renewals.setObjectName("renewals")
        self.renewals.setMaximumHeight(110)
        self.renewals.itemChanged.connect(self._renewal_toggled)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addWidget(self.renewals)
        return box

    def _invoice_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Monthly invoice"), parent)
        self.invoice_box = box
        self.invoice_card = QCheckBox(self.tr("C&harge the monthly invoice to my default card"), box)
        self.invoice_card.setObjectName("invoice_autopay")
        self.invoice_card.clicked.connect(self.save_invoice_autopay)
        # Why it could not be ticked stays next to it (a reload of the page leaves it be).
        self.invoice_error = error_label(box)
        self.invoice_error.setObjectName("invoice_autopay_error")
        self.invoice_errors = FormErrors(self.invoice_error)
        self.invoice_errors.add("charge_card", self.invoice_card, self.invoice_error)
        layout = QVBoxLayout(box)
        layout.addWidget(self.invoice_card)
        layout.addWidget(self.invoice_error)
        return box

    # -- state ------------------------------------------------------------------------------
    def source(self) -> AutomaticPaymentsSource:
        assert self.ctx is not None
        return self.ctx.sources.automatic_payments

    def context_changed(self, ctx: PageContext | None) -> None:
        business = ctx is not None and ctx.me is not None and ctx.me.account.is_business
        self.invoice_box.setVisible(business)
        self.sepa_box.setVisible(business)
        self._gate()

    def _gate(self) -> None:
        for widget in (self.add_card_button, self.default_button, self.remove_card_button, self.top_up_save,
                       self.top_up_on, self.threshold, self.top_up_amount, self.top_up_card, self.renewals,
                       self.invoice_card):
            gate(widget, self.ctx, "billing.payments")
        self.sepa_box.gate(self.ctx)
        card = self._current_card()
        for button in (self.default_button, self.remove_card_button):
            if button.isEnabled() and card is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Choose a card in the list first."))
        if self.default_button.isEnabled() and card is not None and card.is_default:
            self.default_button.setEnabled(False)
            self.default_button.setToolTip(self.tr("This card is already the default."))

    def _current_card(self) -> Any:
        item = self.card_list.currentItem()
        if item is None:
            return None
        card_id = item.data(ITEM_ID)
        return next((c for c in self.cards if c.id == card_id), None)

    def reload(self) -> None:
        if self.ctx is None or self.ctx.me is None:
            return
        Op(self.source().overview, self.ctx.me.account.is_business).success(self._loaded).failure(
            lambda e: self.status.setText(describe(e))).key(f"autopay-{id(self)}").run()

    def _loaded(self, payments: AutomaticPayments) -> None:
        self._show_cards(list(payments.cards))
        self._show_top_up(payments.top_up)
        self._show_renewals(list(payments.renewals))
        self.invoice_card.setChecked(payments.invoice_card)
        self.sepa_box.show_mandate(payments.mandate)
        self.balance = payments.balance
        self.status.setText("")
        self.loaded = True
        self._gate()

    def _show_cards(self, cards: list[Any]) -> None:
        self.cards = cards
        self.card_list.clear()
        warnings = []
        today = date.today()
        for card in cards:
            text = saved_card_text(card) + (self.tr(" – default") if card.is_default else "")
            left = months_until_expiry(card.exp_month, card.exp_year, today)
            if left < 0:
                warnings.append(self.tr("The card ending %1 has expired.").replace("%1", card.last4))
            elif left <= 1:
                warnings.append(self.tr("The card ending %1 expires at the end of %2/%3; add a new card "
                                        "so automatic payments continue.").replace("%1", card.last4)
                                .replace("%2", f"{card.exp_month:02d}").replace("%3", str(card.exp_year)))
            item = QListWidgetItem(text)
            item.setData(ITEM_ID, card.id)
            self.card_list.addItem(item)
        if not cards:
            self.card_list.addItem(QListWidgetItem(self.tr("No saved cards. Automatic payments need one.")))
        self.card_warning.setText("\n".join(warnings))
        self.card_warning.setVisible(bool(warnings))
        self.top_up_card.clear()
        for card in cards:
            self.top_up_card.addItem(saved_card_text(card), card.id)

    def _show_top_up(self, top_up: Any) -> None:
        self.top_up = top_up
        currency = self.ctx.me.account.currency if self.ctx and self.ctx.me else ""
        self.top_up_on.setChecked(top_up.enabled)
        show_amount(self.threshold, top_up.threshold)
        show_amount(self.top_up_amount, top_up.amount or Decimal("50"))
        if top_up.card_id is not None:
            self.top_up_card.setCurrentIndex(max(0, self.top_up_card.findData(top_up.card_id)))
        if top_up.failures:
            state = self.tr("The last %n top-up(s) failed.", "", top_up.failures)
            if top_up.next_retry_at:
                state += " " + self.tr("Next try on %1.").replace("%1", date_text(top_up.next_retry_at))
            elif not top_up.enabled:
                state += " " + self.tr("Automatic top-up was switched off; check the card and switch it "
                                       "on again.")
            self.top_up_state.setStyleSheet(ERROR_STYLE)
        elif top_up.enabled:
            state = self.tr("On: below %1 the balance is topped up by %2.").replace(
                "%1", money_text(top_up.threshold, currency)).replace(
                "%2", money_text(top_up.amount, currency))
            self.top_up_state.setStyleSheet("")
        else:
            state = self.tr("Off.")
            self.top_up_state.setStyleSheet("")
        self.top_up_state.setText(state)

    def _show_renewals(self, subs: list[Any]) -> None:
        self.renewals.blockSignals(True)
        self.renewals.clear()
        for sub in subs:
            text = self.tr("%1, %2, %3, ends %4 (%5), renewal %6")
            for marker, value in (("%1", product_name(sub.product_code)),
                                  ("%2", self.tr("%n user(s)", "", sub.users)),
                                  ("%3", months_text(sub.months)), ("%4", date_text(sub.ends_at)),
                                  ("%5", subscription_status(sub.status)),
                                  ("%6", money_text(sub.renewal_price, sub.currency))):
                text = text.replace(marker, value)
            item = QListWidgetItem(text)
            item.setData(ITEM_ID, sub.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if sub.auto_renew else Qt.CheckState.Unchecked)
            self.renewals.addItem(item)
        if not subs:
            self.renewals.addItem(QListWidgetItem(self.tr("No prepaid packages.")))
        self.renewals.blockSignals(False)

    # -- actions ----------------------------------------------------------------------------
    def add_card(self) -> None:
        from desktop.views.automatic_payments.card_dialog import AddCardDialog

        self.card_dialog = AddCardDialog(self.ctx, self)
        self.card_dialog.accepted.connect(self.reload)
        self.card_dialog.open()

    def make_default(self) -> None:
        card = self._current_card()
        if card is not None:
            Op(self.ctx.sources.payments.make_default, card.id).success(lambda _c: self.reload()).failure(
                self.card_errors.show).run()

    def remove_card(self) -> None:
        card = self._current_card()
        if card is None:
            return
        payments = self.ctx.sources.payments
        self.confirm_box = confirm(
            self, "confirm_remove_card", self.tr("Remove card"),
            self.tr("Remove the card %1? Automatic top-ups and invoices set to it stop being paid "
                    "with it.").replace("%1", card.label()), self.tr("&Remove card"),
            lambda: Op(payments.remove_card, card.id).success(lambda _r: self.reload()).failure(
                self.card_errors.show).run())

    def save_top_up(self) -> None:
        self.top_up_errors.clear()
        threshold, amount = typed_amount(self.threshold), typed_amount(self.top_up_amount)
        bad = False
        for field, value in (("threshold", threshold), ("amount", amount)):
            if value is None:
                self.top_up_errors.set_field_error(field, self.tr("Give an amount, e.g. 20.00."))
                bad = True
        if bad:
            return
        card_id = self.top_up_card.currentData()
        enabled = self.top_up_on.isChecked()
        save = partial(self._save_top_up, enabled, threshold, amount, card_id)
        top_up = getattr(self, "top_up", None)
        in_progress = bool(top_up is not None and top_up.in_progress)
        if card_id is None or self.balance is None or not charges_at_once(
                enabled, self.balance, threshold, in_progress):
            save()
            return
        # Below the threshold already: saving charges the card at once, so say what and ask.
        currency = self.ctx.me.account.currency if self.ctx and self.ctx.me else ""
        rate = top_up.vat_rate_percent if top_up is not None else Decimal("0")
        charge = money_text(charge_of(amount, rate), currency)
        text = self.tr("Your balance of %1 is below the threshold of %2, so switching automatic top-up "
                       "on charges %3 to %4 now (%5 of credit plus VAT).")
        for marker, value in (("%1", money_text(self.balance, currency)),
                              ("%2", money_text(threshold, currency)), ("%3", charge),
                              ("%4", self.top_up_card.currentText()), ("%5", money_text(amount, currency))):
            text = text.replace(marker, value)
        self.confirm_box = confirm(self, "confirm_top_up_now", self.tr("Top up now"), text,
                                   self.tr("&Charge %1 and switch on").replace("%1", charge), save)

    def _save_top_up(self, enabled: bool, threshold: Decimal, amount: Decimal, card_id: int | None) -> None:
        self.top_up_save.setEnabled(False)
        Op(self.source().set_top_up, enabled, threshold, amount, card_id).success(
            self._top_up_saved).failure(self._top_up_failed).run()

    def _top_up_saved(self, top_up: Any) -> None:
        self._show_top_up(top_up)
        self._gate()

    def _top_up_failed(self, err: BaseException) -> None:
        self._gate()
        self.top_up_errors.show(err)

    def _renewal_toggled(self, item: QListWidgetItem) -> None:
        sub_id = item.data(ITEM_ID)
        if sub_id is None:
            return
        on = item.checkState() == Qt.CheckState.Checked
        Op(self.source().set_auto_renew, sub_id, on).failure(
            lambda e: (self.status.setText(describe(e)), self.reload())).run()

    def save_invoice_autopay(self) -> None:
        self.invoice_errors.clear()
        on = self.invoice_card.isChecked()
        if on and not any(card.is_default for card in self.cards):
            self.invoice_card.setChecked(False)
            self.invoice_errors.set_field_error("charge_card", self.tr(
                "The monthly invoice is charged to your default card, and no card is saved: add one "
                "under Saved cards first."))
            return
        Op(self.source().set_invoice_card, on).success(self.invoice_card.setChecked).failure(
            self._invoice_autopay_failed).run()

    def _invoice_autopay_failed(self, err: BaseException) -> None:
        self.invoice_card.setChecked(not self.invoice_card.isChecked())  # as the provider still has it
        self.invoice_errors.show(err)
