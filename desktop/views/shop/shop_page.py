"""Shop: the catalog in the account's currency, the cart with the provider's totals (VAT
included), and the way into the checkout wizard."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.dates import months_text
from desktop.models.money import money_text
from desktop.models.shop.shop_tables import CartModel, CatalogModel
from desktop.sources.shop import ShopContents, ShopSource
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.amount_field import show_amount, typed_amount
from desktop.views.field_errors import FormErrors, describe, error_label
from desktop.views.form_rows import field_row, line_edit
from desktop.views.page_kit import heading, named_button, wrapped_label
from desktop.views.pages import DataPage, PageContext, register
from desktop.views.record_table import RecordTable


@register("shop")
class ShopPage(DataPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.products: list[Any] = []
        self.cart: Any = None
        self.catalog_model = CatalogModel(self)
        self.cart_model = CartModel("", self)
        self.rule_note = wrapped_label(self, "package_rule", self.tr(
            "All users of an account are in the same package: a cart holds at most one package, "
            "and it must be your current one. To change package, use Subscription (upgrade or "
            "downgrade)."))
        self.catalog = RecordTable(self.catalog_model, self, "catalog", sortable=False, stretch_column=2,
                                   highlight_header=False)
        self.catalog.selectionModel().currentRowChanged.connect(self._product_chosen)
        self.catalog.activated.connect(lambda _i: self.add())
        self.users = QSpinBox(self)
        self.users.setObjectName("users")
        self.users.setRange(1, 500)
        self.months = QComboBox(self)
        self.months.setObjectName("months")
        self.amount = line_edit(self, "amount")
        show_amount(self.amount, Decimal(50), placeholder=True)
        self.add_button = named_button(self.tr("&Add to cart"), "add_to_cart", self, on_click=self.add)
        self.add_banner = QLabel(self)
        self.add_errors = FormErrors(self.add_banner)
        choice = QFormLayout()
        for field, text, widget in (("quantity", self.tr("&Users / quantity:"), self.users),
                                    ("months", self.tr("&Months:"), self.months),
                                    ("amount", self.tr("Amo&unt:"), self.amount)):
            field_row(choice, self.add_errors, field, text, widget)
        self.product_errors = error_label(self)
        self.add_errors.add("product", self.catalog, self.product_errors)
        self.cart_view = RecordTable(self.cart_model, self, "cart", sortable=False, stretch_column=0,
                                     highlight_header=False)
        self.cart_view.selectionModel().currentRowChanged.connect(self._line_chosen)
        self.update_button = named_button(self.tr("C&hange line"), "update_line", self)
        self.update_button.setToolTip(self.tr("Set the chosen line to the users and months above"))
        self.update_button.clicked.connect(self.update_line)
        self.remove_button = named_button(self.tr("&Remove line"), "remove_line", self,
                                          on_click=self.remove_line)
        self.totals = QLabel(self)
        self.totals.setObjectName("cart_totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.checkout_button = named_button(self.tr("Chec&k out…"), "checkout", self)
        self.checkout_button.setDefault(True)
        self.checkout_button.clicked.connect(self.open_checkout)
        self.status = wrapped_label(self, "shop_status")

        catalog_box = QWidget(self)
        left = QVBoxLayout(catalog_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(QLabel(self.tr("Catalog (prices without VAT)"), self))
        left.addWidget(self.catalog, 1)
        left.addWidget(self.product_errors)
        left.addLayout(choice)
        left.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.add_banner)
        cart_box = QWidget(self)
        right = QVBoxLayout(cart_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(QLabel(self.tr("Your cart"), self))
        right.addWidget(self.cart_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addWidget(self.totals)
        right.addWidget(self.checkout_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(catalog_box)
        splitter.addWidget(cart_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Shop"), self))
        layout.addWidget(self.rule_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.catalog, self.users)
        self.setTabOrder(self.users, self.months)
        self.setTabOrder(self.months, self.amount)
        self.setTabOrder(self.amount, self.add_button)
        self.setTabOrder(self.add_button, self.cart_view)
        self.setTabOrder(self.cart_view, self.update_button)
        self.setTabOrder(self.update_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.checkout_button)
        self.loaded = False
        self._product_chosen()

    # -- state ------------------------------------------------------------------------------
    def source(self) -> ShopSource:
        assert self.ctx is not None
        return self.ctx.sources.shop

    def context_changed(self, ctx: PageContext | None) -> None:
        self._gate()

    def _gate(self) -> None:
        ctx = self.ctx
        has_items = self.cart is not None and not self.cart.empty
        for widget in (self.add_button, self.update_button, self.remove_button, self.checkout_button):
            gate(widget, ctx, "billing.shop")
        if self.add_button.isEnabled() and not self.products:
            self.add_button.setEnabled(False)
        line = self.cart_view.current()
        for widget in (self.update_button, self.remove_button):
            if widget.isEnabled() and line is None:
                widget.setEnabled(False)
        if self.checkout_button.isEnabled() and not has_items:
            self.checkout_button.setEnabled(False)
            self.checkout_button.setToolTip(self.tr("Add something to the cart first."))

    def reload(self) -> None:
        if self.ctx is None or self.ctx.me is None:
            return
        self.status.setText(self.tr("Loading…"))
        Op(self.source().contents, self.ctx.me.account.currency).success(self._loaded).failure(
            self._failed).key(f"shop-{id(self)}").run()

    def _loaded(self, contents: ShopContents) -> None:
        self.products = list(contents.products)
        cart = contents.cart
        self.catalog_model.set_records(self.products)
        self.catalog.resizeColumnsToContents()
        if self.products and not self.catalog.currentIndex().isValid():
            self.catalog.selectRow(0)
        self._show_cart(cart)
        self.status.setText("")
        self.loaded = True

    def _failed(self, err: BaseException) -> None:
        self.status.setText(describe(err))
        self._gate()

    def _show_cart(self, cart: Any) -> None:
        self.cart = cart
        self.cart_model.set_currency(cart.currency)
        self.cart_model.set_records(list(cart.items))
        self.cart_view.resizeColumnsToContents()
        self.cart_view.horizontalHeader().setSectionResizeMode(0, self.cart_view.horizontalHeader()
                                                               .ResizeMode.Stretch)
        if cart.empty:
            self.totals.setText(self.tr("The cart is empty."))
        else:
            vat = self.tr("VAT %1 %: %2").replace("%1", str(cart.vat_rate_percent.normalize())).replace(
                "%2", money_text(cart.vat, cart.currency))
            lines = [self.tr("Net: %1").replace("%1", money_text(cart.net, cart.currency)), vat,
                     self.tr("Total: %1").replace("%1", money_text(cart.gross, cart.currency))]
            if cart.reverse_charge and cart.reverse_charge_note:
                lines.append(cart.reverse_charge_note)
            self.totals.setText("\n".join(lines))
        self._gate()

    def _product_chosen(self, *_args: Any) -> None:
        product = self.catalog.current()
        self.months.clear()
        if product is not None:
            for m in product.durations:
                self.months.addItem(months_text(m), m)
            if 12 in product.durations:
                self.months.setCurrentIndex(product.durations.index(12))
        self.months.setEnabled(product is not None and bool(product.durations))
        self.amount.setEnabled(product is not None and product.is_credit)
        self.users.setEnabled(product is not None and not product.is_credit)
        self._gate()

    def _line_chosen(self, *_args: Any) -> None:
        line = self.cart_view.current()
        if line is not None:
            self.users.setValue(line.quantity)
            index = self.months.findData(line.months)
            if index >= 0:
                self.months.setCurrentIndex(index)
        self._gate()

    # -- actions ----------------------------------------------------------------------------
    def _amount(self) -> Decimal | None:
        if not self.amount.text().strip():
            return None
        # Not an amount: the provider names the rule, which keeps one source of messages.
        amount = typed_amount(self.amount)
        return Decimal("-1") if amount is None else amount

    def add(self) -> None:
        product = self.catalog.current()
        if product is None or not self.add_button.isEnabled():
            return
        self.add_errors.clear()
        months = self.months.currentData() if product.durations else None
        amount = self._amount() if product.is_credit else None
        if product.is_credit and amount is None:
            self.add_errors.set_field_error("amount", self.tr("Give the amount of credit to buy."))
            self.amount.setFocus()
            return
        quantity = 1 if product.is_credit else self.users.value()
        self.add_button.setEnabled(False)
        Op(self.source().add_item, product.code, quantity, months, amount).success(self._changed).failure(
            self._add_failed).key(f"cart-{id(self)}").run()

    def update_line(self) -> None:
        line = self.cart_view.current()
        if line is None or line.id is None:
            return
        self.add_errors.clear()
        months = self.months.currentData() if line.months else None
        quantity = self.users.value() if line.amount is None else None  # read here, not on the worker
        Op(self.source().update_item, line.id, quantity=quantity, months=months).success(
            self._changed).failure(self._add_failed).key(f"cart-{id(self)}").run()

    def remove_line(self) -> None:
        line = self.cart_view.current()
        if line is None or line.id is None:
            return
        Op(self.source().remove_item, line.id).success(self._changed).failure(self._add_failed).key(
            f"cart-{id(self)}").run()

    def _changed(self, cart: Any) -> None:
        self.status.setText("")
        self._show_cart(cart)

    def _add_failed(self, err: BaseException) -> None:
        self._gate()
        self.add_errors.show(err)

    def open_checkout(self) -> None:
        if self.ctx is None or self.cart is None or self.cart.empty:
            return
        from desktop.views.shop.checkout_wizard import CheckoutWizard

        self.wizard = CheckoutWizard(self.ctx, self.cart, self)
        self.wizard.finished.connect(lambda _r: self.reload())
        self.wizard.open()
