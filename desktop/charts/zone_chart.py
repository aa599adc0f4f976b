"""Call cost per destination zone as bars, the minutes under each zone's name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from desktop.charts.axes import CurrencyAxis, EmptyNote, HoverReadout, follow_palette
from desktop.models.dashboard.figures import ZoneUsage
from desktop.models.money import money_text


class ZoneChart(pg.PlotWidget):
    def __init__(self, currency: str, zone_label: Callable[[str], str] = str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"left": CurrencyAxis(currency)})
        self.setObjectName("zone_chart")
        self.currency, self.zone_label = currency, zone_label
        self.zones: list[ZoneUsage] = []
        self.setTitle(QCoreApplication.translate("ZoneChart", "Calls by destination zone"))
        self.showGrid(y=True, alpha=0.2)
        self.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush="#e08a2c", pen=pg.mkPen(None))
        self.addItem(self.bars)
        self.hover = HoverReadout(self, self.describe)
        self.empty_note = EmptyNote(self)
        follow_palette(self)

    def set_zones(self, zones: Sequence[ZoneUsage]) -> None:
        self.zones = list(zones)
        xs = list(range(len(self.zones)))
        self.bars.setOpts(x=xs, height=[float(z.cost) for z in self.zones], width=0.6)
        minutes = QCoreApplication.translate("ZoneChart", "%1 min")
        locale = QLocale()
        ticks = [(i, self.zone_label(z.zone) + "\n" + minutes.replace("%1", locale.toString(int(z.minutes))))
                 for i, z in enumerate(self.zones)]
        axis = self.getPlotItem().getAxis("bottom")
        axis.setTicks([ticks])
        axis.setHeight(2 * self.fontMetrics().height() + 12)  # two lines: zone, minutes
        self.hover.hide()
        if not self.zones:
            self.empty_note.show(QCoreApplication.translate("ZoneChart", "No invoiced calls yet."))
            return
        self.empty_note.hide()
        self.showGrid(y=True, alpha=0.2)
        self.setXRange(-0.5, len(self.zones) - 0.5, padding=0.02)
        high = max(float(z.cost) for z in self.zones) or 1.0  # free calls only: still a scale
        self.setYRange(-high * 0.03, high * 1.05, padding=0)  # room for the zero's tick label

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
