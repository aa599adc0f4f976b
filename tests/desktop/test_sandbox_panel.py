"""The Sandbox panel against a sandbox provider: moving the clock says which jobs ran, and the
invoice it issued, then the bank transfer for it, arrive on the Invoices page through the event
stream, with nobody touching that page."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.views.sandbox_panel import SandboxPanel
from tests.desktop.test_live_updates import WAIT, _other, _page, _row, app  # noqa: F401 (fixture)
from tests.desktop.views_support import close_windows  # noqa: F401 (autouse fixture)

pytestmark = pytest.mark.timeout(240)


def test_the_panel_drives_the_automatic_flows_and_the_pages_follow(qtbot, app, fresh_provider):  # noqa: F811
    window = app.window
    page = _page(window, "invoices")
    panel = SandboxPanel(window.own_context, parent=window)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.invoice.count() > 0, timeout=WAIT)
    admin = _other(fresh_provider, "admin@alpenblick.example")
    now = admin.sandbox_clock()
    first = (now.replace(day=1) + timedelta(days=32)).replace(day=1)
    panel.days.setValue((first - now).days + 1)
    panel.move_button.click()
    qtbot.waitUntil(lambda: "Jobs" in panel.status.text() or panel.status.styleSheet() != "", timeout=60_000)
    assert "invoice run (" in panel.status.text(), panel.status.text()
    invoices = f"/accounts/{admin.me().account.id}/invoices"
    issued = admin.request("GET", invoices, params={"limit": 1})["items"][0]
    qtbot.waitUntil(lambda: bool(_row(page, issued["number"])), timeout=WAIT)
    # The panel lists it; a bank transfer for it arrives, and the page shows it paid.
    qtbot.waitUntil(lambda: panel.invoice.findData(issued["id"]) >= 0, timeout=WAIT)
    panel.invoice.setCurrentIndex(panel.invoice.findData(issued["id"]))
    panel.transfer_button.click()
    qtbot.waitUntil(lambda: issued["number"] in panel.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: "Paid" in _row(page, issued["number"]), timeout=WAIT)
    admin.close()
