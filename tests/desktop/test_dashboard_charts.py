"""The dashboard's charts on their own: month ticks under the middle of their bars and named in the
UI language (the tick strings the axes produce, not pixels), dates on the balance axis in it too,
hover read-outs with the month and the Decimal amounts in the UI language and the account's
currency, and words instead of axes on a chart without data."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop import i18n
from desktop.models.dashboard.figures import BalancePoint, MonthSpend, ZoneUsage

D = Decimal
ROOT = Path(__file__).resolve().parents[2]
ENGLISH_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}


@pytest.fixture
def german():
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for name in ("switchboard_de",):
        qm = ROOT / "resources" / "translations" / f"{name}.qm"
        if not qm.exists():  # a fresh clone before `make translations`: build it as make does
            subprocess.run([str(lrelease), "-silent", str(qm.with_suffix(".ts")), "-qm", str(qm)], check=True)
    assert i18n.install("de")
    yield
    i18n.install("en")


def test_month_ticks_sit_under_their_bars_named_in_german(qtbot, german) -> None:
    from desktop.charts.spend_chart import SpendChart, month_x

    chart = SpendChart("EUR")
    qtbot.addWidget(chart)
    axis = chart.getPlotItem().getAxis("bottom")
    for periods, names in ((("2025-12", "2026-01", "2026-02", "2026-03"),
                            ["Dez.\n2025", "Jan.\n2026", "Feb.", "März"]),
                           (("2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"),
                            ["Mai\n2026", "Juni", "Juli", "Aug.", "Sept.", "Okt."])):
        chart.set_months([MonthSpend(p, {"subscription": D("10.00"), "calls": D("5.50")}) for p in periods])
        x0, x1 = chart.getPlotItem().vb.viewRange()[0]
        [(spacing, ticks)] = axis.tickValues(x0, x1, 900)
        assert ticks == [month_x(p) for p in periods]  # one tick under the middle of each bar
        assert axis.tickStrings(ticks, 1.0, spacing) == names

    # Hover: the month and the Decimal amounts, in German, in the account's currency.
    chart.hover.show_at(month_x("2026-10"), 1.0)
    assert chart.hover.text == "Oktober 2026\nAbonnement: EUR 10.00\nAnrufe: EUR 5.50\nTotal: EUR 15.50"

    chart.set_months([])
    assert chart.empty_note.text == "Noch keine Rechnungen." and not axis.isVisible()
    assert not chart.legend_below.isVisible()


def test_balance_dates_are_german_and_say_so_when_there_is_nothing(qtbot, german) -> None:
    from desktop.charts.balance_chart import BalanceChart
    from desktop.charts.zone_chart import ZoneChart

    chart = BalanceChart("CHF")
    qtbot.addWidget(chart)
    start = datetime(2025, 11, 20, 12, tzinfo=UTC)
    points = [BalancePoint(start + timedelta(days=10 * i), D("100.00") - 7 * i,
                           D("100.00") if i == 0 else None) for i in range(36)]
    chart.set_points(points)
    axis = chart.getPlotItem().getAxis("bottom")
    x0, x1 = chart.getPlotItem().vb.viewRange()[0]
    levels = axis.tickValues(x0, x1, 1200)
    shown = {s for spacing, values in levels for s in axis.tickStrings(values, 1.0, spacing)}
    assert {"Dez.", "März", "Mai", "Okt."} <= shown and not shown & ENGLISH_MONTHS, shown
    chart.hover.show_at(points[0].at.timestamp() + 1, 0.0)
    assert chart.hover.text.splitlines() == ["20. Nov. 2025", "Guthaben: CHF 100.00", "Aufladung: CHF 100.00"]

    # No data: words in the middle, no axes ticking an empty range.
    chart.set_points([])
    assert chart.empty_note.shown and chart.empty_note.label.textItem.toPlainText() == (
        "Noch kein Prepaid-Guthaben gebucht.")
    assert not axis.isVisible() and not chart.getPlotItem().getAxis("left").isVisible()
    chart.set_points(points)
    assert not chart.empty_note.shown and not chart.empty_note.label.isVisible() and axis.isVisible()

    zones = ZoneChart("CHF")
    qtbot.addWidget(zones)
    zones.set_zones([])
    assert zones.empty_note.shown and zones.empty_note.text == "Noch keine verrechneten Anrufe."
    zones.set_zones([ZoneUsage("europe", 3, D("4.50"), D("1.20"))])
    assert not zones.empty_note.shown
