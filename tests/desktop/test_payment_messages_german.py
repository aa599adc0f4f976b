"""The messages the client builds itself around card payments and saved cards, in German: the
refusals it words from the provider's or Stripe's rule (Stripe answers in English), the
banners after a confirmation with the bank was cancelled or refused, and what the add-card
dialog says next to the card number. End to end against a real provider whose gateway is Stripe
played by localstripe, with the system browser played as in test_card_authentication."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QWizard

from desktop import i18n
from desktop.models.payments.messages import payment_rule_text
from desktop.tasks import wait_all
from tests.desktop.helpers import in_language
from tests.desktop.shop_support import business_app, click, fill_card, open_page
from tests.desktop.test_card_authentication import (  # noqa: F401 - fixtures
    NEEDS_CONFIRMATION,
    browser,
    buy_terminal,
    save_card_at_stripe,
    stripe_provider,
    waiting_dialog,
)
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 - autouse fixture
from tests.provider.localstripe import LocalStripe, localstripe  # noqa: F401 - the fixture

DECLINED = "Die Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder fragen Sie Ihre Bank."
PENDING = "Ihre Bestellung bleibt offen; Sie können sie erneut bezahlen."
KNOWN = ["card_declined", "insufficient_funds", "expired_card", "incorrect_cvc", "invalid_number",
         "invalid_expiry_year", "processing_error", "unknown_token", "amount_mismatch",
         "authentication_required", "authentication_failed", "authentication_abandoned",
         "test_card_refused", "gateway_unknown", "failed"]
ENGLISH = ("The ", "This ", "Your ", "You ", "Switchboard cannot")


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    # German as for the test's account, which is German (Swiss German is tested apart): the
    # variant does not change at sign-in, which would rebuild the window's pages under the test.
    i18n.set_account_country("DE")
    assert i18n.install("de")
    qapp.processEvents()
    yield
    i18n.install("en")


def test_every_refusal_the_client_words_is_german(german: None) -> None:
    texts = {code: payment_rule_text(f"payment.{code}") for code in KNOWN}
    for code, text in texts.items():
        assert text and not text.startswith(ENGLISH), (code, text)
    assert texts["card_declined"] == DECLINED
    assert len(set(texts.values())) >= 12  # the reasons a customer can act on are told apart
    assert payment_rule_text("card.expired") is None and payment_rule_text(None) is None


@given(st.from_regex(r"[a-z_]{1,30}", fullmatch=True))
def test_any_decline_code_of_stripe_reads_as_german(code: str) -> None:
    with in_language("de"):
        text = payment_rule_text(f"payment.{code}")
        assert text and not text.startswith(ENGLISH)


def test_refusals_and_cancelled_confirmations_in_german(qtbot, german, stripe_provider, browser,  # noqa: F811
                                                        localstripe, qsettings_tmp, keyring_backend,  # noqa: F811
                                                        unique_email):
    email = unique_email("de-payments")
    controller = business_app(qtbot, stripe_provider, qsettings_tmp, email)

    # Adding a card: Stripe declines it (in English), the dialog says so in German next to it.
    page = open_page(qtbot, controller, "automatic_payments")
    click(qtbot, page.add_card_button)
    dialog = page.card_dialog
    error = dialog.findChild(object, "number_error")
    dialog.number.setText("4000 0000 0000 0002")
    dialog.expiry.setText("12/34")
    dialog.cvc.setText("123")
    dialog.primary.click()
    qtbot.waitUntil(lambda: error.isVisible(), timeout=TIMEOUT)
    assert error.text() == DECLINED
    # A card the bank wants confirmed, and the customer cancels the wait.
    dialog.number.setText("4000 0025 0000 3155")
    dialog.primary.click()
    wait = waiting_dialog(qtbot, dialog)
    assert wait.windowTitle() == "Karte bestätigen"
    title = wait.findChild(object, "authentication_title").text()
    assert title == "Bestätigen Sie die Karte in Ihrem Browser…"
    click(qtbot, wait.cancel_button)
    qtbot.waitUntil(lambda: "abgebrochen" in error.text(), timeout=TIMEOUT)
    assert error.text() == ("Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; die Karte wurde "
                            "nicht gespeichert. Es wurde nichts belastet.")
    dialog.reject()

    # Paying: the confirmation cancelled, then refused by the bank, then a declined new card.
    save_card_at_stripe(controller, localstripe, NEEDS_CONFIRMATION)
    wizard = buy_terminal(qtbot, controller)
    pay_wait = waiting_dialog(qtbot, wizard)
    assert pay_wait.windowTitle() == "Zahlung bestätigen"
    click(qtbot, pay_wait.cancel_button)
    form = wizard.payment_page.form
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.payment_page and form.banner.isVisible(),
                    timeout=TIMEOUT)
    order_id = wizard.pending_order_id
    assert form.banner.text() == ("Sie haben die Bestätigung bei der Bank Ihrer Karte abgebrochen; es wurde "
                                  "nichts belastet. Ihre Bestellung bleibt offen; Sie können sie erneut "
                                  "bezahlen.")

    browser.mode = "fail"
    form.saved.setChecked(True)
    wizard.next()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: "nicht bestätigt" in form.banner.text(), timeout=TIMEOUT)
    assert form.banner.text() == ("Die Bank Ihrer Karte hat die Zahlung nicht bestätigt; es wurde nichts "
                                  "belastet. Ihre Bestellung bleibt offen; Sie können sie erneut bezahlen.")

    fill_card(form, "4000 0000 0000 0002")
    wizard.next()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: "abgelehnt" in form.banner.text(), timeout=TIMEOUT)
    assert form.banner.text() == f"{DECLINED} {PENDING}"
    assert wizard.pending_order_id == order_id
    wizard.reject()
    wait_all()
