"""The live-update rules on their own: reading Server-Sent Events, which pages an event
reloads, and the reconnect backoff."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.api_client.events import AccountEvent, parse
from desktop.live import BACKOFF_S, backoff, pages_for


def test_events_are_read_and_heartbeats_skipped():
    text = ("retry: 3000\n\n: heartbeat\n\nid: 7\nevent: ready\ndata: {}\n\n"
            "id: 8\nevent: invoice_issued\ndata: {\"invoice_id\":3,\"number\":\"2027-000001\"}\n\n"
            ": heartbeat\n\nevent: end\ndata: {}\n\n")
    assert list(parse(iter(text.split("\n")))) == [
        AccountEvent(7, "ready", {}),
        AccountEvent(8, "invoice_issued", {"invoice_id": 3, "number": "2027-000001"}),
        AccountEvent(None, "end", {}),
    ]


def test_each_kind_reloads_the_pages_that_show_it():
    assert pages_for(frozenset({"porting_state"})) == {"dashboard", "numbers"}
    assert pages_for(frozenset({"users_changed"})) == {"access"}
    assert "invoices" in pages_for(frozenset({"invoice_issued", "balance_changed"}))
    # A resync, or a kind this build does not know, reloads everything.
    assert pages_for(frozenset({"resync"})) is None
    assert pages_for(frozenset({"something_new"})) is None


@given(st.integers(min_value=0, max_value=1000))
def test_backoff_grows_to_a_minute_with_jitter(failures):
    wait = backoff(failures)
    assert 0.8 * BACKOFF_S[0] <= wait <= 1.2 * BACKOFF_S[-1]
    if failures >= len(BACKOFF_S):
        assert wait >= 0.8 * BACKOFF_S[-1]


def test_a_status_message_never_survives_a_change_of_account(qtbot):
    from types import SimpleNamespace

    from desktop.sources import Sources
    from desktop.views.main_window import MainWindow
    from desktop.views.pages import PageContext

    window = MainWindow()
    qtbot.addWidget(window)

    def ctx(account_id: int) -> PageContext:
        account = SimpleNamespace(id=account_id, balance=0, currency="CHF", name="A", user_id="1")
        me = SimpleNamespace(account=account, can=lambda _perm: False)
        return PageContext(me=me, sources=Sources.of(None, account, offline=True))

    window.set_context(ctx(1))
    window.statusBar().showMessage("Invoice 2027-000001 has been issued.", 30_000)
    window.set_context(ctx(1))  # the same account again (a sync, going offline): the message stays
    assert window.statusBar().currentMessage() == "Invoice 2027-000001 has been issued."
    window.set_context(ctx(2))
    assert window.statusBar().currentMessage() == ""
