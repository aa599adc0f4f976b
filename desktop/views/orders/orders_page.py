"""Orders: every order with its status; "pay now" on a pending one, cancel before it is set up."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.models.dates import date_text
from desktop.models.money import money_text
from desktop.models.orders.orders_model import OrdersModel, order_status_name
from desktop.sources.orders import ORDER_PAGE, OrdersSource
from desktop.sources.payments import payment_key
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.field_errors import describe
from desktop.views.page_kit import hbox, heading, named_button, vbox, wrapped_label
from desktop.views.pages import DataPage, PageContext, register
from desktop.views.record_table import RecordTable


@register("orders")
class OrdersPage(DataPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OrdersModel(self)
        self.model.more_wanted.connect(self._load_more)
        self.table = RecordTable(self.model, self, "orders_table", source_order=True, stretch_column=2,
                                 highlight_header=False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._gate())
        self.table.activated.connect(lambda _i: self.show_details())
        self.pay_button = named_button(self.tr("&Pay now…"), "pay_now", self, on_click=self.pay_now)
        self.cancel_button = named_button(self.tr("&Cancel order…"), "cancel_order", self,
                                          on_click=self.cancel_order)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        self.details = wrapped_label(self, "order_details")
        self.status = wrapped_label(self, "orders_status")
        buttons = hbox(self.pay_button, self.cancel_button, 1, self.refresh_button)
        vbox(self, heading(self.tr("Orders"), self), (self.table, 1), self.details, buttons, self.status)
        self.loaded = False
        self._notice = ""
        self._gate()

    def source(self) -> OrdersSource:
        assert self.ctx is not None
        return self.ctx.sources.orders

    def context_changed(self, ctx: PageContext | None) -> None:
        self._gate()

    def selected(self) -> Any:
        return self.table.current()

    def _gate(self) -> None:
        order = self.selected()
        gate(self.pay_button, self.ctx, "billing.shop")
        gate(self.cancel_button, self.ctx, "billing.shop")
        if self.pay_button.isEnabled() and (order is None or not order.pending):
            self.pay_button.setEnabled(False)
            self.pay_button.setToolTip(self.tr("Choose a pending order to pay it."))
        if self.cancel_button.isEnabled() and (order is None or order.status not in ("pending", "paid")):
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(self.tr("Only a pending or paid order that is not being set up "
                                                  "yet can be cancelled."))
        self._show_details(order)

    def _show_details(self, order: Any) -> None:
        if order is None:
            self.details.setText("")
            return
        status = order_status_name(order.status)
        parts = [self.tr("Order #%1: %2").replace("%1", str(order.id)).replace("%2", status),
                 self.tr("Net %1, VAT %2, total %3").replace("%1", money_text(order.net, order.currency))
                 .replace("%2", money_text(order.vat, order.currency))
                 .replace("%3", money_text(order.gross, order.currency))]
        if order.paid_at:
            parts.append(self.tr("paid on %1").replace("%1", date_text(order.paid_at)))
        if order.status in ("paid", "provisioning") and order.provisioning_due_at:
            parts.append(self.tr("set up by %1").replace("%1", date_text(order.provisioning_due_at)))
        if order.completed_at:
            parts.append(self.tr("completed on %1").replace("%1", date_text(order.completed_at)))
        self.details.setText(" · ".join(parts))

    def reload(self) -> None:
        if self.ctx is None or self.ctx.me is None:
            return
        self.status.setText(self.tr("Loading…"))
        Op(self.source().page).success(self._loaded).failure(self._failed).key(f"orders-{id(self)}").run()

    def _loaded(self, orders: list[Any]) -> None:
        self.model.set_records(orders, has_more=len(orders) >= ORDER_PAGE)
        self.table.resizeColumnsToContents()
        self.status.setText(self._notice if orders else self.tr("No orders yet."))
        self._notice = ""
        self.loaded = True
        self._gate()

    def _load_more(self) -> None:
        if self.ctx is None or not self.model.records:
            return
        before = self.model.records[-1].id
        Op(self.source().page, before).success(
            lambda rows: self.model.append_page(rows, len(rows) >= ORDER_PAGE)).failure(
            self._failed).key(f"orders-more-{id(self)}").run()

    def _failed(self, err: BaseException) -> None:
        self.model.loading = False
        self.status.setText(describe(err))

    def show_details(self) -> None:
        order = self.selected()
        if order is not None and order.pending and self.pay_button.isEnabled():
            self.pay_now()

    def pay_now(self) -> None:
        order = self.selected()
        if order is None or not order.pending or self.ctx is None:
            return
        from desktop.views.orders.pay_order_dialog import PayOrderDialog

        self.dialog = PayOrderDialog(self.ctx, order, self)
        self.dialog.accepted.connect(self._after_payment)
        self.dialog.open()

    def _after_payment(self) -> None:
        order = self.dialog.paid_order
        if order is not None:
            self._notice = self.tr("Order #%1 is paid.").replace("%1", str(order.id))
        self.reload()

    def cancel_order(self) -> None:
        order = self.selected()
        if order is None:
            return
        answer = QMessageBox.question(self, self.tr("Cancel order"), self.tr(
            "Cancel order #%1? A paid order is refunded the way it was paid.").replace("%1", str(order.id)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        Op(self.source().cancel, order.id, payment_key()).success(lambda _o: self.reload()).failure(
            self._failed).run()
