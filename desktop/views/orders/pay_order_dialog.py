""""Pay now" for a pending order: choose a saved or new card (or another method), pay with an
idempotency key kept until the provider answers."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.models.money import money_text
from desktop.sources.payments import CardNeedsConfirmation, PaymentOptions, PaymentState, payment_key
from desktop.tasks import Op
from desktop.views.field_errors import describe
from desktop.views.page_kit import wrapped_label
from desktop.views.payments.authentication_dialog import confirm_payment
from desktop.views.payments.card_confirmation import confirm_card
from desktop.views.payments.payment_method_form import PaymentMethodForm


class PayOrderDialog(QDialog):
    def __init__(self, ctx: Any, order: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pay_order_dialog")
        self.ctx, self.order = ctx, order
        self.paid_order: Any = None
        self.setWindowTitle(self.tr("Pay order #%1").replace("%1", str(order.id)))
        self.setMinimumWidth(560)
        intro = wrapped_label(self, text=self.tr("Order #%1 (%2) is pending. Total %3, VAT included.")
                                         .replace("%1", str(order.id)).replace("%2", order.summary())
                                         .replace("%3", money_text(order.gross, order.currency)))
        self.form = PaymentMethodForm(self)
        self.status = wrapped_label(self, "pay_status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.pay_button = self.buttons.addButton(
            self.tr("&Pay %1").replace("%1", money_text(order.gross, order.currency)),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.pay_button.setObjectName("pay")
        self.pay_button.setDefault(True)
        self.buttons.accepted.connect(self.pay)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._key: str | None = None
        self._key_for: Any = None
        self._tokens: dict[Any, Any] = {}
        self.authentication: Any = None
        only_credit = all(i.product == "prepaid_credit" for i in order.items)
        Op(ctx.sources.payments.options).success(
            lambda options: self._configure(options, only_credit)).failure(
            lambda e: self.status.setText(describe(e))).run()

    def _configure(self, options: PaymentOptions, only_credit: bool) -> None:
        self.form.configure(cards=list(options.cards), balance=options.balance, total=self.order.gross,
                            currency=self.order.currency, business=self.ctx.me.account.is_business,
                            mandate=options.mandate, allow_credit=not only_credit)

    def pay(self) -> None:
        request = self.form.request(date.today())
        if request is None:
            return
        if self._key is None or self._key_for != request:
            self._key, self._key_for = payment_key(), request
        self.pay_button.setEnabled(False)
        self.status.setText(self.tr("Paying…"))
        Op(self.ctx.sources.orders.pay, self.order.id, request, self._key, self._tokens).success(
            self._paid).failure(self._failed).key(f"pay-order-{id(self)}").run()

    def _paid(self, result: Any) -> None:
        self._key = None
        if isinstance(result, PaymentState):  # the card's bank wants the customer to confirm
            self.status.setText(self.tr("Waiting for your bank's confirmation…"))
            self.authentication = confirm_payment(self.ctx, result, self, self._paid, self._failed)
            return
        order = result
        self.paid_order = order
        self.accept()

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, CardNeedsConfirmation):  # the new card first, then the payment
            request = self._key_for

            def confirmed(token: str) -> None:
                self.ctx.sources.payments.card_confirmed(request, self._tokens, token)
                self.pay()

            self.status.setText(self.tr("Waiting for your bank's confirmation…"))
            self.authentication = confirm_card(self.ctx, err.state, self, confirmed, self._failed)
            return
        if getattr(err, "kind", "") == "problem":
            self._key = None
        self.pay_button.setEnabled(True)
        self.status.clear()
        if getattr(err, "status", None) == 402:
            self.form.clear_card()
            self.form.show_error(err)
        elif getattr(err, "kind", "") == "problem":
            self.form.show_error(err)
        else:
            self.status.setText(describe(err))
