"""Screenshots of live updates for looking at (not collected by the suite): the Invoices page
before and after the invoice run issues a new invoice with nobody touching the app, and the
status bar's live indicator, in English and German, into /tmp/shots/live/.

    .venv/bin/pytest -q tests/desktop/shots_live.py
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.live import STREAM
from desktop.sandbox import DEMO_PASSWORD
from tests.desktop.helpers import in_language
from tests.desktop.test_live_updates import _other, _page, _row
from tests.desktop.views_support import close_windows, sign_in_through_dialog, start_app  # noqa: F401

OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/live"))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_shots_of_a_page_updating(qtbot, fresh_provider, qsettings_tmp, keyring_backend, lang):
    OUT.mkdir(parents=True, exist_ok=True)
    with in_language(lang):
        controller = start_app(qtbot, fresh_provider, qsettings_tmp)
        window = controller.window
        window.resize(1280, 800)
        sign_in_through_dialog(qtbot, controller, "owner@alpenblick.example", DEMO_PASSWORD)
        qtbot.waitUntil(lambda: controller.live.live.mode == STREAM, timeout=20_000)
        admin = _other(fresh_provider, "admin@alpenblick.example")
        base = f"/accounts/{admin.me().account.id}"
        before = admin.request("GET", f"{base}/invoices", params={"limit": 1})["items"][0]
        page = _page(window, "invoices")
        qtbot.waitUntil(lambda: bool(_row(page, before["number"])), timeout=20_000)
        qtbot.wait(300)
        window.grab().save(str(OUT / f"invoices-before-{lang}.png"))
        now = admin.sandbox_clock()
        first = (now.replace(day=1) + timedelta(days=32)).replace(day=1, hour=6)
        admin.advance_sandbox_clock(seconds=int((first - now).total_seconds()))
        issued = admin.request("GET", f"{base}/invoices", params={"limit": 1})["items"][0]
        qtbot.waitUntil(lambda: bool(_row(page, issued["number"])), timeout=30_000)
        qtbot.wait(500)
        window.grab().save(str(OUT / f"invoices-after-{lang}.png"))
        admin.close()
        controller.shutdown()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_shots_of_the_sandbox_panel(qtbot, fresh_provider, qsettings_tmp, keyring_backend, lang):
    from desktop.views.sandbox_panel import SandboxPanel

    OUT.mkdir(parents=True, exist_ok=True)
    with in_language(lang):
        controller = start_app(qtbot, fresh_provider, qsettings_tmp)
        window = controller.window
        sign_in_through_dialog(qtbot, controller, "owner@alpenblick.example", DEMO_PASSWORD)
        qtbot.waitUntil(lambda: controller.live.live.mode == STREAM, timeout=20_000)
        panel = SandboxPanel(window.own_context, parent=window)
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitUntil(lambda: panel.invoice.count() > 0, timeout=20_000)
        panel.days.setValue(26)
        panel.move_button.click()
        qtbot.waitUntil(lambda: "%" not in panel.status.text() and ":" in panel.status.text(), timeout=60_000)
        qtbot.wait(300)
        panel.grab().save(str(OUT / f"sandbox-panel-{lang}.png"))
        controller.shutdown()
