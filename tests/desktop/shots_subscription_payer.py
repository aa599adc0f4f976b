"""Screenshots of the Subscription page naming who pays the renewal of a prepaid package, in
English and German, into /tmp/shots/subscription/ (for looking at; not collected by the suite).

    .venv/bin/pytest -q tests/desktop/shots_subscription_payer.py
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.api_client.payments_types import PaymentChoice
from desktop.api_client.shop import ShopApi
from desktop.sources import Sources
from desktop.sources.payments import NewCard, payment_key
from desktop.views.subscription.subscription_page import SubscriptionPage
from tests.desktop.helpers import PASSWORD, business_collective, in_language
from tests.desktop.subscription_support import show_page
from tests.desktop.views_support import close_windows  # noqa: F401 (autouse fixture)

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/subscription"))


def test_shots(qtbot, fresh_provider, unique_email):
    OUT.mkdir(parents=True, exist_ok=True)
    client = ApiClient(ConnectionSettings(fresh_provider))
    me = client.register(business_collective(unique_email("sub-shots"), PASSWORD))
    sources = Sources.of(client, me.account)
    card = sources.payments.add_card(NewCard("4242424242424242", 12, 2034, "123", True))
    shop = ShopApi(client, me.account.id)
    address = shop.add_address(name="Jonas Weber", street="Hafenweg 3", postal_code="20457", city="Hamburg",
                               country="DE")
    shop.add_item("pbx_basic", 1, months=1)
    shop.add_item("prepaid_credit", 1, amount=Decimal("10.00"))
    shop.checkout(address.id, PaymentChoice("card", card_id=card.id), None, payment_key())
    client.advance_sandbox_clock(days=4)
    for lang in ("en", "de"):
        with in_language(lang):
            page = show_page(qtbot, SubscriptionPage, client)
            qtbot.wait(200)
            page.grab().save(str(OUT / f"subscription_{lang}.png"))
            page.close()
