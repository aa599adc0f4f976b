"""Automatic payments against the real sandbox provider: a card added through the page, automatic
top-up switched on, calls generated, exactly one top-up in the payment history; a viewer reaches
no paying action (every one disabled, saying why)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.tasks import wait_all
from tests.desktop.shop_support import add_card, business_app, click, open_page, signed_in_app
from tests.desktop.subscription_support import dialog_of
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture

DEMO_PASSWORD = "Switchboard-2026"


def _page_with_a_card(qtbot, provider_server, qsettings_tmp, email):
    """A new business customer's Automatic payments page with one card added through it, and the
    client and account for asking the provider directly."""
    controller = business_app(qtbot, provider_server, qsettings_tmp, email)
    client, account_id = controller.session.client, controller.session.me.account.id
    page = open_page(qtbot, controller, "automatic_payments")
    add_card(qtbot, page, "4242 4242 4242 4242")
    qtbot.waitUntil(lambda: len(page.cards) == 1, timeout=TIMEOUT)
    return controller, client, account_id, page


def test_auto_top_up_charges_exactly_once_when_calls_cross_the_threshold(
        qtbot, provider_server, qsettings_tmp, keyring_backend, unique_email):
    controller, client, account_id, page = _page_with_a_card(qtbot, provider_server, qsettings_tmp,
                                                             unique_email("topup"))
    assert page.cards[0].last4 == "4242"

    page.top_up_on.setChecked(True)
    page.threshold.setText("0.00")  # the balance is 0: nothing to top up until calls take it below
    page.top_up_amount.setText("50.00")
    click(qtbot, page.top_up_save)
    qtbot.waitUntil(lambda: page.top_up.enabled, timeout=TIMEOUT)
    assert client.request("GET", f"/accounts/{account_id}/payments") == []

    generated = client.request("POST", "/sandbox/calls", json={"account_id": account_id, "count": 40,
                                                               "days": 1, "seed": 7}, auth=False)
    assert int(generated["count"]) == 40

    history = open_page(qtbot, controller, "payment_history")
    qtbot.waitUntil(lambda: bool(history.model.records), timeout=TIMEOUT)
    top_ups = [p for p in history.model.records if p.purpose == "top_up"]
    # Prepaid credit is taxed when bought, by top-up as in the shop: the card pays the 50.00 of
    # credit plus the German business's 19 % VAT.
    assert len(top_ups) == 1 and str(top_ups[0].amount) == "59.50"
    assert history.table.model().rowCount() == len(history.model.records) == 1

    wait_all()


def test_removing_a_card_asks_first(qtbot, provider_server, qsettings_tmp, keyring_backend, unique_email):
    _controller, client, account_id, page = _page_with_a_card(qtbot, provider_server, qsettings_tmp,
                                                              unique_email("remove-card"))

    # The question names the card; Cancel (the default) keeps it, Remove takes it away.
    page.card_list.setCurrentRow(0)
    click(qtbot, page.remove_card_button)
    ask = dialog_of(qtbot, "confirm_remove_card")
    assert "4242" in ask.text()
    assert ask.defaultButton() is ask.button(QMessageBox.StandardButton.Cancel)
    ask.button(QMessageBox.StandardButton.Cancel).click()
    wait_all()
    assert len(client.request("GET", f"/accounts/{account_id}/cards")) == 1
    click(qtbot, page.remove_card_button)
    dialog_of(qtbot, "confirm_remove_card").findChild(QPushButton, "yes").click()
    qtbot.waitUntil(lambda: page.cards == [], timeout=TIMEOUT)
    assert client.request("GET", f"/accounts/{account_id}/cards") == []
    wait_all()


def test_viewer_reaches_no_paying_action(qtbot, provider_server, qsettings_tmp, keyring_backend):
    controller = signed_in_app(qtbot, provider_server, qsettings_tmp, "viewer@alpenblick.example",
                               DEMO_PASSWORD)
    shop = open_page(qtbot, controller, "shop")
    orders = open_page(qtbot, controller, "orders")
    autopay = open_page(qtbot, controller, "automatic_payments")
    paying = [shop.add_button, shop.update_button, shop.remove_button, shop.checkout_button,
              orders.pay_button, orders.cancel_button, autopay.add_card_button, autopay.default_button,
              autopay.remove_card_button, autopay.top_up_save, autopay.top_up_on, autopay.invoice_card,
              autopay.sign_button, autopay.revoke_button, autopay.renewals]
    for widget in paying:
        assert not widget.isEnabled(), widget.objectName()
        assert "Your role (Viewer) may not do this" in widget.toolTip(), widget.objectName()
    wait_all()


def test_balance_in_header_warns_below_threshold_and_tells_of_a_failed_top_up(
        qtbot, provider_server, qsettings_tmp, keyring_backend, unique_email):
    from decimal import Decimal

    from desktop.api_client.automatic_payments_types import AutoTopUp
    from desktop.sources.automatic_payments import BalanceWatch

    email = unique_email("badge")
    controller = business_app(qtbot, provider_server, qsettings_tmp, email)
    badge = controller.window.balance_badge
    qtbot.waitUntil(lambda: badge.isVisible() and "0.00" in badge.text().replace(",", "."), timeout=TIMEOUT)
    assert not badge.warning
    messages = []
    badge.notify.connect(messages.append)
    failed = AutoTopUp(enabled=True, threshold=Decimal("20.00"), amount=Decimal("50.00"), card_id=1,
                       failures=1)
    badge._show(BalanceWatch(Decimal("5.00"), failed, ()))
    badge._show(BalanceWatch(Decimal("5.00"), failed, ()))
    assert badge.warning and "#c0392b" in badge.styleSheet()
    assert len(messages) == 1 and "top-up failed" in messages[0]
    wait_all()


def test_nothing_fails_or_charges_silently(qtbot, provider_server, qsettings_tmp, keyring_backend,
                                           unique_email):
    """Ticking 'charge the monthly invoice to my card' without a card says why, next to it, and
    the message outlives a reload; switching top-up on below the threshold says it charges now,
    and how much, and charges nothing until the customer agrees."""
    from desktop.sources.payments import NewCard

    email = unique_email("silent")
    controller = business_app(qtbot, provider_server, qsettings_tmp, email)
    client, account_id = controller.session.client, controller.session.me.account.id
    page = open_page(qtbot, controller, "automatic_payments")
    assert page.invoice_card.isVisible() and not page.cards

    page.invoice_card.click()  # as a click on its box or its text does
    assert not page.invoice_card.isChecked()
    assert page.invoice_error.isVisible() and "no card is saved" in page.invoice_error.text()
    page.loaded = False
    page.reload()
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    assert page.invoice_error.isVisible() and "no card is saved" in page.invoice_error.text()
    assert not page.invoice_card.isChecked()
    assert client.request("GET", f"/accounts/{account_id}/invoice-autopay")["charge_card"] is False

    controller.window.context.sources.payments.add_card(NewCard("4242 4242 4242 4242", 12, 2034, "123", True))
    page.loaded = False
    page.reload()
    qtbot.waitUntil(lambda: page.loaded and len(page.cards) == 1, timeout=TIMEOUT)
    page.top_up_on.setChecked(True)
    page.threshold.setText("20.00")  # the balance is 0.00: below it already
    page.top_up_amount.setText("50.00")
    click(qtbot, page.top_up_save)
    box = dialog_of(qtbot, "confirm_top_up_now")
    # 50.00 of credit plus the German business's 19 % VAT, said before anything is charged.
    assert "EUR 59.50" in box.text() and "EUR 0.00" in box.text() and "EUR 20.00" in box.text(), box.text()
    assert "59.50" in box.findChild(QPushButton, "yes").text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_all()
    assert client.request("GET", f"/accounts/{account_id}/payments") == []
    assert client.request("GET", f"/accounts/{account_id}/auto-top-up")["enabled"] is False

    click(qtbot, page.top_up_save)
    box = dialog_of(qtbot, "confirm_top_up_now")
    box.findChild(QPushButton, "yes").click()
    qtbot.waitUntil(lambda: page.top_up.enabled, timeout=TIMEOUT)
    payments = client.request("GET", f"/accounts/{account_id}/payments")
    assert [(p["purpose"], p["amount"]) for p in payments] == [("top_up", "59.50")]
    wait_all()
