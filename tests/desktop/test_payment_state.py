"""What the client makes of a payment the card's bank wants confirmed: the address it opens in
the system browser is the provider's own page or an https page, never whatever the answer says."""

from __future__ import annotations

import pytest

from desktop.api_client.payments_types import PaymentState, browser_url

BASE = "http://127.0.0.1:8444"


def answer(url: str | None, status: str = "pending") -> dict:
    return {"payment": {"id": 9, "status": status, "failure_code": None, "order_id": 4},
            "order": {"id": 4, "status": "pending", "currency": "CHF", "gross": "10.00"},
            "next_action": {"type": "authenticate", "url": url} if url else None}


def test_the_providers_page_is_made_absolute() -> None:
    page = "/api/v1/payment-gateway/authentication?client_secret=pi_1_secret_2"
    state = PaymentState.from_json(answer(page), BASE)
    assert state.authenticate_url == BASE + page
    assert (state.payment_id, state.order_id, state.decided) == (9, 4, False)


def test_a_decided_payment_has_nothing_to_open() -> None:
    state = PaymentState.from_json(answer(None, "succeeded"), BASE)
    assert state.authenticate_url is None and state.decided and state.succeeded


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ms-settings:privacy",
                                 "http://bank.example/3ds", "https:///no-host", "//evil.example/x"])
def test_other_addresses_are_not_opened(url: str) -> None:
    assert browser_url(url, BASE) is None
    assert PaymentState.from_json(answer(url), BASE).authenticate_url is None


def test_the_banks_https_page_is_opened() -> None:
    assert browser_url("https://acs.bank.example/3ds?t=1", BASE) == "https://acs.bank.example/3ds?t=1"


def test_without_a_browser_the_address_is_shown_to_copy(qtbot) -> None:
    """The offscreen platform has no browser to start (as a computer without one): the dialog
    says so and shows the address, selectable."""
    from desktop.views.payments.authentication_dialog import AuthenticationDialog

    url = "https://acs.bank.example/3ds?t=1"
    state = PaymentState(9, "pending", None, None, 4, url)
    dialog = AuthenticationDialog(None, state)
    qtbot.addWidget(dialog)
    dialog.open_page()
    assert "could not open your browser" in dialog.status.text() and url in dialog.status.text()
    dialog.outcome = state  # closes without asking the provider
    dialog.close()
