"""Notifications: derived by comparing the facts before and after a sync, each announced once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.api_client.invoices import InvoicesApi
from desktop.notifications import Facts, Notifier, events, gather
from desktop.sources import Sources
from desktop.store import LocalStore, store_path
from desktop.store.sync import sync

D = Decimal


def test_each_kind_of_event_is_derived_from_the_change() -> None:
    before = Facts(D("30.00"), D("20.00"), 0, frozenset({(1, "2026-0001", "invoice")}), {7: None})
    issued = frozenset({(1, "2026-0001", "invoice"), (2, "2026-0002", "invoice"),
                        (3, "2026-0003", "credit_note")})
    after = Facts(D("12.50"), D("20.00"), 1, issued, {7: date(2026, 5, 4)})
    kinds = [(e.kind, e.detail) for e in events(before, after)]
    assert kinds == [("low_balance", ""), ("top_up_failed", ""), ("invoice_issued", "2026-0002"),
                     ("credit_note_issued", "2026-0003"), ("porting_date_set", "2026-05-04")]
    assert events(None, after) == []  # the first facts are the baseline
    assert events(after, after) == []
    assert events(after, Facts(D("10.00"), D("20.00"), 1, after.invoices, after.porting)) == []  # still low


def test_the_notifier_announces_each_event_once(qtbot) -> None:
    notifier = Notifier()
    seen = []
    notifier.notified.connect(seen.append)
    base = Facts(D("50.00"), D("20.00"), invoices=frozenset())
    low = Facts(D("10.00"), D("20.00"), invoices=frozenset())
    for facts in (base, low, base, low, low):  # low, back up, low again at the same amount
        notifier.update(facts)
    assert [e.kind for e in seen] == ["low_balance"]
    notifier.update(Facts(D("5.00"), D("20.00"), invoices=frozenset({(3, "X-3", "invoice")})))
    notifier.update(Facts(D("5.00"), D("20.00"), invoices=frozenset({(3, "X-3", "invoice")})))
    assert [e.kind for e in seen] == ["low_balance", "invoice_issued"]


def test_facts_gathered_from_the_sandbox_and_the_store(provider_server, client_data_dir) -> None:
    client = ApiClient(ConnectionSettings(provider_server))
    me = client.sign_in("52718", "Switchboard-2026")
    store = LocalStore(store_path("Notify"))
    try:
        store.bind_account(me.account.id)
        sources = Sources.of(client, me.account, store=store)
        empty = gather(sources, True, True)
        sync(InvoicesApi(client, me.account.id), store, full=True)
        full = gather(sources, True, True)
        numbers = {i.number for i in store.invoices()}
        assert numbers and {n for _i, n, _k in full.invoices} == numbers
        assert {(i.number, i.kind) for i in store.invoices()} == {(n, k) for _i, n, k in full.invoices}
        # A store never synced does not know the invoices: its first sync is no news of each one.
        assert empty.invoices is None and not [e for e in events(empty, full) if e.kind == "invoice_issued"]
        account = client.request("GET", f"/accounts/{me.account.id}")
        assert full.balance == D(str(account["balance"]))
    finally:
        store.close()
        client.close()


def test_shown_in_the_status_bar_and_the_tray_skipped_offscreen(qtbot, qsettings_tmp) -> None:
    from PySide6.QtWidgets import QMainWindow

    from desktop.views.dashboard.notification_center import NotificationCenter

    window = QMainWindow()
    qtbot.addWidget(window)
    center = NotificationCenter(window)
    center.notifier.update(Facts(D("50.00"), D("20.00"), invoices=frozenset()))
    center.notifier.update(Facts(D("50.00"), D("20.00"), invoices=frozenset({(9, "2026-0009", "invoice")})))
    assert [(n.kind, n.text) for n in center.history] == [
        ("invoice_issued", "Invoice 2026-0009 has been issued.")]
    assert window.statusBar().currentMessage() == center.history[0].text and center.unread == 1
    assert center.system_unavailable and center.tray is None and center.question is None


def test_an_invoice_and_a_credit_note_are_worded_apart_in_english_and_german(qtbot, qsettings_tmp) -> None:
    from PySide6.QtWidgets import QMainWindow

    from desktop import i18n
    from desktop.notifications import Event
    from desktop.views.dashboard.notification_center import NotificationCenter

    window = QMainWindow()
    qtbot.addWidget(window)
    center = NotificationCenter(window)
    invoice = Event("invoice:1", "invoice_issued", "2026-000101")
    note = Event("invoice:2", "credit_note_issued", "2026-000102")
    assert (center.text(invoice), center.text(note)) == ("Invoice 2026-000101 has been issued.",
                                                         "Credit note 2026-000102 has been issued.")
    try:
        assert i18n.install("de")
        assert (center.text(invoice), center.text(note)) == ("Rechnung 2026-000101 wurde ausgestellt.",
                                                             "Gutschrift 2026-000102 wurde ausgestellt.")
    finally:
        i18n.install("en")


def test_the_bell_counts_a_new_notification_lists_it_and_opens_by_keyboard(
        qtbot, fresh_provider, qsettings_tmp, keyring_backend) -> None:
    """A credit note the provider issues while signed in: after the next sync the bell counts it,
    the list shows it with its time; Enter opens the list and clears the count, Escape closes it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.sandbox import DEMO_PASSWORD
    from desktop.tasks import wait_all
    from tests.desktop.shop_support import signed_in_app

    controller = signed_in_app(qtbot, fresh_provider, qsettings_tmp, "owner@alpenblick.example",
                               DEMO_PASSWORD)
    window, client = controller.window, controller.session.client
    center, bell = window.notifications, window.bell
    account_id = controller.session.me.account.id
    offline = controller.offline
    qtbot.waitUntil(lambda: offline.store is not None and offline.store.last_sync is not None, timeout=20_000)
    qtbot.waitUntil(lambda: center.notifier.facts is not None and bool(center.notifier.facts.invoices),
                    timeout=20_000)
    wait_all()
    QApplication.processEvents()
    # What the account already had when the session began is the baseline, not news.
    assert center.history == [] and center.unread == 0 and bell.isVisible()
    assert bell.accessibleName() == "Notifications: none unread"

    invoice = next(i for i in offline.store.invoices() if i.kind == "invoice")
    note = client.request("POST", f"/sandbox/invoices/{invoice.id}/credit-notes",
                          json={"amount": "5.00", "reason": "Goodwill"}, auth=False)
    offline.sync(client, account_id)
    qtbot.waitUntil(lambda: center.unread == 1, timeout=20_000)
    expected = f"Credit note {note['number']} has been issued."
    assert [(n.kind, n.text) for n in center.history] == [("credit_note_issued", expected)]
    assert bell.accessibleName() == "Notifications: 1 unread" and bell.toolTip() == bell.accessibleName()

    # Tab reaches the bell; Enter opens the list, newest first with the time; the count clears.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.nav.setFocus()
    for _ in range(60):
        if QApplication.focusWidget() is bell:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bell, "Tab never reaches the bell"
    qtbot.keyClick(bell, Qt.Key.Key_Return)
    popup = bell.popup
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    assert center.unread == 0 and bell.accessibleName() == "Notifications: none unread"
    first = popup.items.item(0)
    assert popup.items.count() == 1 and first.text() == f"{center.history[0].at:%H:%M}\n{expected}"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).endswith(expected)
    assert popup.items.hasFocus() and popup.items.currentRow() == 0
    qtbot.keyClick(popup.items, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=5_000)
    assert QApplication.focusWidget() is bell
    qtbot.keyClick(bell, Qt.Key.Key_Space)  # Space opens it too
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    popup.close()

    # Signing out empties the list: it belongs to the session that saw it.
    window.show_signed_out()
    assert center.history == [] and center.unread == 0 and not bell.isVisible()
    wait_all()
