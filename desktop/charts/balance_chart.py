"""Prepaid balance over time (a step line, dates on the x axis), top-ups as markers."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.charts.axes import (
    Chart,
    CurrencyAxis,
    DateAxis,
    legend_below,
)
from desktop.models.dashboard.figures import BalancePoint
from desktop.models.dates import date_text
from desktop.models.money import money_text

MIN_SPAN_S = 31 * 86400


class BalanceChart(Chart):
    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("BalanceChart", "Prepaid balance")
        axes = {"bottom": DateAxis(), "left": CurrencyAxis(currency)}
        super().__init__(parent, "balance_chart", title, axes, grid_x=True)
        self.currency = currency
        self.points: list[BalancePoint] = []
        self._xs: list[float] = []
        self.line = self.plot([], [], pen=pg.mkPen("#2f6fb0", width=2))
        self.markers = pg.ScatterPlotItem(symbol="t1", size=11, brush=pg.mkBrush("#2e9d4a"),
                                          pen=pg.mkPen("#1d6b31"))
        self.addItem(self.markers)
        legend = legend_below(self, 2)
        legend.addItem(self.line, QCoreApplication.translate("BalanceChart", "Balance"))
        legend.addItem(self.markers, QCoreApplication.translate("BalanceChart", "Top-up"))
        self.finish()

    def set_points(self, points: Sequence[BalancePoint], now: datetime | None = None) -> None:
        """`now`: where the line ends (the last balance holds until then); the later of the
        computer's clock and the newest entry (a sandbox clock may be ahead)."""
        self.points = list(points)
        self._xs = [p.at.timestamp() for p in self.points]
        ys = [float(p.balance) for p in self.points]
        end = max([(now or datetime.now(UTC)).timestamp()] + self._xs[-1:])
        # stepMode "right": the balance holds until the next entry, the last one until now.
        self.line.setData(self._xs + [end] if ys else [], ys + ys[-1:], stepMode="right")
        tops = [(x, float(p.balance)) for x, p in zip(self._xs, self.points, strict=True) if p.top_up]
        self.markers.setData([x for x, _ in tops], [y for _, y in tops])
        empty = QCoreApplication.translate("BalanceChart", "No prepaid credit booked yet.")
        if not self.show_data(bool(ys), empty):
            return
        self.showGrid(x=True, y=True, alpha=0.2)
        # At least a month wide: entries booked within a day (the demo's) would otherwise spread
        # over an axis of seconds.
        start = min(self._xs[0], end - MIN_SPAN_S)
        self.setXRange(start, end, padding=0.02)
        low, high = min(ys + [0.0]), max(ys + [0.0])
        self.setYRange(low, high, padding=0.08)

    def describe(self, x: float, _y: float) -> str | None:
        i = bisect_right(self._xs, x) - 1
        if i < 0:
            return None
        p = self.points[i]
        text = date_text(p.at) + "\n" + QCoreApplication.translate("BalanceChart", "Balance: %1").replace(
            "%1", money_text(p.balance, self.currency))
        if p.top_up:
            text += "\n" + QCoreApplication.translate("BalanceChart", "Top-up: %1").replace(
                "%1", money_text(p.top_up, self.currency))
        return text
