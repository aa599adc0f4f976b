"""Saving a card the bank wants confirmed first, from the desktop client, against a real provider
whose gateway is Stripe played by localstripe (4000 0025 0000 3155 asks for 3-D Secure when it is
saved). The client opens the bank's page in the system browser (played here by the handler of
test_card_authentication, which confirms or refuses at localstripe over HTTP as Stripe.js would),
waits in the same modal dialog as for a payment, and saves the card once the bank agreed;
cancelled, nothing is saved and the SetupIntent cannot be used any more."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import shiboken6

from desktop.tasks import wait_all
from tests.desktop.shop_support import (
    add_card,
    business_app,
    click,
    commit_with_new_card,
    open_page,
    terminal_checkout,
)
from tests.desktop.test_card_authentication import (  # noqa: F401 - fixtures
    browser,
    stripe_provider,
    waiting_dialog,
)
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture
from tests.provider.localstripe import LocalStripe, localstripe  # noqa: F401 - the fixture

CONFIRM_WHEN_SAVED = "4000 0025 0000 3155"  # localstripe: the bank asks when it is saved (and paid)


def add_card_dialog(qtbot: Any, controller: Any, number: str) -> Any:
    page = open_page(qtbot, controller, "automatic_payments")
    return page, add_card(qtbot, page, number)


def cards_of(controller: Any) -> list[dict[str, Any]]:
    acc = controller.session.me.account.id
    return controller.session.client.request("GET", f"/accounts/{acc}/cards")


def setup_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["client_secret"][0].split("_secret_")[0]


def test_a_card_confirmed_in_the_browser_is_saved(qtbot, stripe_provider, browser, localstripe,  # noqa: F811
                                                  qsettings_tmp, keyring_backend, unique_email):
    email = unique_email("seti-ok")
    controller = business_app(qtbot, stripe_provider, qsettings_tmp, email)
    browser.mode = "complete"
    page, dialog = add_card_dialog(qtbot, controller, CONFIRM_WHEN_SAVED)
    qtbot.waitUntil(lambda: len(page.cards) == 1, timeout=TIMEOUT)
    assert browser.answers == [200]
    opened = urlsplit(browser.opened[0])
    assert f"{opened.scheme}://{opened.netloc}" == stripe_provider
    assert opened.path == "/api/v1/payment-gateway/authentication"
    assert [(c["last4"], c["is_default"]) for c in cards_of(controller)] == [("3155", True)]
    assert localstripe.get(f"/v1/setup_intents/{setup_of(browser.opened[0])}")["status"] == "succeeded"
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    wait_all()


def test_a_card_whose_confirmation_is_cancelled_is_not_saved(qtbot, stripe_provider, browser, localstripe,  # noqa: F811
                                                             qsettings_tmp, keyring_backend, unique_email):
    email = unique_email("seti-cancel")
    controller = business_app(qtbot, stripe_provider, qsettings_tmp, email)
    page, dialog = add_card_dialog(qtbot, controller, CONFIRM_WHEN_SAVED)
    wait = waiting_dialog(qtbot, dialog)
    assert "Confirm the card in your browser" in wait.findChild(object, "authentication_title").text()
    assert len(browser.opened) == 1
    seti = setup_of(browser.opened[0])
    qtbot.wait(2500)  # at least one poll: still waiting, nothing saved
    assert wait.isVisible() and cards_of(controller) == []
    click(qtbot, wait.cancel_button)
    error = dialog.findChild(object, "number_error")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=TIMEOUT)
    assert "cancelled the confirmation" in error.text() and "not saved" in error.text()
    assert dialog.isVisible() and dialog.primary.isEnabled()
    assert localstripe.get(f"/v1/setup_intents/{seti}")["status"] == "canceled"
    # The abandoned setup saves nothing later either.
    acc = controller.session.me.account.id
    refused = controller.session.client.request
    try:
        refused("POST", f"/accounts/{acc}/cards", json={"token": seti})
        raise AssertionError("a cancelled card setup was saved")
    except Exception as exc:  # the problem answer is what is checked
        assert getattr(exc, "rule", None) == "card.token_unknown", exc
    assert cards_of(controller) == [] and page.cards == []
    dialog.reject()
    wait_all()


def test_checkout_with_a_new_card_the_bank_confirms_twice(qtbot, stripe_provider, browser, localstripe,  # noqa: F811
                                                          qsettings_tmp, keyring_backend, unique_email):
    """A new card at checkout: the bank confirms the card, then the payment; the order is paid."""
    email = unique_email("seti-checkout")
    controller = business_app(qtbot, stripe_provider, qsettings_tmp, email)
    browser.mode = "complete"
    _shop, wizard = terminal_checkout(qtbot, controller)
    commit_with_new_card(wizard, CONFIRM_WHEN_SAVED)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=TIMEOUT)
    assert wizard.order.status == "paid"
    kinds = [setup_of(u).split("_")[0] for u in browser.opened]
    assert kinds == ["seti", "pi"] and browser.answers == [200, 200]
    assert [c["last4"] for c in cards_of(controller)] == ["3155"]
    wizard.accept()
    wait_all()
