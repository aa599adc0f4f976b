"""One figure, one source, against the real provider: a prepaid account is taken through the
states that made screens contradict each other (credit that covers the next renewal, credit
that does not so the card pays, a negative balance, no card at all), set up as a customer and
the sandbox would (a card saved, the shop, generated calls); in each, the header, the dashboard's
summary, forecast and outlook, the Subscription page and the Automatic payments page tell the
provider's balance, renewal date and price, and who pays the renewal, alike."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from desktop.api_client.payments_types import PaymentChoice
from desktop.api_client.shop import ShopApi
from desktop.live import STREAM
from desktop.models.dates import date_text
from desktop.models.money import money_text
from desktop.sources.payments import NewCard, payment_key
from desktop.tasks import wait_all
from tests.desktop.shop_support import business_app
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 (autouse fixture)

pytestmark = pytest.mark.timeout(300)
HOW = {"balance": "paid from the prepaid balance", "card": "charged to your card",
       "uncovered": "not covered: the balance is too low and no card is saved"}


def _page(window: Any, key: str) -> QWidget:
    window.show_page(key)
    page = window.pages[key]
    return getattr(page, "page", None) or page


def _truth(client: Any, base: str) -> tuple[Decimal, dict[str, Any]]:
    """The provider's balance and the prepaid package, as one would read them by hand."""
    balance = Decimal(str(client.request("GET", base)["balance"]))
    subs = client.request("GET", f"{base}/prepaid-subscriptions")
    assert len(subs) == 1, subs
    return balance, subs[0]


def _shown(window: Any) -> dict[str, str]:
    """What each place on screen says about the money, page by page (each shown in turn, so a
    page that reloads only when shown is read as a customer would see it)."""
    out = {"header": window.balance_badge.text()}
    dash = _page(window, "dashboard")
    panel = dash.panel
    out["summary"] = dash.values["balance"].text()
    out["forecast"] = panel.forecast_label.text() if panel is not None else ""
    out["next"] = panel.next_label.text() if panel is not None else ""
    out["subscription"] = _page(window, "subscription").values["next"].text()
    renewals = _page(window, "automatic_payments").renewals
    out["automatic_payments"] = "\n".join(renewals.item(i).text() for i in range(renewals.count()))
    return out


def _agree(qtbot: Any, window: Any, client: Any, base: str, payer: str) -> None:
    """Wait until every place shows the provider's figures; on a timeout, say which did not."""
    balance, sub = _truth(client, base)
    currency = window.context.me.account.currency
    money, price = money_text(balance, currency), money_text(Decimal(sub["renewal_price"]), currency)
    from datetime import datetime

    ends = date_text(datetime.fromisoformat(sub["ends_at"]))
    want = {"header": [money], "summary": [money], "forecast": [money],
            "next": [f"{price} on {ends}, {HOW[payer]}"],
            "subscription": [f"{ends} for {price}, {HOW[payer]}"],
            "automatic_payments": [f"ends {ends}", price]}
    last: dict[str, str] = {}

    def agreeing() -> None:
        last.clear()
        last.update(_shown(window))
        wrong = {k: last[k] for k, parts in want.items() if not all(p in last[k] for p in parts)}
        assert not wrong, f"want {want}, shown {wrong}"

    qtbot.waitUntil(agreeing, timeout=TIMEOUT)
    for other in set(HOW) - {payer}:
        assert HOW[other] not in last["next"] + last["subscription"], last


def _spend_until(client: Any, base: str, account_id: int, below: Decimal, seed: int) -> int:
    """Generated calls, a few at a time, until the balance is below `below`."""
    while Decimal(str(client.request("GET", base)["balance"])) >= below:
        client.request("POST", "/sandbox/calls", json={"account_id": account_id, "count": 2, "seed": seed},
                       auth=False)
        seed += 1
    return seed


def test_every_page_and_the_header_tell_the_same_figures(qtbot, fresh_provider, qsettings_tmp,
                                                         keyring_backend, unique_email) -> None:
    email = unique_email("figures")
    controller = business_app(qtbot, fresh_provider, qsettings_tmp, email)
    window = controller.window
    qtbot.waitUntil(lambda: controller.live.live.mode == STREAM, timeout=TIMEOUT)
    client, account_id = controller.session.client, controller.session.me.account.id
    base = f"/accounts/{account_id}"
    payments = window.context.sources.payments
    card = payments.add_card(NewCard("4242 4242 4242 4242", 12, 2034, "123", True), make_default=True)
    shop = ShopApi(client, account_id)
    address = shop.add_address(name="Jonas Weber", company="Weber Logistik GmbH", street="Hafenweg 3",
                               postal_code="20457", city="Hamburg", country="DE")
    shop.add_item("pbx_basic", 1, months=1)
    shop.add_item("prepaid_credit", 1, amount=Decimal("30.00"))
    shop.checkout(address.id, PaymentChoice("card", card_id=card.id), None, payment_key())
    client.advance_sandbox_clock(days=4)  # the package is provisioned within two working days
    price = Decimal(_truth(client, base)[1]["renewal_price"])
    assert Decimal("0") < price < Decimal("30.00")


    # Credit that covers the renewal: the balance pays it.
    _agree(qtbot, window, client, base, "balance")
    # Calls take the credit below the price: the saved card pays.
    seed = _spend_until(client, base, account_id, price, seed=1)
    assert Decimal(str(client.request("GET", base)["balance"])) > 0, "overshot: choose a larger count"
    _agree(qtbot, window, client, base, "card")
    # More calls, below zero: the credit is used up, the card still pays.
    _spend_until(client, base, account_id, Decimal("0"), seed)
    _agree(qtbot, window, client, base, "card")
    assert "used up" in window.dashboard.panel.forecast_label.text()
    # Without a card nothing pays it: said so everywhere it is said at all.
    payments.remove_card(card.id)
    _agree(qtbot, window, client, base, "uncovered")
    controller.shutdown()
    wait_all()
