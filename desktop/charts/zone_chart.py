"""Call cost per destination zone as bars, the minutes under each zone's name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.charts.axes import CurrencyAxis, HoverReadout
from desktop.models.dashboard.figures import ZoneUsage
from desktop.models.payments.formatting import money_text


def _t(text: str) -> str:
    return QCoreApplication.translate("ZoneChart", text)


class ZoneChart(pg.PlotWidget):
    def __init__(self, currency: str, zone_label: Callable[[str], str] = str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"left": CurrencyAxis(currency)})
        self.setObjectName("zone_chart")
        self.currency, self.zone_label = currency, zone_label
        self.zones: list[ZoneUsage] = []
        self.setTitle(_t("Calls by destination zone"))
        self.showGrid(y=True, alpha=0.2)
        self.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush="#e08a2c", pen=pg.mkPen(None))
        self.addItem(self.bars)
        self.hover = HoverReadout(self, self.describe)

    def set_zones(self, zones: Sequence[ZoneUsage]) -> None:
        self.zones = list(zones)
        xs = list(range(len(self.zones)))
        self.bars.setOpts(x=xs, height=[float(z.cost) for z in self.zones], width=0.6)
        ticks = [(i, f"{self.zone_label(z.zone)}\n{_t('%1 min').replace('%1', f'{z.minutes:.0f}')}")
                 for i, z in enumerate(self.zones)]
        self.getPlotItem().getAxis("bottom").setTicks([ticks])
        self.enableAutoRange()

    def describe(self, x: float, _y: float) -> str | None:
        i = round(x)
        if not 0 <= i < len(self.zones) or abs(x - i) > 0.3:
            return None
        z = self.zones[i]
        return "\n".join((self.zone_label(z.zone),
                          _t("%n call(s)").replace("%n", str(z.calls)),
                          _t("%1 minutes").replace("%1", str(z.minutes)),
                          _t("Cost: %1").replace("%1", money_text(z.cost, self.currency))))
