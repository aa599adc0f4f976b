"""The reseller dashboard against a sandbox provider of its own: online the provider's figures go
into the local store and the charts and tables show them (the newest invoiced month's margin is
the wholesale statement's); then the provider stops and the same figures show from the store,
saying when they were fetched. Screenshots in English and German for review."""

from __future__ import annotations

from pathlib import Path

from desktop import i18n
from desktop.api_client.client import ApiClient, ConnectionSettings
from desktop.sandbox import SandboxServer
from desktop.sources import Sources
from desktop.store import LocalStore
from desktop.views.reseller.dashboard_panel import ResellerDashboardPanel
from provider.demo_billing import RESELLER_EMAIL
from provider.seed import DEMO_PASSWORD
from tests.desktop.conftest import LOW_COST
from tests.desktop.views_support import TIMEOUT, close_windows  # noqa: F401 (autouse fixture)

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots" / "reseller"


def _panel(qtbot, sources: Sources, currency: str) -> ResellerDashboardPanel:
    panel = ResellerDashboardPanel()
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    panel.load(sources.reseller_dashboard, currency)
    qtbot.waitUntil(lambda: panel.loaded, timeout=TIMEOUT)
    qtbot.wait(300)  # the axes take their width from the labels on the next paint
    return panel


def _shot(panel: ResellerDashboardPanel, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(SHOTS / name))


def test_dashboard_from_the_store_online_and_after_the_provider_stopped(qtbot, tmp_path: Path) -> None:
    server = SandboxServer.start(tmp_path / "provider", env=LOW_COST)
    store = LocalStore(tmp_path / "store.sqlite3")
    try:
        client = ApiClient(ConnectionSettings(server.wait_ready(60)))
        me = client.sign_in(RESELLER_EMAIL, DEMO_PASSWORD)
        currency = me.account.currency
        online = Sources.of(client, me.account, store=store)
        panel = _panel(qtbot, online, currency)
        assert panel.fresh and panel.margin_chart is not None
        bars = panel.margin_chart.bar_totals()
        assert len(bars) == 12
        newest = panel.figures.periods[-1]
        st = online.reseller.wholesale_statement(newest)
        (total,) = st.totals
        assert bars[newest] == total.margin > 0
        (month,) = [m for m in panel.figures.margin if m.period == newest]
        assert (month.retail, month.wholesale) == (total.retail, total.wholesale)
        top = panel.top.source.records
        assert len(top) == 10 and top[0].margin >= top[-1].margin
        assert sum(m.won for m in panel.figures.customers) >= 0
        failing = panel.failing.source.records
        assert failing and all(f.reason == "overdue_invoice" for f in failing)
        for lang in ("en", "de"):
            assert i18n.install(lang)
            shown = _panel(qtbot, online, currency)
            _shot(shown, f"reseller_dashboard_{lang}.png")

        server.stop()
        for offline in (False, True):  # the provider gone unnoticed, and the app knowing it
            sources = Sources.of(client, me.account, store=store, offline=offline)
            for lang in ("en", "de"):
                assert i18n.install(lang)
                later = _panel(qtbot, sources, currency)
                assert not later.fresh
                assert later.margin_chart is not None and later.margin_chart.bar_totals() == bars
                assert [t.account_id for t in later.top.source.records] == [t.account_id for t in top]
                assert len(later.failing.source.records) == len(failing)
                word = "Offline" if lang == "en" else "Offline"
                assert later.status.text().startswith(word), later.status.text()
                if offline:
                    _shot(later, f"reseller_dashboard_offline_{lang}.png")
    finally:
        i18n.install("en")
        store.close()
        server.stop()
