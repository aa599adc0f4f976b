"""Spend per month, stacked by kind (subscription, numbers, calls, one-off): one bar per month, the
month's name under its middle."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.charts.axes import (
    Chart,
    CurrencyAxis,
    MonthAxis,
    legend_below,
    month_index,
    month_name,
)
from desktop.models.dashboard.figures import SPEND_KINDS, MonthSpend
from desktop.models.money import money_text

COLOURS = {"subscription": "#2f6fb0", "numbers": "#8e5fb5", "calls": "#e08a2c", "one_off": "#5a9e6f"}
BAR_WIDTH = 0.7  # of a month


def kind_label(kind: str) -> str:
    return {"subscription": QCoreApplication.translate("SpendChart", "Subscription"),
            "numbers": QCoreApplication.translate("SpendChart", "Numbers"),
            "calls": QCoreApplication.translate("SpendChart", "Calls"),
            "one_off": QCoreApplication.translate("SpendChart", "One-off")}.get(kind, kind)


def month_x(period: str) -> float:
    """Where a month's bar stands: its middle, where its tick is."""
    return float(month_index(period))


class SpendChart(Chart):
    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "spend_chart", QCoreApplication.translate("SpendChart", "Spend per month"),
                         {"bottom": MonthAxis(), "left": CurrencyAxis(currency)})
        self.currency = currency
        self.months: list[MonthSpend] = []
        legend = legend_below(self, len(SPEND_KINDS))
        self.bars: dict[str, pg.BarGraphItem] = {}
        for kind in SPEND_KINDS:
            bar = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=COLOURS[kind], pen=pg.mkPen(None))
            self.addItem(bar)
            legend.addItem(bar, kind_label(kind))
            self.bars[kind] = bar
        self.finish()

    def set_months(self, months: Sequence[MonthSpend]) -> None:
        self.months = list(months)
        xs = [month_x(m.period) for m in self.months]
        # Charges stack up from zero, credits (a credit note's month) down from it, so no segment
        # is drawn over another.
        up, down = [0.0] * len(xs), [0.0] * len(xs)
        for kind in SPEND_KINDS:
            heights = [float(m.by_kind.get(kind, 0)) for m in self.months]
            y0 = [u if h >= 0 else d for u, d, h in zip(up, down, heights, strict=True)]
            self.bars[kind].setOpts(x=xs, y0=y0, height=heights, width=BAR_WIDTH)
            up = [u + max(h, 0.0) for u, h in zip(up, heights, strict=True)]
            down = [d + min(h, 0.0) for d, h in zip(down, heights, strict=True)]
        if not self.show_data(bool(xs), QCoreApplication.translate("SpendChart", "No invoices yet.")):
            return
        self.showGrid(y=True, alpha=0.2)
        # Half a month beside the outer bars, so the first and last are whole and their ticks show.
        self.setXRange(min(xs) - 0.75, max(xs) + 0.75, padding=0)
        low, high = min(down + [0.0]), max(up + [0.0])
        # Just enough below zero for its tick label to be drawn (pyqtgraph leaves out a label that
        # would stick out of the axis), a little room above the tallest bar.
        span = (high - low) or 1.0
        self.setYRange(low - span * 0.03, high + span * 0.05, padding=0)

    def stack_totals(self) -> dict[str, Decimal]:
        """What each month's bar adds up to (the Decimals the segments were drawn from)."""
        return {m.period: sum((m.by_kind.get(k, Decimal(0)) for k in SPEND_KINDS), Decimal(0))
                for m in self.months}

    def describe(self, x: float, _y: float) -> str | None:
        for m in self.months:
            if abs(month_x(m.period) - x) <= BAR_WIDTH / 2:
                lines = [month_name(month_index(m.period))]
                lines += [f"{kind_label(k)}: {money_text(v, self.currency)}" for k, v in m.by_kind.items()]
                lines.append(QCoreApplication.translate("SpendChart", "Total: %1").replace(
                    "%1", money_text(m.total, self.currency)))
                return "\n".join(lines)
        return None
