"""The dashboard against the sandbox provider: the charts' data from the synced local store
(stacked bars = the invoices' totals, the forecast = a hand computation over the ledger the
provider lists), then the same page offline from the store alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.api_client.invoices import InvoicesApi
from desktop.api_client.reseller_types import CustomerQuery
from desktop.sources import Sources
from desktop.store import LocalStore, store_path
from desktop.store.sync import sync
from desktop.views.pages import PageContext

DEMO_PASSWORD = "Switchboard-2026"


@pytest.fixture(params=["52718", "41445551234"], ids=["postpaid-business", "prepaid-private"])
def owner(request, provider_server, client_data_dir):
    client = ApiClient(ConnectionSettings(provider_server))
    me = client.sign_in(request.param, DEMO_PASSWORD)
    store = LocalStore(store_path("Dash"))
    store.bind_account(me.account.id)
    sync(InvoicesApi(client, me.account.id), store, full=True)
    yield client, me, store
    store.close()
    client.close()


def _hand_forecast(ledger: list[dict], balance: Decimal) -> tuple[Decimal, date | None]:
    today = max([date.today()] + [datetime.fromisoformat(e["created_at"].replace("Z", "+00:00")).date()
                                  for e in ledger])
    spent = Decimal(0)
    for e in ledger:
        day = datetime.fromisoformat(e["created_at"].replace("Z", "+00:00")).date()
        if e["kind"] in ("usage", "renewal") and Decimal(e["amount"]) < 0 and \
                today - timedelta(days=29) <= day <= today:
            spent -= Decimal(e["amount"])
    rate = (spent / 30).quantize(Decimal("0.01"))
    if rate == 0:
        return rate, None
    return rate, today if balance <= 0 else today + timedelta(days=int(balance / rate))


def test_charts_show_the_store_and_work_offline(qtbot, owner) -> None:
    from desktop.views.dashboard.dashboard_panel import DashboardPanel

    client, me, store = owner
    base = f"/accounts/{me.account.id}"
    panel = DashboardPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    panel.set_context(PageContext(me, Sources.of(client, me.account, store=store)))
    qtbot.waitUntil(lambda: panel.snapshot is not None, timeout=15_000)

    totals: dict[str, Decimal] = {}
    for inv in store.invoices():
        totals[inv.period or inv.issued_at.strftime("%Y-%m")] = totals.get(
            inv.period or inv.issued_at.strftime("%Y-%m"), Decimal(0)) + inv.gross
    assert panel.charts["spend"].stack_totals() == totals

    ledger = client.request("GET", f"{base}/ledger", params={"limit": 500})
    balance = Decimal(str(client.request("GET", base)["balance"]))
    rate, day = _hand_forecast(ledger, balance)
    snap = panel.snapshot
    assert (snap.forecast.daily_debit, snap.forecast.run_out_on) == (rate, day)
    assert len(snap.points) == len(ledger)
    if ledger:
        assert snap.points[-1].balance == balance
    assert sum(1 for p in snap.points if p.top_up) == sum(1 for e in ledger if e["kind"] == "top_up")
    assert panel.forecast_label.text()

    assert totals or ledger, "the demo account shows nothing: the test would prove nothing"
    if totals:  # hover: the read-out names the month and its total
        from desktop.charts.spend_chart import month_x

        spend = panel.charts["spend"]
        month = spend.months[-1]
        spend.hover.show_at(month_x(month.period), 1.0)
        named = datetime(int(month.period[:4]), int(month.period[5:7]), 1).strftime("%B %Y")
        assert spend.hover.text.startswith(named + "\n") and "Total" in spend.hover.text
    else:  # a prepaid account without invoices: the bars' chart says so in words
        assert panel.charts["spend"].empty_note.text == "No invoices yet."
    if not ledger:  # postpaid, no prepaid bookings: no empty balance chart over the invoices
        assert not panel.charts["balance"].isVisible()
    if ledger:
        chart = panel.charts["balance"]
        chart.hover.show_at(chart.points[-1].at.timestamp() + 1, 0.0)
        from desktop.models.money import money_text

        assert f"Balance: {money_text(balance, me.account.currency)}" in chart.hover.text
    if me.account.user_id == "41445551234":  # prepaid with calls today: a real forecast
        assert rate > 0 and day is not None

    # Offline: the same figures from the store alone.
    panel.snapshot = None
    panel.set_context(PageContext(me, Sources.of(client, me.account, store=store, offline=True)))
    qtbot.waitUntil(lambda: panel.snapshot is not None, timeout=15_000)
    assert panel.charts["spend"].stack_totals() == totals
    assert replace(panel.snapshot, today=snap.today) == snap


def _invoice_totals(client: ApiClient, account_id: int) -> dict[str, Decimal]:
    """Gross per month, straight from the provider's invoice list (not from any store)."""
    api, totals, cursor = InvoicesApi(client, account_id), {}, None
    while True:
        page = api.invoice_page(cursor=cursor)
        for inv in page.items:
            period = inv["period"] or inv["issued_at"][:7]
            totals[period] = totals.get(period, Decimal(0)) + Decimal(str(inv["gross"]))
        cursor = page.next_cursor
        if not cursor:
            return totals


def test_acting_for_a_customer_charts_the_customers_invoices_then_the_resellers_again(
        qtbot, provider_server, qsettings_tmp, keyring_backend) -> None:
    """The reseller's own store holds its own invoices; acting for a customer, the dashboard
    charts the customer's (a scratch store filled by the same sync, deleted on Back)."""
    import os
    from pathlib import Path

    from desktop.api_client import ResellerApi, acting_me
    from desktop.tasks import wait_all
    from tests.desktop.shop_support import signed_in_app
    from tests.desktop.views_support import TIMEOUT

    controller = signed_in_app(qtbot, provider_server, qsettings_tmp, "owner@helvetia-reseller.example",
                               DEMO_PASSWORD)
    window, client, staff = controller.window, controller.session.client, controller.session.me
    own_id = staff.account.id
    qtbot.waitUntil(lambda: controller.offline.store is not None
                    and controller.offline.store.last_sync is not None, timeout=TIMEOUT)
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: window.dashboard.panel is not None, timeout=TIMEOUT)
    panel = window.dashboard.panel
    own_totals = _invoice_totals(client, own_id)

    customer = ResellerApi(client, own_id).customer_account(
        next(c.id for c in ResellerApi(client, own_id).customers(CustomerQuery(text="65004")).items))
    customer_totals = _invoice_totals(client, customer.id)
    assert customer_totals and customer_totals != own_totals, "the test would prove nothing"
    window.act_for(acting_me(staff, customer))
    name = customer.company_name or customer.name
    assert window.windowTitle() == f"Acting for {name} – Switchboard"
    assert window.dashboard.values["user_id"].text() == customer.user_id
    assert panel.status.text() == f"Loading the charts of {name} from the provider…"
    qtbot.waitUntil(lambda: panel.snapshot is not None and panel.shown_account == customer.id,
                    timeout=TIMEOUT)
    assert panel.charts["spend"].stack_totals() == customer_totals
    assert panel.charts["spend"].isVisible()
    # The profile's store arriving (again) while acting changes the own context, not the acting one.
    controller.offline.store_ready.emit(controller.offline.store)
    assert window.acting is not None and window.context.me.account.id == customer.id
    assert window.context.sources.backends.store is None
    assert window.own_context.sources.backends.store is controller.offline.store
    scratch = window.customer.scratch
    path = Path(scratch.path)
    assert path.exists() and path.parent != controller.offline.store.path.parent
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600 and path.parent.stat().st_mode & 0o777 == 0o700
    # The profile's own store never got the customer's invoices.
    acted_ids = {i.id for i in scratch.fill(client).invoices()}
    assert acted_ids and {i.id for i in controller.offline.store.invoices()}.isdisjoint(acted_ids)

    # A language switch rebuilds the window: still acting, the new dashboard charts the customer again.
    from desktop import i18n

    try:
        i18n.install("de")
        qtbot.waitUntil(lambda: window.dashboard.panel is not None and window.dashboard.panel is not panel,
                        timeout=TIMEOUT)
        rebuilt = window.dashboard.panel
        qtbot.waitUntil(lambda: rebuilt.shown_account == customer.id, timeout=TIMEOUT)
        assert window.acting is not None and window.customer.scratch is scratch
        assert rebuilt.charts["spend"].stack_totals() == customer_totals
        assert window.windowTitle() == f"Sie handeln für {name} – Switchboard"
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: window.dashboard.panel is not None and window.dashboard.panel is not rebuilt,
                    timeout=TIMEOUT)
    panel = window.dashboard.panel
    qtbot.waitUntil(lambda: panel.shown_account == customer.id, timeout=TIMEOUT)

    # Offline while acting: said plainly, no charts (not even the last ones).

    window.set_context(window.own_context.with_offline(True))
    assert "need a connection" in panel.status.text() and name in panel.status.text()
    assert panel.snapshot is None and not panel.charts["spend"].isVisible()
    window.set_context(window.own_context.with_offline(False))
    qtbot.waitUntil(lambda: panel.snapshot is not None and panel.shown_account == customer.id,
                    timeout=TIMEOUT)

    # Back to the workspace: the scratch file goes; the dashboard shows the reseller's own again.
    window.back_to_workspace()
    assert window.customer.scratch is None and window.windowTitle() == f"{staff.account.name} – Switchboard"
    qtbot.waitUntil(lambda: not path.exists() and not path.parent.exists(), timeout=TIMEOUT)
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: panel.snapshot is not None and panel.shown_account == own_id, timeout=TIMEOUT)
    assert panel.charts["spend"].stack_totals() == own_totals
    assert window.dashboard.values["user_id"].text() == staff.account.user_id
    wait_all()
