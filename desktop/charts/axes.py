"""Axis and hover helpers shared by the charts: currency ticks in the UI locale, a read-out that
follows the mouse. Plotting coordinates are floats (pixels); the amounts shown in text are the
Decimal figures themselves, looked up by position, never the float back."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPalette

from desktop.models.payments.formatting import money_text


def follow_palette(plot: pg.PlotWidget) -> None:
    """Background and axes in the widget's palette (pyqtgraph's own default is black on white text
    regardless of the app's theme)."""
    pal = plot.palette()
    plot.setBackground(pal.color(QPalette.ColorRole.Base))
    text = pal.color(QPalette.ColorRole.Text)
    item = plot.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(text))
        axis.setTextPen(pg.mkPen(text))
    item.titleLabel.setText(item.titleLabel.text, color=text.name())
    if item.legend is not None:
        item.legend.setLabelTextColor(text)


class CurrencyAxis(pg.AxisItem):
    def __init__(self, currency: str, **kwargs: Any) -> None:
        super().__init__("left", **kwargs)
        self.currency = currency

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        whole = spacing >= 1
        return [money_text(Decimal(round(v)) if whole else Decimal(str(round(v, 2))), self.currency)
                .removesuffix(",00").removesuffix(".00") for v in values]


class HoverReadout:
    """A text item that shows `describe(x, y)` at the mouse while it is over the plot;
    `describe` returns None where there is nothing to say."""

    def __init__(self, plot: pg.PlotWidget, describe: Callable[[float, float], str | None]) -> None:
        self.plot, self.describe = plot, describe
        self.label = pg.TextItem("", anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 230),
                                 color=(20, 20, 20), border=pg.mkPen(120, 120, 120))
        self.label.setZValue(100)
        self.label.hide()
        plot.addItem(self.label, ignoreBounds=True)
        dash = pg.QtCore.Qt.PenStyle.DashLine
        self.line = pg.InfiniteLine(angle=90, pen=pg.mkPen(120, 120, 120, 160, style=dash))
        self.line.hide()
        plot.addItem(self.line, ignoreBounds=True)
        plot.scene().sigMouseMoved.connect(self.moved)
        self.text = ""

    def moved(self, pos: QPointF) -> None:
        vb = self.plot.getPlotItem().vb
        if not self.plot.sceneBoundingRect().contains(pos) or not vb.sceneBoundingRect().contains(pos):
            self.hide()
            return
        point = vb.mapSceneToView(pos)
        self.show_at(point.x(), point.y())

    def show_at(self, x: float, y: float) -> None:
        text = self.describe(x, y)
        if not text:
            self.hide()
            return
        self.text = text
        self.label.setText(text)
        (x0, x1), (y0, y1) = self.plot.getPlotItem().vb.viewRange()
        # Keep the box inside the plot: flip it to the left half / below the top when near an edge.
        self.label.setAnchor((1 if x > (x0 + x1) / 2 else 0, 0 if y > (y0 + y1) / 2 else 1))
        self.label.setPos(x, y)
        self.line.setPos(x)
        self.label.show()
        self.line.show()

    def hide(self) -> None:
        self.text = ""
        self.label.hide()
        self.line.hide()
