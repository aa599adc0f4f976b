"""The reseller dashboard's two charts: margin per month (one bar per month, in the reseller's
currency) and customers won and lost per month (won up from zero, lost down from it). Their words
come from the page (its catalogue), so the charts hold no texts of their own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from desktop.charts.axes import (
    Chart,
    CurrencyAxis,
    MonthAxis,
    month_index,
    month_name,
)
from desktop.models.money import money_text
from desktop.models.reseller.dashboard_figures import CustomerMonth, MarginMonth

BAR_WIDTH = 0.7  # of a month
MARGIN, WON, LOST = "#2f6fb0", "#5a9e6f", "#c0504d"


def _x_range(plot: pg.PlotWidget, xs: list[float], low: float, high: float) -> None:
    plot.setXRange(min(xs) - 0.75, max(xs) + 0.75, padding=0)
    span = (high - low) or 1.0
    plot.setYRange(low - span * 0.04, high + span * 0.06, padding=0)


class MarginChart(Chart):
    def __init__(self, currency: str, title: str, describe: Callable[[MarginMonth], str],
                 empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "margin_chart", title,
                         {"bottom": MonthAxis(), "left": CurrencyAxis(currency)})
        self.currency, self.words, self.empty = currency, describe, empty
        self.months: list[MarginMonth] = []
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=MARGIN, pen=pg.mkPen(None))
        self.addItem(self.bars)
        self.finish()

    def set_months(self, months: Sequence[MarginMonth]) -> None:
        self.months = list(months)
        xs = [float(month_index(m.period)) for m in self.months]
        heights = [float(m.margin) for m in self.months]
        self.bars.setOpts(x=xs, height=heights, width=BAR_WIDTH)
        if not self.show_data(any(m.retail or m.wholesale for m in self.months), self.empty):
            return
        self.showGrid(y=True, alpha=0.2)
        _x_range(self, xs, min(heights + [0.0]), max(heights + [0.0]))

    def bar_totals(self) -> dict[str, Decimal]:
        """Each month's bar (the Decimals it was drawn from)."""
        return {m.period: m.margin for m in self.months}

    def describe(self, x: float, _y: float) -> str | None:
        for m in self.months:
            if abs(month_index(m.period) - x) <= BAR_WIDTH / 2:
                return f"{month_name(month_index(m.period))}\n{self.words(m)}"
        return None


class CustomersChart(Chart):
    def __init__(self, title: str, describe: Callable[[CustomerMonth], str], empty: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, "customers_chart", title, {"bottom": MonthAxis()})
        self.words, self.empty = describe, empty
        self.months: list[CustomerMonth] = []
        self.won = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=WON, pen=pg.mkPen(None))
        self.lost = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=LOST, pen=pg.mkPen(None))
        self.addItem(self.won)
        self.addItem(self.lost)
        self.getPlotItem().getAxis("left").setStyle(maxTextLevel=0)
        self.finish()

    def set_months(self, months: Sequence[CustomerMonth]) -> None:
        self.months = list(months)
        xs = [float(month_index(m.period)) for m in self.months]
        self.won.setOpts(x=xs, height=[m.won for m in self.months], width=BAR_WIDTH)
        self.lost.setOpts(x=xs, height=[-m.lost for m in self.months], width=BAR_WIDTH)
        if not self.show_data(any(m.won or m.lost for m in self.months), self.empty):
            return
        self.showGrid(y=True, alpha=0.2)
        _x_range(self, xs, -max([m.lost for m in self.months] + [0]), max([m.won for m in self.months] + [1]))

    def describe(self, x: float, _y: float) -> str | None:
        for m in self.months:
            if abs(month_index(m.period) - x) <= BAR_WIDTH / 2:
                return f"{month_name(month_index(m.period))}\n{self.words(m)}"
        return None


def margin_words(template: str) -> Callable[[MarginMonth], str]:
    """A month's readout from the page's template with %1 retail, %2 wholesale, %3 margin."""
    return lambda m: (template.replace("%1", money_text(m.retail, m.currency))
                      .replace("%2", money_text(m.wholesale, m.currency))
                      .replace("%3", money_text(m.margin, m.currency)))
