"""Live updates against the real provider: with the app open and nobody touching it, a role
change by another user, an invoice from the invoice run, a payment settled and a porting date
set appear on the pages; a dropped stream is restored without losing what happened meanwhile."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.api_client.access import AccessApi
from desktop.api_client.numbers import NumbersApi
from desktop.live import STREAM
from desktop.sandbox import DEMO_PASSWORD
from tests.desktop.views_support import close_windows, sign_in_through_dialog, start_app  # noqa: F401

pytestmark = pytest.mark.timeout(240)
WAIT = 20_000


def _texts(widget: QWidget) -> str:
    """Everything a page shows as text: its labels and the cells of its tables."""
    parts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    for view in widget.findChildren(QAbstractItemView):
        model: QAbstractItemModel | None = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                value = model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    parts.append(str(value))
    return "\n".join(parts)


def _row(widget: QWidget, needle: str) -> str:
    """The cells of the first table row that shows `needle`, tab-separated ('' if none)."""
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        for row in range(model.rowCount() if model is not None else 0):
            cells = [str(model.data(model.index(row, c), Qt.ItemDataRole.DisplayRole) or "")
                     for c in range(model.columnCount())]
            if needle in cells:
                return "\t".join(cells)
    return ""


def _page(window: Any, key: str) -> QWidget:
    window.show_page(key)
    page = window.pages[key]
    return getattr(page, "page", None) or page


def _other(base_url: str, identifier: str) -> ApiClient:
    client = ApiClient(ConnectionSettings(base_url))
    client.sign_in(identifier, DEMO_PASSWORD)
    return client


@pytest.fixture
def app(qtbot, fresh_provider, qsettings_tmp, keyring_backend):
    controller = start_app(qtbot, fresh_provider, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, "owner@alpenblick.example", DEMO_PASSWORD)
    qtbot.waitUntil(lambda: controller.live.live.mode == STREAM, timeout=WAIT)
    yield controller
    controller.shutdown()


def test_changes_by_others_appear_without_user_action(qtbot, app, fresh_provider):
    window = app.window
    admin = _other(fresh_provider, "admin@alpenblick.example")
    account_id = admin.me().account.id
    access = AccessApi(admin, account_id)
    tech = next(m for m in access.users() if m.email == "tech@alpenblick.example")

    # A role change by another user, on the Access page.
    page = _page(window, "access")
    qtbot.waitUntil(lambda: "tech@alpenblick.example" in _texts(page), timeout=WAIT)
    assert "Technical" in _row(page, "tech@alpenblick.example")
    access.change_role(tech.id, "billing")
    qtbot.waitUntil(lambda: "Billing" in _row(page, "tech@alpenblick.example"), timeout=WAIT)

    # The invoice run, moved on by the sandbox clock: the new invoice on the Invoices page.
    base = f"/accounts/{account_id}"

    def newest() -> dict[str, Any]:
        return admin.request("GET", f"{base}/invoices", params={"limit": 1})["items"][0]

    page = _page(window, "invoices")
    before = newest()
    qtbot.waitUntil(lambda: bool(_row(page, before["number"])), timeout=WAIT)
    # To the next month's first day (the invoice run), within the sessions' lifetime.
    now = admin.sandbox_clock()
    first = (now.replace(day=1) + timedelta(days=32)).replace(day=1, hour=6)
    admin.advance_sandbox_clock(seconds=int((first - now).total_seconds()))
    issued = newest()
    assert issued["number"] != before["number"]  # the run issued this month's invoice
    qtbot.waitUntil(lambda: bool(_row(page, issued["number"])), timeout=WAIT)

    # A bank transfer (the back office's statement import) settles it: the page shows it paid.
    assert issued["status"] == "open", issued["status"]
    assert "Paid" not in _row(page, issued["number"])
    admin.request("POST", f"/sandbox/invoices/{issued['id']}/bank-transfer", auth=False)
    qtbot.waitUntil(lambda: "Paid" in _row(page, issued["number"]), timeout=WAIT)

    # The carrier sets a porting date: the Numbers page shows it scheduled.
    today = date.fromisoformat(str(admin.sandbox_clock().date()))
    porting = NumbersApi(admin, account_id).request_porting(
        ["+41445557788"], "Swisscom", today + timedelta(days=40), today + timedelta(days=45))
    page = _page(window, "numbers")
    qtbot.waitUntil(lambda: "Submitted" in _texts(page), timeout=WAIT)
    advance = f"/sandbox/porting-requests/{porting.id}/advance"
    admin.request("POST", advance, auth=False, json={"status": "confirmed"})
    qtbot.waitUntil(lambda: "Confirmed" in _texts(page), timeout=WAIT)
    scheduled = (today + timedelta(days=46)).isoformat()
    admin.request("POST", advance, auth=False, json={"status": "scheduled", "scheduled_for": scheduled})
    qtbot.waitUntil(lambda: "Scheduled" in _texts(page), timeout=WAIT)
    admin.close()


def test_a_dropped_stream_is_restored_and_loses_nothing(qtbot, app, fresh_provider):
    window = app.window
    admin = _other(fresh_provider, "admin@alpenblick.example")
    access = AccessApi(admin, admin.me().account.id)
    viewer = next(m for m in access.users() if m.email == "viewer@alpenblick.example")
    page = _page(window, "access")
    qtbot.waitUntil(lambda: "viewer@alpenblick.example" in _texts(page), timeout=WAIT)
    assert "Viewer" in _row(page, "viewer@alpenblick.example")
    live = app.live.live
    seen = live.last_id
    # The network drops the stream; while it is down another user changes a role.
    live._holder.close()
    access.change_role(viewer.id, "technical")
    qtbot.waitUntil(lambda: "Technical" in _row(page, "viewer@alpenblick.example"), timeout=WAIT)
    assert live.mode == STREAM and live.last_id == seen + 1
    admin.close()


def test_where_no_stream_can_be_held_the_app_polls_and_says_so(qtbot, start_provider, qsettings_tmp,
                                                                keyring_backend, monkeypatch):
    import desktop.live as live_module
    from desktop.live import POLLING
    from desktop.views.diagnostics_dialog import DiagnosticsDialog

    # A provider that refuses every stream (as past its cap); quick retries and polls for the test.
    base = start_provider(SWITCHBOARD_MAX_EVENT_STREAMS="0")
    monkeypatch.setattr(live_module, "BACKOFF_S", (0.2,))
    monkeypatch.setattr(live_module, "POLL_S", 0.5)
    controller = start_app(qtbot, base, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, "owner@alpenblick.example", DEMO_PASSWORD)
    try:
        live = controller.live.live
        qtbot.waitUntil(lambda: live.mode == POLLING, timeout=WAIT)
        qtbot.waitUntil(lambda: controller.live.indicator.text() == "Updates every 30 s", timeout=WAIT)
        admin = _other(base, "admin@alpenblick.example")
        access = AccessApi(admin, admin.me().account.id)
        viewer = next(m for m in access.users() if m.email == "viewer@alpenblick.example")
        page = _page(controller.window, "access")
        qtbot.waitUntil(lambda: "Viewer" in _row(page, "viewer@alpenblick.example"), timeout=WAIT)
        access.change_role(viewer.id, "billing")
        qtbot.waitUntil(lambda: "Billing" in _row(page, "viewer@alpenblick.example"), timeout=WAIT)
        controller.open_diagnostics("", "", "")
        dialog = next(d for d in controller.window.findChildren(DiagnosticsDialog))
        assert "every 30 seconds" in dialog.live_mode.text() and dialog.live_mode.isVisibleTo(dialog)
        admin.close()
    finally:
        controller.shutdown()


def test_a_stop_at_quit_waits_for_the_live_thread(qtbot, start_provider, unique_email):
    """At quit the window's objects go next: a live thread still in its request signalled into
    them afterwards, and the process died (SIGSEGV) on its way out."""
    from desktop.live import LiveUpdates
    from tests.desktop.helpers import PASSWORD, business_collective

    provider = start_provider(SWITCHBOARD_LATENCY_MS="600")  # every answer takes 0.6 s
    client = ApiClient(ConnectionSettings(provider))
    me = client.register(business_collective(unique_email("quit")))
    client.sign_in(me.user.email, PASSWORD)
    live = LiveUpdates()
    live.start(client, me.account.id)
    thread = live._thread
    assert thread is not None and thread.is_alive()  # opening its stream: 0.6 s to go
    live.stop(wait_seconds=10)
    assert not thread.is_alive()
    client.detach()


def test_the_end_of_a_stopped_stream_signs_nobody_out(qtbot, provider_server, unique_email):
    """A stream ends with 'end' when its session is signed out. That news, queued from the live
    thread, once arrived after the user had signed out and begun signing in again: the sign-out
    it set off cancelled the new sign-in, and the dialog said 'Signing in…' for good."""
    from desktop.live import LiveUpdates
    from tests.desktop.helpers import PASSWORD, business_collective

    client = ApiClient(ConnectionSettings(provider_server))
    me = client.register(business_collective(unique_email("late-end")))
    client.sign_in(me.user.email, PASSWORD)
    live = LiveUpdates()
    ended: list[int] = []
    live.session_ended.connect(lambda: ended.append(1))
    live.start(client, me.account.id)
    qtbot.waitUntil(lambda: live.mode == STREAM, timeout=WAIT)
    thread = live._thread
    assert thread is not None
    client.sign_out()  # the provider ends the stream: 'end'
    thread.join(10)  # the thread has seen it and said so; the GUI thread has not heard it yet
    assert not thread.is_alive()
    live.stop()  # as the app does on its own sign-out, before the queued news arrives
    qtbot.wait(200)
    assert ended == []

    # While it is current, the same end is heard: signed out elsewhere.
    client.sign_in(me.user.email, PASSWORD)
    live.start(client, me.account.id)
    qtbot.waitUntil(lambda: live.mode == STREAM, timeout=WAIT)
    client.sign_out()
    qtbot.waitUntil(lambda: ended == [1], timeout=WAIT)
    live.stop()
