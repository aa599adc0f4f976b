"""A card payment the bank wants confirmed, from the desktop client, against a real provider
whose gateway is Stripe played by localstripe (a real server process; the sandbox gateway's test
cards never ask for a confirmation). The client opens the confirmation page in the system browser:
here QDesktopServices' handler for http plays the customer's browser and completes, fails or
ignores the confirmation at localstripe over HTTP, as Stripe.js on that page would. The client
waits in a modal dialog that polls the provider; Cancel gives the payment up; the order stays
pending and payable until a payment succeeds. With the Stripe gateway a new card goes to Stripe
with the publishable key (a SetupIntent confirmed as Stripe.js does), never to the provider."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import shiboken6
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWizard

from desktop.api_client.errors import ApiError
from desktop.sources.payments import NewCard
from desktop.tasks import wait_all
from tests.desktop.shop_support import (
    business_app,
    click,
    commit_with_new_card,
    open_page,
    select_row,
    terminal_checkout,
)
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture
from tests.provider.localstripe import (  # noqa: F401 - the fixture
    PUBLISHABLE_KEY,
    SECRET_KEY,
    WEBHOOK_SECRET,
    LocalStripe,
    localstripe,
)

NEEDS_CONFIRMATION = "4000002760003184"  # localstripe: every payment asks the bank


class Browser(QObject):
    """The system browser as the client reaches it: every URL it is asked to open is kept, and
    the customer then confirms (`complete`), refuses (`fail`) or does nothing (`ignore`)."""

    def __init__(self, ls: LocalStripe) -> None:
        super().__init__()
        self.ls, self.mode, self.opened = ls, "ignore", []  # type: ignore[var-annotated]
        self.answers: list[int] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        text = url.toString()
        self.opened.append(text)
        if self.mode == "ignore":
            return
        secret = parse_qs(urlsplit(text).query)["client_secret"][0]
        success = self.mode == "complete"
        # A card being saved (seti_…) or a payment (pi_…), confirmed as Stripe.js would.
        answer = self.ls.authenticate_setup if secret.startswith("seti_") else self.ls.authenticate
        # The customer takes a moment in the browser; the client's UI thread is not involved.
        threading.Thread(target=lambda: self.answers.append(answer(secret, success).status_code),
                         daemon=True).start()


@pytest.fixture
def browser(localstripe: LocalStripe) -> Iterator[Browser]:  # noqa: F811
    b = Browser(localstripe)
    QDesktopServices.setUrlHandler("http", b, "open")
    QDesktopServices.setUrlHandler("https", b, "open")
    yield b
    QDesktopServices.unsetUrlHandler("http")
    QDesktopServices.unsetUrlHandler("https")


@pytest.fixture
def stripe_provider(start_provider: Any, localstripe: LocalStripe) -> str:  # noqa: F811
    return start_provider(SWITCHBOARD_PAYMENT_GATEWAY="stripe", SWITCHBOARD_STRIPE_SECRET_KEY=SECRET_KEY,
                          SWITCHBOARD_STRIPE_PUBLISHABLE_KEY=PUBLISHABLE_KEY,
                          SWITCHBOARD_STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
                          SWITCHBOARD_STRIPE_API_BASE=localstripe.url)


def save_card_at_stripe(controller: Any, ls: LocalStripe, number: str) -> int:
    """A card saved at Stripe under the account (a SetupIntent confirmed with the publishable key)."""
    client, acc = controller.session.client, controller.session.me.account.id
    setup = client.request("POST", f"/accounts/{acc}/card-setups")
    confirmed = ls.confirm_card_setup(setup["client_secret"], number)
    assert confirmed.status_code == 200, confirmed.text
    if confirmed.json()["status"] == "requires_action":
        assert ls.complete_setup_authentication(setup["client_secret"]).json()["status"] == "succeeded"
    card = client.request("POST", f"/accounts/{acc}/cards", json={"token": setup["setup_intent_id"]})
    return int(card["id"])


def payments_of(controller: Any, order_id: int) -> list[dict[str, Any]]:
    acc = controller.session.me.account.id
    return controller.session.client.request("GET", f"/accounts/{acc}/orders/{order_id}")["payments"]


def buy_terminal(qtbot: Any, controller: Any) -> Any:
    _shop, wizard = terminal_checkout(qtbot, controller)
    form = wizard.payment_page.form
    qtbot.waitUntil(lambda: form.card_combo.count() > 0, timeout=TIMEOUT)
    form.saved.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    wizard.button(QWizard.WizardButton.CommitButton).click()
    return wizard


def waiting_dialog(qtbot: Any, owner: Any) -> Any:
    qtbot.waitUntil(lambda: owner.authentication is not None and owner.authentication.isVisible(),
                    timeout=TIMEOUT)
    dialog = owner.authentication
    assert dialog.isModal()
    return dialog


def test_checkout_abandoned_in_the_browser_then_confirmed(qtbot, stripe_provider, browser, localstripe,  # noqa: F811
                                                          qsettings_tmp, keyring_backend, unique_email):
    email = unique_email("sca")
    controller = business_app(qtbot, stripe_provider, qsettings_tmp, email)
    save_card_at_stripe(controller, localstripe, NEEDS_CONFIRMATION)

    # The customer does not confirm, and cancels in the client.
    wizard = buy_terminal(qtbot, controller)
    dialog = waiting_dialog(qtbot, wizard)
    assert "Confirm the payment in your browser" in dialog.findChild(object, "authentication_title").text()
    assert len(browser.opened) == 1
    opened = urlsplit(browser.opened[0])
    assert f"{opened.scheme}://{opened.netloc}" == stripe_provider
    assert opened.path == "/api/v1/payment-gateway/authentication"
    order_id = wizard.pending_order_id
    assert order_id is not None
    qtbot.wait(2500)  # at least one poll: still waiting, the order still pending
    assert dialog.isVisible() and [p["status"] for p in payments_of(controller, order_id)] == ["pending"]
    click(qtbot, dialog.cancel_button)
    form = wizard.payment_page.form
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.payment_page and form.banner.isVisible(),
                    timeout=TIMEOUT)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and let go)
    assert "cancelled the confirmation" in form.banner.text() and "stays pending" in form.banner.text()
    payments = payments_of(controller, order_id)
    assert [(p["status"], p["failure_code"]) for p in payments] == [("failed", "authentication_abandoned")]

    # Paid again: this time the customer confirms in the browser, and the client sees it.
    browser.mode = "complete"
    form.saved.setChecked(True)
    wizard.next()
    assert f"#{order_id}" in wizard.review_page.summary.text()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=TIMEOUT)
    assert browser.answers == [200]
    assert wizard.order.id == order_id and wizard.order.status == "paid"
    assert f"#{order_id} is paid" in wizard.done_page.message.text()
    statuses = sorted(p["status"] for p in payments_of(controller, order_id))
    assert statuses == ["failed", "succeeded"]
    wizard.accept()
    wait_all()


def test_pay_now_refused_by_the_bank_keeps_the_order_payable(qtbot, stripe_provider, browser, localstripe,  # noqa: F811
                                                             qsettings_tmp, keyring_backend, unique_email):
    email = unique_email("sca-fail")
    controller = business_app(qtbot, stripe_provider, qsettings_tmp, email)
    save_card_at_stripe(controller, localstripe, NEEDS_CONFIRMATION)
    wizard = buy_terminal(qtbot, controller)
    click(qtbot, waiting_dialog(qtbot, wizard).cancel_button)
    qtbot.waitUntil(lambda: wizard.payment_page.form.banner.isVisible(), timeout=TIMEOUT)
    wizard.reject()

    browser.mode = "fail"
    orders = open_page(qtbot, controller, "orders")
    qtbot.waitUntil(lambda: bool(orders.model.records), timeout=TIMEOUT)
    select_row(orders.table, lambda o: o.pending)
    click(qtbot, orders.pay_button)
    pay = orders.dialog
    qtbot.waitUntil(lambda: pay.form.card_combo.count() > 0, timeout=TIMEOUT)
    pay.form.saved.setChecked(True)
    click(qtbot, pay.pay_button)
    waiting_dialog(qtbot, pay)
    qtbot.waitUntil(lambda: pay.form.banner.isVisible(), timeout=TIMEOUT)  # the poll saw the refusal
    assert browser.answers and pay.isVisible() and pay.pay_button.isEnabled()
    assert "did not confirm" in pay.form.banner.text() and "stays pending" in pay.form.banner.text()
    order_id = orders.model.records[0].id
    assert sorted(p["failure_code"] for p in payments_of(controller, order_id)) == [
        "authentication_abandoned", "authentication_failed"]
    pay.reject()
    orders.reload()
    qtbot.waitUntil(lambda: [o.status for o in orders.model.records] == ["pending"], timeout=TIMEOUT)
    wait_all()


def test_a_new_card_goes_to_stripe_with_the_publishable_key_and_pays(qtbot, stripe_provider, localstripe,  # noqa: F811
                                                                     qsettings_tmp, keyring_backend,
                                                                     unique_email):
    """With the Stripe gateway the client confirms a SetupIntent at Stripe (localstripe) with the
    publishable key and the card, as Stripe.js does; the provider gets the SetupIntent's id."""
    email = unique_email("stripe-card")
    controller = business_app(qtbot, stripe_provider, qsettings_tmp, email)
    shop, wizard = terminal_checkout(qtbot, controller)
    commit_with_new_card(wizard, "4242 4242 4242 4242")
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=TIMEOUT)
    assert wizard.order.status == "paid"
    wizard.accept()

    acc = controller.session.me.account.id
    cards = controller.session.client.request("GET", f"/accounts/{acc}/cards")
    assert [(c["last4"], c["is_default"]) for c in cards] == [("4242", True)]
    intents = [pi for pi in localstripe.get("/v1/payment_intents?limit=100")["data"]
               if pi["status"] == "succeeded" and pi["amount"] == int(wizard.order.gross * 100)]
    assert intents, "the order was charged at Stripe"

    # A card the bank declines when it is confirmed at Stripe: a message next to the card, nothing saved.
    source = shop.ctx.sources.payments
    with pytest.raises(ApiError) as declined:
        source.add_card(NewCard("4000 0000 0000 0002", 12, 2034, "123", save=True))
    assert declined.value.status == 402 and declined.value.rule == "payment.card_declined"
    assert len(controller.session.client.request("GET", f"/accounts/{acc}/cards")) == 1
    wait_all()


def test_a_card_stripe_declines_at_checkout_leaves_no_order(qtbot, stripe_provider, localstripe,  # noqa: F811
                                                            qsettings_tmp, keyring_backend, unique_email):
    """Stripe refuses the card when the client confirms it, before the provider is asked: no
    order exists, and the customer is not told that one waits."""
    email = unique_email("stripe-declined")
    controller = business_app(qtbot, stripe_provider, qsettings_tmp, email)
    _shop, wizard = terminal_checkout(qtbot, controller)
    commit_with_new_card(wizard, "4000 0000 0000 0002")
    form = wizard.payment_page.form
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.payment_page and form.banner.isVisible(),
                    timeout=TIMEOUT)
    assert "declined" in form.banner.text() and "pending" not in form.banner.text()
    assert wizard.pending_order_id is None
    acc = controller.session.me.account.id
    assert controller.session.client.request("GET", f"/accounts/{acc}/orders") == []
    wizard.reject()
    wait_all()
