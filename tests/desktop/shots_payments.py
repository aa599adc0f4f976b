"""Screenshots of the shop and payments pages, for looking at (not a test that runs in the suite):
Shop, each checkout wizard step, Orders, Invoices and an opened invoice, Payment history and
Automatic payments, in English and German, at 1280x800 and 1920x1080, against a sandbox provider
with demo data, into /tmp/shots/payments/.

    .venv/bin/pytest -q tests/desktop/shots_payments.py
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop import i18n
from desktop.sandbox import DEMO_PASSWORD
from desktop.tasks import wait_all
from tests.desktop.helpers import PASSWORD
from tests.desktop.shop_support import click, fill_card, new_business, open_page, select_row
from tests.desktop.views_support import TIMEOUT, close_windows, sign_in_through_dialog, start_app  # noqa: F401

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/payments"))
SIZES = ((1280, 800), (1920, 1080))


def _grab(widget: QWidget, name: str, lang: str, size: tuple[int, int] | None) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    if size is not None:
        widget.resize(*size)
    for _ in range(5):
        QApplication.processEvents()
    suffix = f"{size[0]}x{size[1]}" if size else "dialog"
    assert widget.grab().save(str(OUT / f"{name}-{lang}-{suffix}.png"))


def _all_sizes(window: QWidget, name: str, lang: str) -> None:
    for size in SIZES:
        _grab(window, name, lang, size)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_shots(qtbot: Any, provider_server: str, qsettings_tmp: Any, keyring_backend: Any, unique_email: Any,
               lang: str) -> None:
    i18n.install(lang)
    try:
        _new_customer(qtbot, provider_server, qsettings_tmp, unique_email, lang)
        _demo_invoices(qtbot, provider_server, qsettings_tmp, lang)
    finally:
        wait_all()
        i18n.install("en")


def _new_customer(qtbot: Any, url: str, settings: Any, unique_email: Any, lang: str) -> None:
    email = unique_email("shots")
    new_business(url, email)
    controller = start_app(qtbot, url, settings, profile=f"Shots-{lang}")
    sign_in_through_dialog(qtbot, controller, email, PASSWORD)
    window = controller.window
    shop = open_page(qtbot, controller, "shop")
    qtbot.waitUntil(lambda: shop.catalog.model().rowCount() > 0, timeout=TIMEOUT)
    select_row(shop.catalog, lambda p: p.code == "pbx_business")
    shop.users.setValue(5)
    shop.months.setCurrentIndex(shop.months.findData(12))
    click(qtbot, shop.add_button)
    qtbot.waitUntil(lambda: shop.cart is not None and not shop.cart.empty, timeout=TIMEOUT)
    _all_sizes(window, "shop", lang)
    window.resize(1280, 800)
    click(qtbot, shop.checkout_button)
    wizard = shop.wizard
    qtbot.waitUntil(lambda: wizard.address_page.choice.count() > 0, timeout=TIMEOUT)
    _grab(wizard, "checkout-1-address", lang, None)
    wizard.next()
    fill_card(wizard.payment_page.form, "4242 4242 4242 4242")
    _grab(wizard, "checkout-2-payment", lang, None)
    wizard.next()
    _grab(wizard, "checkout-3-review", lang, None)
    from PySide6.QtWidgets import QWizard

    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=TIMEOUT)
    _grab(wizard, "checkout-4-done", lang, None)
    wizard.accept()
    orders = open_page(qtbot, controller, "orders")
    qtbot.waitUntil(lambda: bool(orders.model.records), timeout=TIMEOUT)
    orders.table.selectRow(0)
    _all_sizes(window, "orders", lang)
    history = open_page(qtbot, controller, "payment_history")
    qtbot.waitUntil(lambda: bool(history.model.records), timeout=TIMEOUT)
    _all_sizes(window, "payment-history", lang)
    open_page(qtbot, controller, "automatic_payments")
    _all_sizes(window, "automatic-payments", lang)
    window.close()


def _demo_invoices(qtbot: Any, url: str, settings: Any, lang: str) -> None:
    controller = start_app(qtbot, url, settings, profile=f"Demo-{lang}")
    sign_in_through_dialog(qtbot, controller, "billing@alpenblick.example", DEMO_PASSWORD)
    window = controller.window
    page = open_page(qtbot, controller, "invoices")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    _all_sizes(window, "invoices", lang)
    window.resize(1280, 800)
    target = max(page.model.records, key=lambda i: i.call_count)
    select_row(page.table, lambda i: i.id == target.id)
    page.open_selected()
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.loaded and dialog.calls_model.rowCount() > 0, timeout=TIMEOUT)
    dialog.calls.selectRow(2)
    _grab(dialog, "invoice", lang, (1280, 800))
    _grab(dialog, "invoice", lang, (1920, 1080))
    dialog.resize(980, 720)
    _grab(dialog, "invoice", lang, None)
    dialog.dispute_selected()
    _grab(dialog.dispute_dialog, "dispute", lang, None)
    dialog.dispute_dialog.reject()
    dialog.close()
    window.close()
