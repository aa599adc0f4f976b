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
    panel.set_context(PageContext(client=client, me=me, store=store))
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
        assert month.period in spend.hover.text and "Total" in spend.hover.text
    if ledger:
        chart = panel.charts["balance"]
        chart.hover.show_at(chart.points[-1].at.timestamp() + 1, 0.0)
        from desktop.models.payments.formatting import money_text

        assert f"Balance: {money_text(balance, me.account.currency)}" in chart.hover.text
    if me.account.user_id == "41445551234":  # prepaid with calls today: a real forecast
        assert rate > 0 and day is not None

    # Offline: the same figures from the store alone.
    panel.snapshot = None
    panel.set_context(PageContext(client=client, me=me, store=store, offline=True))
    qtbot.waitUntil(lambda: panel.snapshot is not None, timeout=15_000)
    assert panel.charts["spend"].stack_totals() == totals
    assert replace(panel.snapshot, today=snap.today) == snap
