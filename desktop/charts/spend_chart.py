"""Spend per month, stacked by kind (subscription, numbers, calls, one-off), months on a date axis."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.charts.axes import CurrencyAxis, HoverReadout, follow_palette
from desktop.models.dashboard.figures import SPEND_KINDS, MonthSpend
from desktop.models.payments.formatting import money_text

COLOURS = {"subscription": "#2f6fb0", "numbers": "#8e5fb5", "calls": "#e08a2c", "one_off": "#5a9e6f"}
BAR_SECONDS = 20 * 86400
MID_MONTH = 15


def kind_label(kind: str) -> str:
    return {"subscription": QCoreApplication.translate("SpendChart", "Subscription"),
            "numbers": QCoreApplication.translate("SpendChart", "Numbers"),
            "calls": QCoreApplication.translate("SpendChart", "Calls"),
            "one_off": QCoreApplication.translate("SpendChart", "One-off")}.get(kind, kind)


def month_x(period: str) -> float:
    return datetime(int(period[:4]), int(period[5:7]), MID_MONTH, tzinfo=UTC).timestamp()


class SpendChart(pg.PlotWidget):
    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": pg.DateAxisItem(), "left": CurrencyAxis(currency)})
        self.setObjectName("spend_chart")
        self.currency = currency
        self.months: list[MonthSpend] = []
        self.setTitle(QCoreApplication.translate("SpendChart", "Spend per month"))
        self.showGrid(y=True, alpha=0.2)
        self.setMouseEnabled(x=True, y=False)
        self.addLegend(offset=(-10, 5), colCount=4, brush=pg.mkBrush(128, 128, 128, 60))
        self.bars: dict[str, pg.BarGraphItem] = {}
        for kind in SPEND_KINDS:
            bar = pg.BarGraphItem(x=[], height=[], width=BAR_SECONDS, brush=COLOURS[kind], pen=pg.mkPen(None))
            self.addItem(bar)
            self.getPlotItem().legend.addItem(bar, kind_label(kind))
            self.bars[kind] = bar
        self.hover = HoverReadout(self, self.describe)
        follow_palette(self)

    def set_months(self, months: Sequence[MonthSpend]) -> None:
        self.months = list(months)
        xs = [month_x(m.period) for m in self.months]
        base = [0.0] * len(xs)
        for kind in SPEND_KINDS:
            heights = [float(m.by_kind.get(kind, 0)) for m in self.months]
            self.bars[kind].setOpts(x=xs, y0=list(base), height=heights, width=BAR_SECONDS)
            base = [b + h for b, h in zip(base, heights, strict=True)]
        self.enableAutoRange()
        if base:  # headroom above the tallest bar for the legend
            self.setYRange(min(base + [0.0]), max(base + [0.0]) * 1.2, padding=0.02)

    def stack_totals(self) -> dict[str, Decimal]:
        """What each month's bar adds up to (the Decimals the segments were drawn from)."""
        return {m.period: sum((m.by_kind.get(k, Decimal(0)) for k in SPEND_KINDS), Decimal(0))
                for m in self.months}

    def describe(self, x: float, _y: float) -> str | None:
        for m in self.months:
            if abs(month_x(m.period) - x) <= BAR_SECONDS / 2:
                lines = [m.period]
                lines += [f"{kind_label(k)}: {money_text(v, self.currency)}" for k, v in m.by_kind.items()]
                lines.append(QCoreApplication.translate("SpendChart", "Total: %1").replace(
                    "%1", money_text(m.total, self.currency)))
                return "\n".join(lines)
        return None
