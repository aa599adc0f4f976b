"""Helpers for the shop and payments view tests: a signed-in app for a new business customer,
pages by key, buying through the real widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

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


def fill_card(form: Any, number: str, *, save: bool = True) -> None:
    form.new.setChecked(True)
    form.number.setText(number)
    form.expiry.setText("12/34")
    form.cvc.setText("123")
    form.save_card.setChecked(save)
