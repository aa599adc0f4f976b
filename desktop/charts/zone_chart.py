"""Call cost per destination zone as bars, the minutes under each zone's name. The names are
wrapped, and elided where a word alone is too wide, to the room under each bar, so that at any
width from the chart's minimum up no two labels touch and none is dropped at the edge (the hover
read-out names the zone in full)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from desktop.charts.axes import (
    LABEL_GAP,
    Chart,
    CurrencyAxis,
    SpacedAxis,
)
from desktop.models.dashboard.figures import ZoneUsage
from desktop.models.money import money_text


def fit_lines(text: str, width: float, metrics: QFontMetrics) -> list[str]:
    """`text` in lines no wider than `width`: words wrapped, a word too wide alone elided."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        elif metrics.horizontalAdvance(word) <= width:
            lines.append(word)
        else:
            lines.append(metrics.elidedText(word, Qt.TextElideMode.ElideRight, max(int(width), 1)))
    return lines or [""]


class ZoneAxis(SpacedAxis):
    """Each zone's name and minutes under its bar, fitted to the bar's share of the width."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.labels: list[tuple[str, str]] = []  # (zone name, minutes)

    def metrics(self) -> QFontMetrics:
        return QFontMetrics(self.style.get("tickFont") or self.font())

    def room(self) -> float:
        """Pixels under one bar, less the gap kept between two labels."""
        view = self.linkedView()
        if view is None or not self.labels:
            return 0.0
        x0, x1 = view.viewRange()[0]
        return max(self.width() / max(x1 - x0, 1e-9) - LABEL_GAP - 2, 1.0)

    def lines(self, i: int) -> list[str]:
        name, minutes = self.labels[i]
        room, metrics = self.room(), self.metrics()
        return fit_lines(name, room, metrics) + [
            metrics.elidedText(minutes, Qt.TextElideMode.ElideRight, max(int(room), 1))]

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        return [(1.0, [float(i) for i in range(len(self.labels))])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return ["\n".join(self.lines(int(round(v)))) if 0 <= round(v) < len(self.labels) else ""
                for v in values]

    def fit_height(self) -> None:
        rows = max((len(self.lines(i)) for i in range(len(self.labels))), default=2)
        height = rows * self.metrics().height() + 12
        if abs(self.height() - height) > 0.5:
            self.setHeight(height)


class _Refit(QObject):
    def __init__(self, chart: ZoneChart) -> None:
        super().__init__(chart)
        self.chart = chart
        chart.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize:
            self.chart.axis.fit_height()
        return False


class ZoneChart(Chart):
    MIN_WIDTH = 300  # four zones' names still read (wrapped) under their bars

    def __init__(self, currency: str, zone_label: Callable[[str], str] = str,
                 parent: QWidget | None = None) -> None:
        self.axis = ZoneAxis()
        title = QCoreApplication.translate("ZoneChart", "Calls by destination zone")
        super().__init__(parent, "zone_chart", title, {"left": CurrencyAxis(currency), "bottom": self.axis},
                         pan_x=False)
        self.setMinimumWidth(self.MIN_WIDTH)
        self.refit = _Refit(self)
        self.currency, self.zone_label = currency, zone_label
        self.zones: list[ZoneUsage] = []
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush="#e08a2c", pen=pg.mkPen(None))
        self.addItem(self.bars)
        self.finish()

    def set_zones(self, zones: Sequence[ZoneUsage]) -> None:
        self.zones = list(zones)
        xs = list(range(len(self.zones)))
        self.bars.setOpts(x=xs, height=[float(z.cost) for z in self.zones], width=0.6)
        minutes = QCoreApplication.translate("ZoneChart", "%1 min")
        locale = QLocale()
        self.axis.labels = [(self.zone_label(z.zone), minutes.replace("%1", locale.toString(int(z.minutes))))
                            for z in self.zones]
        empty = QCoreApplication.translate("ZoneChart", "No invoiced calls yet.")
        if not self.show_data(bool(self.zones), empty):
            return
        self.showGrid(y=True, alpha=0.2)
        self.setXRange(-0.5, len(self.zones) - 0.5, padding=0.02)
        high = max(float(z.cost) for z in self.zones) or 1.0  # free calls only: still a scale
        self.setYRange(-high * 0.03, high * 1.05, padding=0)  # room for the zero's tick label
        self.axis.fit_height()
        self.axis.picture = None  # the labels changed, not the range: draw them anew
        self.axis.update()

    def describe(self, x: float, _y: float) -> str | None:
        i = round(x)
        if not 0 <= i < len(self.zones) or abs(x - i) > 0.3:
            return None
        z = self.zones[i]
        cost, minutes = money_text(z.cost, self.currency), QLocale().toString(float(z.minutes), "f", 2)
        return "\n".join((self.zone_label(z.zone),
                          QCoreApplication.translate("ZoneChart", "Calls: %1").replace("%1", str(z.calls)),
                          QCoreApplication.translate("ZoneChart", "Minutes: %1").replace("%1", minutes),
                          QCoreApplication.translate("ZoneChart", "Cost: %1").replace("%1", cost)))
