"""The workspace's wholesale statement against the sandbox provider: the demo reseller's last
month, one row per invoiced customer and a total that adds up, saved as CSV off the UI thread;
screenshots in English and German for review."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop import i18n
from desktop.api_client.client import ApiClient, ConnectionSettings
from desktop.sources import Sources
from desktop.views.reseller.statement_panel import StatementPanel
from provider.demo_billing import RESELLER_EMAIL
from provider.seed import DEMO_PASSWORD

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots" / "reseller"


def _money(text: str) -> Decimal:
    return Decimal(text.split(" ", 1)[1].replace("'", ""))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_statement_shows_the_month_and_saves_it(qtbot, provider_server: str, tmp_path: Path,
                                                 lang: str) -> None:
    assert i18n.install(lang)
    try:
        client = ApiClient(ConnectionSettings(provider_server))
        me = client.sign_in(RESELLER_EMAIL, DEMO_PASSWORD)
        source = Sources.of(client, me.account).reseller
        panel = StatementPanel()
        qtbot.addWidget(panel)
        panel.resize(900, 600)
        panel.show()
        period = panel.month.currentText()
        expected = source.wholesale_statement(period)
        assert expected.rows, "the demo reseller's customers are invoiced every month"
        panel.load(source)
        table = panel.table
        qtbot.waitUntil(lambda: table.rowCount() == len(expected.rows) + 1, timeout=20_000)
        for n, row in enumerate(expected.rows):
            assert table.item(n, 0).text() == row.user_id
            assert _money(table.item(n, 4).text()) == row.margin
        last = len(expected.rows)
        retail, wholesale, margin = (_money(table.item(last, c).text()) for c in (2, 3, 4))
        assert retail - wholesale == margin
        assert retail == sum((r.retail for r in expected.rows), Decimal("0"))
        SHOTS.mkdir(parents=True, exist_ok=True)
        panel.grab().save(str(SHOTS / f"wholesale_statement_{lang}.png"))
        target = tmp_path / "statement.csv"
        panel.save_to(str(target))
        qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=20_000)
        text = target.read_bytes().decode("utf-8-sig")
        assert text.splitlines()[0].endswith("retail_billed;wholesale_owed;margin")
        assert len(text.splitlines()) == len(expected.rows) + 2
        assert (target.stat().st_mode & 0o777) == 0o600
    finally:
        i18n.install("en")
