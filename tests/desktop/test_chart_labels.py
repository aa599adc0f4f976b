"""Chart tick labels as pyqtgraph would draw them (its draw specs, measured with a real painter):
at every width from the chart's minimum up, the zone chart shows every zone's name and minutes,
no two labels' rectangles intersect and none leaves the axis; the balance chart's date labels
never touch one another ("Jan2")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import combinations

import pytest
from PySide6.QtGui import QImage, QPainter

from desktop.charts.axes import LABEL_GAP
from desktop.models.dashboard.figures import BalancePoint, ZoneUsage
from desktop.reports.labels import zone_name

D = Decimal
ZONES = [ZoneUsage("national_mobile", 40, D("812.40"), D("96.10")),
         ZoneUsage("national_fixed", 120, D("2407.00"), D("40.20")),
         ZoneUsage("europe", 12, D("96.50"), D("9.80")), ZoneUsage("world", 3, D("31.00"), D("18.60"))]


def _texts(qtbot, chart, width: int) -> list:
    chart.resize(width, 260)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.wait(20)
    axis = chart.getPlotItem().getAxis("bottom")
    image = QImage(max(width, 1), 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(axis.style.get("tickFont") or axis.font())
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return texts


def _apart(texts: list) -> None:
    for (a, _fa, ta), (b, _fb, tb) in combinations(texts, 2):
        assert not a.intersects(b), f"{ta!r} {a} and {tb!r} {b} intersect"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_zone_labels_never_collide_from_the_minimum_width_up(qtbot, lang) -> None:
    from desktop.charts.zone_chart import ZoneChart

    chart = ZoneChart("CHF", lambda z: zone_name(z, lang))
    qtbot.addWidget(chart)
    chart.set_zones(ZONES)
    assert chart.minimumWidth() == ZoneChart.MIN_WIDTH
    axis = chart.getPlotItem().getAxis("bottom")
    for width in (ZoneChart.MIN_WIDTH, 360, 480, 640, 900, 1400):
        texts = _texts(qtbot, chart, width)
        assert len(texts) == len(ZONES), (width, [t for *_, t in texts])  # none dropped at an edge
        _apart(texts)
        bounds = axis.boundingRect()
        assert all(bounds.contains(r) for r, *_ in texts)
        names = [t.split("\n") for *_, t in texts]
        assert all(lines[-1].endswith("min") or lines[-1].endswith("…") for lines in names)
        if width == ZoneChart.MIN_WIDTH:  # narrow: the names wrap to the room under their bars
            assert max(len(lines) for lines in names) > 2
        if width >= 640:  # room enough: every name in full, the minutes under it
            assert ["\n".join(lines[:-1]).replace("\n", " ") for lines in names] == [
                zone_name(z.zone, lang) for z in ZONES]


def test_date_labels_never_touch(qtbot) -> None:
    from desktop.charts.balance_chart import BalanceChart

    chart = BalanceChart("CHF")
    qtbot.addWidget(chart)
    start = datetime(2025, 12, 20, 12, tzinfo=UTC)
    chart.set_points([BalancePoint(start + timedelta(days=i), D("100.00") - i, None) for i in range(40)])
    for width in (300, 420, 560, 800, 1200):
        texts = _texts(qtbot, chart, width)
        assert texts
        for (a, _fa, ta), (b, _fb, tb) in combinations(texts, 2):
            gap = max(b.left() - a.right(), a.left() - b.right())
            assert gap >= LABEL_GAP - 0.5, f"{ta!r} and {tb!r} touch at {width}px"
