"""Shop and checkout end to end against the real sandbox provider: a new business customer
buys Hosted PBX for 5 users and 12 months with a new card it saves; a declined card leaves a
pending order that is paid from the orders list."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from desktop.tasks import wait_all
from tests.desktop.shop_support import (
    business_app,
    click,
    fill_card,
    open_page,
    select_row,
)
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture


def _fill_cart(qtbot, shop) -> None:
    select_row(shop.catalog, lambda p: p.code == "pbx_business")
    shop.users.setValue(5)
    shop.months.setCurrentIndex(shop.months.findData(12))
    click(qtbot, shop.add_button)
    qtbot.waitUntil(lambda: shop.cart is not None and not shop.cart.empty, timeout=TIMEOUT)
    line = shop.cart.items[0]
    assert (line.product, line.quantity, line.months) == ("pbx_business", 5, 12)
    assert "963,90" in shop.totals.text() or "963.90" in shop.totals.text()  # 5 x 13.50 x 12 + 19 % VAT


def _checkout(qtbot, shop, number: str):
    click(qtbot, shop.checkout_button)
    wizard = shop.wizard
    qtbot.waitUntil(lambda: wizard.address_page.choice.count() > 0, timeout=TIMEOUT)
    wizard.next()
    assert wizard.currentPage() is wizard.payment_page
    fill_card(wizard.payment_page.form, number)
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    assert "963" in wizard.review_page.summary.text()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    return wizard


def _buy_pbx(qtbot, provider_server, qsettings_tmp, email: str, number: str):
    """A new business customer's app and its checkout of the cart above, paid with card `number`."""
    controller = business_app(qtbot, provider_server, qsettings_tmp, email)
    shop = open_page(qtbot, controller, "shop")
    _fill_cart(qtbot, shop)
    return controller, _checkout(qtbot, shop, number)


def test_new_business_buys_pbx_saves_card_and_sees_it_completed(qtbot, provider_server, qsettings_tmp,
                                                                 keyring_backend, unique_email):
    controller, wizard = _buy_pbx(qtbot, provider_server, qsettings_tmp, unique_email("pbx"),
                                  "4242 4242 4242 4242")
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=TIMEOUT)
    assert wizard.order.status == "paid"
    assert f"#{wizard.order.id}" in wizard.done_page.message.text()
    wizard.accept()

    orders = open_page(qtbot, controller, "orders")
    qtbot.waitUntil(lambda: bool(orders.model.records), timeout=TIMEOUT)
    assert [o.status for o in orders.model.records] == ["paid"]
    cards = controller.session.client.request("GET", f"/accounts/{controller.session.me.account.id}/cards")
    assert [(c["last4"], c["is_default"]) for c in cards] == [("4242", True)]

    controller.session.client.advance_sandbox_clock(days=4)  # 2 working days, whatever the weekday
    orders.reload()
    qtbot.waitUntil(lambda: [o.status for o in orders.model.records] == ["completed"], timeout=TIMEOUT)
    wait_all()


def test_declined_card_leaves_pending_order_paid_from_orders_list(qtbot, provider_server, qsettings_tmp,
                                                                  keyring_backend, unique_email):
    controller, wizard = _buy_pbx(qtbot, provider_server, qsettings_tmp, unique_email("declined"),
                                  "4000 0000 0000 0002")
    form = wizard.payment_page.form
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.payment_page and form.banner.isVisible(),
                    timeout=TIMEOUT)
    assert "declined" in form.banner.text() and "pending" in form.banner.text()
    assert form.number.text() == "", "the declined card is not kept"
    assert wizard.pending_order_id is not None
    wizard.reject()

    orders = open_page(qtbot, controller, "orders")
    qtbot.waitUntil(lambda: bool(orders.model.records), timeout=TIMEOUT)
    assert [o.status for o in orders.model.records] == ["pending"]
    select_row(orders.table, lambda o: o.pending)
    click(qtbot, orders.pay_button)
    dialog = orders.dialog
    qtbot.waitUntil(lambda: dialog.form.new.isChecked(), timeout=TIMEOUT)
    fill_card(dialog.form, "4242 4242 4242 4242")
    click(qtbot, dialog.pay_button)
    qtbot.waitUntil(lambda: [o.status for o in orders.model.records] == ["paid"], timeout=TIMEOUT)
    assert "is paid" in orders.status.text()
    wait_all()
