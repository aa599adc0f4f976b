"""Waiting while the customer confirms a card payment with their bank (strong customer
authentication): the bank's page opens in the system browser, this modal dialog asks the
provider every two seconds (off the UI thread) how the payment stands, and Cancel gives the
confirmation up. The order stays pending until the payment succeeds; a failed or cancelled
confirmation leaves it payable again, as a declined card does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.sources.payments import PaymentState
from desktop.tasks import Op
from desktop.views.field_errors import describe
from desktop.views.page_kit import wrapped_label

POLL_MS = 2000


class PaymentNotConfirmed(Exception):
    """The bank's confirmation failed or was cancelled: like a declined card (402), the order
    stays pending and can be paid again. `message` is already in the customer's language."""

    kind = "problem"
    status = 402
    translated = True
    rule = "payment.not_confirmed"

    def __init__(self, message: str, order_id: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.order_id = order_id


class AuthenticationDialog(QDialog):
    """`outcome` is the payment as decided once the dialog has closed; None when the dialog was
    closed before the provider said anything (the payment is then still pending). `state` is a
    PaymentState here; subclasses wait for other things the bank confirms (texts, ask, give_up,
    failure)."""

    def __init__(self, ctx: Any, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authentication_dialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.ctx, self.state = ctx, state
        self.outcome: Any = None
        self._cancelling = False
        texts = self.texts()
        self.setWindowTitle(texts["window"])
        title = QLabel(texts["title"], self)
        title.setObjectName("authentication_title")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        detail = wrapped_label(self, text=texts["detail"])
        busy = QProgressBar(self)
        busy.setRange(0, 0)  # no figure to show: the bank answers when the customer has confirmed
        busy.setTextVisible(False)
        self.status = wrapped_label(self, "authentication_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(texts["cancel"])
        self.open_button = self.buttons.addButton(self.tr("&Open the page again"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("open_again")
        self.open_button.clicked.connect(self.open_page)
        self.open_button.setEnabled(state.authenticate_url is not None)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(detail)
        layout.addWidget(busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def texts(self) -> dict[str, str]:
        """What the dialog says: window, title, detail, cancel (the button), cancelling, no_page."""
        state = self.state
        pending = (self.tr("Order #%1 stays pending until the bank has answered.").replace(
            "%1", str(state.order_id)) if state.order_id is not None
            else self.tr("The order stays pending until the bank has answered."))
        return {
            "window": self.tr("Confirm the payment"),
            "title": self.tr("Confirm the payment in your browser…"),
            "detail": self.tr(
                "Your card's bank asks you to confirm this payment. We opened the bank's page in your "
                "browser; confirm there, and Switchboard continues by itself.") + " " + pending,
            "cancel": self.tr("&Cancel payment"),
            "cancelling": self.tr("Cancelling the payment…"),
            "no_page": self.tr("Switchboard cannot open the bank's page; cancel the payment and "
                               "try again, or pay another way."),
        }

    def ask(self) -> tuple[Any, Any]:
        """The call (and its argument) that says how the confirmation stands now."""
        return self.ctx.sources.payments.payment_state, self.state.payment_id

    def give_up(self) -> tuple[Any, Any]:
        """The call (and its argument) that cancels the confirmation."""
        return self.ctx.sources.payments.cancel_authentication, self.state.payment_id

    def start(self) -> None:
        """Open the bank's page and wait (window-modal, the UI stays responsive)."""
        if self.state.authenticate_url is None:
            self.status.setText(self.texts()["no_page"])
        else:
            self.open_page()
        self._timer.start()
        self.open()

    def open_page(self) -> None:
        url = self.state.authenticate_url
        if url is not None and not QDesktopServices.openUrl(QUrl(url)):
            # No browser could be started: the customer can still copy the address into one.
            self.status.setText(self.tr("Switchboard could not open your browser. Open this address in "
                                        "a browser: %1").replace("%1", url))

    def _poll(self) -> None:
        Op(*self.ask()).success(self._polled).failure(self._poll_failed).key(self._op_key()).run()

    def _polled(self, state: Any) -> None:
        if self._cancelling:
            return
        self.status.clear()
        if state.decided:
            self._finish(state)
        else:
            self._timer.start()

    def _poll_failed(self, err: BaseException) -> None:
        if self._cancelling:
            return
        # The provider or the network hiccupped: say so and keep asking; the bank still waits.
        self.status.setText(describe(err))
        self._timer.start()

    def reject(self) -> None:
        """Cancel (or Escape, or closing the window): give the confirmation up at the provider
        first, so that a payment the customer gave up cannot succeed later behind their back."""
        if self.outcome is not None:
            super().reject()
            return
        if self._cancelling:
            return
        self._cancelling = True
        self._timer.stop()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.texts()["cancelling"])
        # The same key as the polls: a poll still under way is superseded, its answer dropped.
        Op(*self.give_up()).success(self._finish).failure(self._cancel_failed).key(self._op_key()).run()

    def _cancel_failed(self, err: BaseException) -> None:
        self._cancelling = False
        self.cancel_button.setEnabled(True)
        self.status.setText(describe(err))
        self._timer.start()

    def _finish(self, state: Any) -> None:
        self._timer.stop()
        self.outcome = state
        self.done(QDialog.DialogCode.Accepted if state.succeeded else QDialog.DialogCode.Rejected)

    def failure(self) -> PaymentNotConfirmed:
        """What a customer reads when the payment was not made: why, and that the order waits."""
        code = self.outcome.failure_code if self.outcome is not None else None
        if code == "authentication_abandoned":
            text = self.tr("You cancelled the confirmation with your card's bank, so nothing was charged.")
        elif code == "authentication_failed":
            text = self.tr("Your card's bank did not confirm the payment, so nothing was charged.")
        else:
            text = self.tr("The card payment was not made.")
        return PaymentNotConfirmed(text, self.state.order_id)

    def _op_key(self) -> str:
        return f"bank-confirmation-{id(self)}"


def confirm_payment(ctx: Any, state: PaymentState, parent: QWidget, on_paid: Any,
                    on_failed: Any) -> AuthenticationDialog:
    """Wait for the customer to confirm `state`'s payment; then `on_paid(order)` or
    `on_failed(PaymentNotConfirmed)` on the UI thread."""
    dialog = AuthenticationDialog(ctx, state, parent)

    def finished(_result: int) -> None:
        outcome = dialog.outcome
        if outcome is not None and outcome.succeeded and outcome.order is not None:
            on_paid(outcome.order)
        else:
            on_failed(dialog.failure())
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.start()
    return dialog
