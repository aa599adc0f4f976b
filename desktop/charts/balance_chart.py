"""Prepaid balance over time (a step line, dates on the x axis), top-ups as markers."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.charts.axes import CurrencyAxis, HoverReadout, follow_palette
from desktop.models.dashboard.figures import BalancePoint
from desktop.models.payments.formatting import date_text, money_text


class BalanceChart(pg.PlotWidget):
    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": pg.DateAxisItem(), "left": CurrencyAxis(currency)})
        self.setObjectName("balance_chart")
        self.currency = currency
        self.points: list[BalancePoint] = []
        self._xs: list[float] = []
        self.setTitle(QCoreApplication.translate("BalanceChart", "Prepaid balance"))
        self.showGrid(x=True, y=True, alpha=0.2)
        self.setMouseEnabled(x=True, y=False)
        self.addLegend(offset=(-10, 5), brush=pg.mkBrush(128, 128, 128, 60))
        balance = QCoreApplication.translate("BalanceChart", "Balance")
        top_up = QCoreApplication.translate("BalanceChart", "Top-up")
        self.line = self.plot([], [], pen=pg.mkPen("#2f6fb0", width=2), name=balance)
        self.markers = pg.ScatterPlotItem(symbol="t1", size=11, brush=pg.mkBrush("#2e9d4a"),
                                          pen=pg.mkPen("#1d6b31"), name=top_up)
        self.addItem(self.markers)  # named: the legend lists it
        self.hover = HoverReadout(self, self.describe)
        follow_palette(self)

    def set_points(self, points: Sequence[BalancePoint]) -> None:
        self.points = list(points)
        self._xs = [p.at.timestamp() for p in self.points]
        ys = [float(p.balance) for p in self.points]
        # stepMode "right": the balance holds until the next entry.
        self.line.setData(self._xs, ys, stepMode="right")
        tops = [(x, float(p.balance)) for x, p in zip(self._xs, self.points, strict=True) if p.top_up]
        self.markers.setData([x for x, _ in tops], [y for _, y in tops])
        self.enableAutoRange()
        if ys:  # headroom above the highest balance for the legend
            low, high = min(ys + [0.0]), max(ys)
            self.setYRange(low, high + (high - low) * 0.25, padding=0.02)

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
