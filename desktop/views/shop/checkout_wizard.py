"""Checkout as a wizard: billing address (or a new one), how to pay, the provider's totals
with VAT, pay; then a clear success, or a clear and recoverable failure (a declined card leaves
the order pending, and the wizard pays that order with the next card tried)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.models.dates import date_text, months_text
from desktop.models.money import money_text
from desktop.models.shop.product_texts import product_name
from desktop.sources.payments import CardNeedsConfirmation, PaymentState, PayRequest, payment_key
from desktop.sources.shop import CheckoutOptions
from desktop.tasks import Op
from desktop.views.countries import country_names
from desktop.views.field_errors import FormErrors, describe
from desktop.views.form_rows import field_row
from desktop.views.page_kit import buddy_label, wrapped_label
from desktop.views.payments.authentication_dialog import confirm_payment
from desktop.views.payments.card_confirmation import confirm_card
from desktop.views.payments.payment_method_form import PaymentMethodForm


class AddressPage(QWizardPage):
    def __init__(self, wizard: CheckoutWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Billing address"))
        self.setSubTitle(self.tr("The invoice for this order goes to this address."))
        self.choice = QComboBox(self)
        self.choice.setObjectName("address_choice")
        self.new = QCheckBox(self.tr("Use a &new address"), self)
        self.new.setObjectName("new_address")
        self.new.toggled.connect(self._sync)
        self.banner = QLabel(self)
        self.errors = FormErrors(self.banner)
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        label = buddy_label(self.tr("&Address:"), self.choice, self)
        form.addRow(label, self.choice)
        form.addRow("", self.new)
        for name, text in (("name", self.tr("Na&me:")), ("company", self.tr("Com&pany (optional):")),
                           ("street", self.tr("S&treet:")), ("postal_code", self.tr("Posta&l code:")),
                           ("city", self.tr("C&ity:"))):
            self._add(form, name, text, QLineEdit(self))
        country = QComboBox(self)
        for code, shown in sorted(country_names().items(), key=lambda kv: kv[1]):
            country.addItem(shown, code)
        self._add(form, "country", self.tr("Co&untry:"), country)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        self.addresses: list[Any] = []
        self._busy = False
        self._sync()

    def _add(self, form: QFormLayout, name: str, text: str, widget: QWidget) -> None:
        widget.setObjectName(f"address_{name}")
        self.fields[name] = widget
        field_row(form, self.errors, name, text, widget)

    def set_addresses(self, addresses: list[Any], country: str) -> None:
        self.addresses = addresses
        self.choice.clear()
        for a in addresses:
            self.choice.addItem(a.one_line(), a.id)
            if a.is_default:
                self.choice.setCurrentIndex(self.choice.count() - 1)
        combo = self.fields["country"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(0, combo.findData(country)))
        self.new.setChecked(not addresses)
        self._sync()

    def _sync(self) -> None:
        new = self.new.isChecked()
        self.choice.setEnabled(not new and bool(self.addresses))
        for widget in self.fields.values():
            widget.setEnabled(new)

    def address_text(self) -> str:
        return self.choice.currentText()

    def validatePage(self) -> bool:
        if not self.new.isChecked():
            return self.choice.currentData() is not None
        if self._busy:
            return False
        self._busy = True
        self.errors.clear()
        values = {k: (w.currentData() if isinstance(w, QComboBox) else w.text().strip())  # type: ignore[attr-defined]
                  for k, w in self.fields.items()}
        Op(self.w.ctx.sources.shop.add_address, **values).success(self._added).failure(self._failed).run()
        return False  # moves on when the provider has the address

    def _added(self, address: Any) -> None:
        self._busy = False
        self.addresses.append(address)
        self.choice.addItem(address.one_line(), address.id)
        self.choice.setCurrentIndex(self.choice.count() - 1)
        self.new.setChecked(False)
        self.w.next()

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self.errors.show(err)


class PaymentPage(QWizardPage):
    def __init__(self, wizard: CheckoutWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("How to pay"))
        self.setSubTitle(self.tr("The card number goes only to the payment provider; Switchboard "
                                 "keeps a token, the brand and the last four digits."))
        self.form = PaymentMethodForm(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.request: PayRequest | None = None

    def validatePage(self) -> bool:
        self.request = self.form.request(date.today())
        return self.request is not None


class ReviewPage(QWizardPage):
    def __init__(self, wizard: CheckoutWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check and pay"))
        self.setSubTitle(self.tr("The totals are the provider's, VAT included."))
        self.setCommitPage(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("review_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = wrapped_label(self, "pay_status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self._busy = False

    def initializePage(self) -> None:
        cart = self.w.cart
        lines = []
        for item in cart.items:
            months = ", " + months_text(item.months) if item.months else ""
            name = product_name(item.product, item.name)
            lines.append(f"{name} × {item.quantity}{months}: {money_text(item.net, cart.currency)}")
        lines += ["", self.tr("Net: %1").replace("%1", money_text(cart.net, cart.currency)),
                  self.tr("VAT %1 %: %2").replace("%1", str(cart.vat_rate_percent.normalize()))
                  .replace("%2", money_text(cart.vat, cart.currency)),
                  self.tr("Total to pay: %1").replace("%1", money_text(cart.gross, cart.currency))]
        if cart.reverse_charge and cart.reverse_charge_note:
            lines.append(cart.reverse_charge_note)
        lines += ["", self.tr("Billing address: %1").replace("%1", self.w.address_page.address_text()),
                  self.tr("Paid with: %1").replace("%1", self.w.method_text())]
        if self.w.pending_order_id is not None:
            lines += ["", self.tr("This pays order #%1, which is still pending.").replace(
                "%1", str(self.w.pending_order_id))]
        self.summary.setText("\n".join(lines))
        self.status.clear()
        self.w.setButtonText(QWizard.WizardButton.CommitButton,
                             self.tr("&Pay %1").replace("%1", money_text(cart.gross, cart.currency)))

    def validatePage(self) -> bool:
        if self.w.order is not None:
            return True
        if not self._busy:
            self._busy = True
            self.status.setText(self.tr("Paying…"))
            self.w.button(QWizard.WizardButton.CommitButton).setEnabled(False)
            self.w.button(QWizard.WizardButton.BackButton).setEnabled(False)
            self.w.pay(self._paid, self._failed)
        return False

    def _paid(self, order: Any) -> None:
        self._busy = False
        self.w.order = order
        self.w.next()

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self.w.button(QWizard.WizardButton.CommitButton).setEnabled(True)
        self.w.button(QWizard.WizardButton.BackButton).setEnabled(True)
        if getattr(err, "status", None) == 402:
            self.status.clear()
            self.w.back()
            self.w.payment_page.form.clear_card()
            self.w.payment_page.form.show_error(err, order_pending=self.w.pending_order_id is not None)
        else:
            self.status.setText(describe(err))


class DonePage(QWizardPage):
    def __init__(self, wizard: CheckoutWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Thank you"))
        self.message = wrapped_label(self, "done_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        order = self.w.order
        if order.status == "pending":
            text = self.tr("Order #%1 is placed and waits for your bank transfer; the payment "
                           "details are on its invoice.").replace("%1", str(order.id))
        else:
            text = self.tr("Order #%1 is paid.").replace("%1", str(order.id))
            if order.provisioning_due_at is not None and order.status != "completed":
                text += " " + self.tr("It will be set up by %1.").replace(
                    "%1", date_text(order.provisioning_due_at))
        self.message.setText(text + " " + self.tr("You find it under Payments › Orders."))


class CheckoutWizard(QWizard):
    def __init__(self, ctx: Any, cart: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkout_wizard")
        self.setWindowTitle(self.tr("Check out"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 560)
        self.ctx, self.cart = ctx, cart
        self.order: Any = None
        self.pending_order_id: int | None = None
        self._key: str | None = None
        self._key_for: Any = None
        self._tokens: dict[Any, Any] = {}
        self.authentication: Any = None
        self.address_page = AddressPage(self)
        self.payment_page = PaymentPage(self)
        self.review_page = ReviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.address_page, self.payment_page, self.review_page, self.done_page):
            self.addPage(page)
        only_credit = all(i.product == "prepaid_credit" for i in cart.items)
        Op(ctx.sources.shop.checkout_options).success(lambda options: self._loaded(options, only_credit)) \
            .failure(lambda e: self.address_page.errors.show_banner(describe(e))).run()

    def _loaded(self, options: CheckoutOptions, only_credit: bool) -> None:
        account, payment = self.ctx.me.account, options.payment
        self.address_page.set_addresses(list(options.addresses), account.country)
        self.payment_page.form.configure(cards=list(payment.cards), balance=payment.balance,
                                         total=self.cart.gross, currency=self.cart.currency,
                                         business=account.is_business, mandate=payment.mandate,
                                         allow_credit=not only_credit)

    def method_text(self) -> str:
        form = self.payment_page.form
        request = self.payment_page.request
        if request is None:
            return ""
        if request.method == "card":
            return form.card_combo.currentText()
        if request.method == "new_card" and request.new_card is not None:
            return self.tr("new card ending %1").replace("%1", request.new_card.number[-4:])
        return {"credit": form.credit.text(), "sepa": form.sepa.text(),
                "bank_transfer": form.transfer.text()}.get(request.method, "").replace("&", "")

    def pay(self, on_paid: Any, on_failed: Any) -> None:
        """One paying request. Its key is kept while the same choice is retried without an
        answer (a lost connection), and dropped once the provider has answered."""
        request = self.payment_page.request
        assert request is not None
        if self._key is None or self._key_for != (request, self.pending_order_id):
            self._key, self._key_for = payment_key(), (request, self.pending_order_id)
        sources = self.ctx.sources
        if self.pending_order_id is None:
            address_id = int(self.address_page.choice.currentData())
            op = Op(sources.shop.checkout, address_id, request, self.cart.gross, self._key, self._tokens)
        else:
            op = Op(sources.orders.pay, self.pending_order_id, request, self._key, self._tokens)

        def failed(err: BaseException) -> None:
            if isinstance(err, CardNeedsConfirmation):  # the new card first, then the payment
                def confirmed(token: str) -> None:
                    sources.payments.card_confirmed(request, self._tokens, token)
                    self.pay(on_paid, on_failed)

                self.authentication = confirm_card(self.ctx, err.state, self, confirmed, failed)
                return
            if getattr(err, "kind", "") == "problem":
                self._key = None  # answered: the next attempt is a new payment
            if getattr(err, "status", None) == 402:
                self.pending_order_id = getattr(err, "order_id", None) or self.pending_order_id
            on_failed(err)

        def paid(result: Any) -> None:
            self._key = None
            if isinstance(result, PaymentState):  # the card's bank wants the customer to confirm
                self.pending_order_id = result.order_id or self.pending_order_id
                self.authentication = confirm_payment(self.ctx, result, self, on_paid, failed)
                return
            on_paid(result)

        op.success(paid).failure(failed).key(f"checkout-{id(self)}").run()
