"""Screenshots of the automatic payments page saying why the monthly invoice cannot go on the
card, and of the question before a top-up switched on below the threshold charges at once, in
English and German, into /tmp/shots/autopay/ (for looking at; not collected by the suite).

    .venv/bin/pytest -q tests/desktop/shots_automatic_payments.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.sources.payments import NewCard
from tests.desktop.helpers import in_language
from tests.desktop.shop_support import business_app, click, open_page
from tests.desktop.subscription_support import dialog_of
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 (autouse fixture)

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/autopay"))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_shots_of_no_silent_failures(qtbot, provider_server, qsettings_tmp, keyring_backend, unique_email,
                                     lang):
    OUT.mkdir(parents=True, exist_ok=True)
    with in_language(lang):
        email = unique_email("shots")
        controller = business_app(qtbot, provider_server, qsettings_tmp, email)
        controller.window.resize(1280, 900)
        qtbot.wait(2000)  # German: the account's country (DE) rebuilds the window in its variant
        page = open_page(qtbot, controller, "automatic_payments")
        page.invoice_card.click()
        page.invoice_box.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(page.invoice_box)
        qtbot.wait(200)
        controller.window.grab().save(str(OUT / f"invoice_card_{lang}.png"))
        card = NewCard("4242424242424242", 12, 2034, "123", True)
        controller.window.context.sources.payments.add_card(card)
        page.loaded = False
        page.reload()
        qtbot.waitUntil(lambda: page.loaded and len(page.cards) == 1, timeout=TIMEOUT)
        page.top_up_on.setChecked(True)
        page.threshold.setText("20.00")
        page.top_up_amount.setText("50.00")
        click(qtbot, page.top_up_save)
        box = dialog_of(qtbot, "confirm_top_up_now")
        qtbot.wait(200)
        box.grab().save(str(OUT / f"top_up_now_{lang}.png"))
        box.reject()
        controller.shutdown()
