"""Helpers for the shop and payments view tests: a signed-in app for a new business customer,
pages by key, buying through the real widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.models.record_model import RAW_ROLE
from tests.desktop.helpers import PASSWORD, business_collective
from tests.desktop.views_support import TIMEOUT, sign_in_through_dialog, start_app


def new_business(base_url: str, email: str) -> Any:
    client = ApiClient(ConnectionSettings(base_url))
    try:
        return client.register(business_collective(email))
    finally:
        client.close()


def signed_in_app(qtbot: Any, base_url: str, settings: Any, email: str, password: str = PASSWORD) -> Any:
    controller = start_app(qtbot, base_url, settings)
    sign_in_through_dialog(qtbot, controller, email, password)
    return controller


def business_app(qtbot: Any, base_url: str, settings: Any, email: str) -> Any:
    """The app signed in as a business customer registered just now under `email`."""
    new_business(base_url, email)
    return signed_in_app(qtbot, base_url, settings, email)


def open_page(qtbot: Any, controller: Any, key: str) -> Any:
    window = controller.window
    window.show_page(key)
    qtbot.waitUntil(lambda: window.pages[key].page is not None, timeout=TIMEOUT)
    page = window.pages[key].page
    qtbot.waitUntil(lambda: getattr(page, "loaded", True), timeout=TIMEOUT)
    return page


def select_row(view: Any, predicate: Any) -> Any:
    model = view.model()
    for row in range(model.rowCount()):
        record = model.index(row, 0).data(RAW_ROLE)
        if predicate(record):
            view.setFocus()
            view.selectRow(row)
            view.setCurrentIndex(model.index(row, 0))
            return record
    raise AssertionError("no such row")


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def terminal_checkout(qtbot: Any, controller: Any) -> tuple[Any, Any]:
    """A terminal put in the cart and the checkout wizard opened on it, past the address, at the
    payment page: (the shop page, the wizard)."""
    shop = open_page(qtbot, controller, "shop")
    select_row(shop.catalog, lambda p: p.code == "terminal_t33g")
    click(qtbot, shop.add_button)
    qtbot.waitUntil(lambda: shop.cart is not None and not shop.cart.empty, timeout=TIMEOUT)
    click(qtbot, shop.checkout_button)
    wizard = shop.wizard
    qtbot.waitUntil(lambda: wizard.address_page.choice.count() > 0, timeout=TIMEOUT)
    wizard.next()
    return shop, wizard


def fill_card(form: Any, number: str, *, save: bool = True) -> None:
    form.new.setChecked(True)
    form.number.setText(number)
    form.expiry.setText("12/34")
    form.cvc.setText("123")
    form.save_card.setChecked(save)


def commit_with_new_card(wizard: Any, number: str, *, save: bool = True) -> None:
    """At the checkout's payment page: a new card, then the review page's commit button."""
    fill_card(wizard.payment_page.form, number, save=save)
    wizard.next()
    wizard.button(QWizard.WizardButton.CommitButton).click()


def add_card(qtbot: Any, page: Any, number: str) -> Any:
    """A card entered in the Automatic payments page's add-card dialog and sent; the dialog."""
    click(qtbot, page.add_card_button)
    dialog = page.card_dialog
    dialog.number.setText(number)
    dialog.expiry.setText("12/34")
    dialog.cvc.setText("123")
    dialog.primary.click()
    return dialog
