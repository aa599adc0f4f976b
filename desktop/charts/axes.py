"""Axis, legend and hover helpers shared by the charts: currency ticks, dates and months named in
the UI language (pyqtgraph's own date axis names them through strftime, in English whatever the
UI says), a legend under the plot rather than over the data, words where a chart has no data, and
a read-out that follows the mouse. Plotting coordinates are floats (pixels); the amounts shown in
text are the Decimal figures themselves, looked up by position, never the float back."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop import i18n
from desktop.models.money import money_text

LEGEND_ROW = 4  # PlotItem's grid: 0 title, 1 top axis, 2 the plot, 3 bottom axis


def ui_locale() -> QLocale:
    """The locale dates are written in: the UI language's, as desktop.models.dates uses (the
    system's country may speak another language than the one chosen in Switchboard)."""
    return QLocale(i18n.locale_name())


def month_index(period: str) -> int:
    """"2026-03" as a whole number of months (year * 12 + month - 1): one unit per bar."""
    return int(period[:4]) * 12 + int(period[5:7]) - 1


def month_name(index: int, fmt: str = "MMMM yyyy") -> str:
    year, month = divmod(int(index), 12)
    return ui_locale().toString(QDate(year, month + 1, 1), fmt)


def follow_palette(plot: pg.PlotWidget) -> None:
    """Background, axes, title, legend and the no-data words in the widget's palette (pyqtgraph's
    own default is black on white text regardless of the app's theme)."""
    pal = plot.palette()
    plot.setBackground(pal.color(QPalette.ColorRole.Base))
    text = pal.color(QPalette.ColorRole.Text)
    item = plot.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(text))
        axis.setTextPen(pg.mkPen(text))
    item.titleLabel.setText(item.titleLabel.text, color=text.name())
    legend = getattr(plot, "legend_below", None)
    if legend is not None:
        legend.setLabelTextColor(text)
        for _sample, label in legend.items:  # setLabelTextColor keeps the drawn text as it was
            label.setText(label.text)
    note = getattr(plot, "empty_note", None)
    if note is not None:
        note.set_colour(pal.color(QPalette.ColorRole.PlaceholderText))


def legend_below(plot: pg.PlotWidget, columns: int) -> pg.LegendItem:
    """A legend in its own row under the bottom axis: it never covers a bar or a line, so the
    plot needs no headroom kept free for it. It takes `columns` entries a row where the chart is
    wide enough, fewer where not (a legend wider than the chart would widen the plot past it)."""
    legend = pg.LegendItem(colCount=columns, horSpacing=LEGEND_SPACING, verSpacing=-4)
    legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # centred, not stretched
    layout = plot.getPlotItem().layout
    layout.addItem(legend, LEGEND_ROW, 1)
    layout.setAlignment(legend, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    plot.legend_below = legend  # type: ignore[attr-defined]
    plot.legend_fit = _LegendFit(plot, legend, columns)  # type: ignore[attr-defined]
    return legend


LEGEND_SPACING = 16


def legend_width(legend: pg.LegendItem, columns: int) -> float:
    """How wide the legend is laid out in `columns` columns: per column its widest entry."""
    widths = [sample.boundingRect().width() + label.item.boundingRect().width() + 2 * LEGEND_SPACING
              for sample, label in legend.items]
    return sum(max(widths[c::columns], default=0.0) for c in range(columns))


class _LegendFit(QObject):
    def __init__(self, plot: pg.PlotWidget, legend: pg.LegendItem, columns: int) -> None:
        super().__init__(plot)
        self.plot, self.legend, self.columns = plot, legend, columns
        plot.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        # The legend sits under the plot's own column: the widget less the currency axis, whose
        # width follows its tick labels (so a few pixels are kept for wider ones).
        axis = self.plot.getPlotItem().getAxis("left")
        room = self.plot.width() - max(axis.width(), 70) - 2 * LEGEND_SPACING
        wanted = [c for c in (self.columns, 2, 1) if c <= self.columns]
        columns = next((c for c in wanted if legend_width(self.legend, c) <= room), 1)
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)


class EmptyNote:
    """Words in the middle of a plot that has no data, instead of axes ticking an empty range
    (which pyqtgraph labels 0 to 1: "00.100" on a date axis). `show(text)` hides the axes and
    stops panning; `hide()` brings them back."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        self.plot = plot
        vb = plot.getPlotItem().vb
        # A child of the ViewBox itself (not of its panned and zoomed contents): it stays put.
        self.label = pg.TextItem("", anchor=(0.5, 0.5))
        self.label.setParentItem(vb)
        self.label.hide()
        vb.sigResized.connect(self._place)
        self.text = ""
        self._mouse = (bool(vb.state["mouseEnabled"][0]), bool(vb.state["mouseEnabled"][1]))

    def set_colour(self, colour: QColor) -> None:
        self.label.setColor(colour)

    def show(self, text: str) -> None:
        item = self.plot.getPlotItem()
        if not self.text:
            self._mouse = (bool(item.vb.state["mouseEnabled"][0]), bool(item.vb.state["mouseEnabled"][1]))
        self.text = text
        self.label.setText(text)
        for name in ("left", "bottom"):
            item.getAxis(name).hide()  # hideAxis() would also drop its layout room and shift the note
        item.showGrid(x=False, y=False)
        item.vb.setMouseEnabled(x=False, y=False)
        self.label.show()
        self._place()

    def hide(self) -> None:
        if not self.text:
            return
        item = self.plot.getPlotItem()
        self.text = ""
        self.label.hide()
        for name in ("left", "bottom"):
            item.getAxis(name).show()
        item.vb.setMouseEnabled(*self._mouse)

    @property
    def shown(self) -> bool:
        return bool(self.text)

    def _place(self, *_args: Any) -> None:
        rect = self.plot.getPlotItem().vb.rect()
        self.label.setPos(rect.center())


class CurrencyAxis(pg.AxisItem):
    def __init__(self, currency: str, **kwargs: Any) -> None:
        super().__init__("left", **kwargs)
        self.currency = currency
        # Amounts on the major ticks only: on a tall chart the finer levels label
        # every CHF 10, a column of figures no one reads.
        self.setStyle(maxTextLevel=0)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        whole = spacing >= 1
        return [money_text(Decimal(round(v)) if whole else Decimal(str(round(v, 2))), self.currency)
                .removesuffix(",00").removesuffix(".00") for v in values]


LABEL_GAP = 6  # pixels kept free between two tick labels


def spaced(specs: list[Any], gap: float = LABEL_GAP) -> list[Any]:
    """Tick label draw specs (rect, flags, text), the first level first as pyqtgraph makes them,
    without any label that would touch one kept before it: pyqtgraph draws every level it finds
    room for in total, so a finer level's "2" could sit right against a coarser "Jan" ("Jan2")."""
    kept: list[Any] = []
    for spec in specs:
        grown = spec[0].adjusted(-gap / 2, 0, gap / 2, 0)
        if not any(grown.intersects(other[0].adjusted(-gap / 2, 0, gap / 2, 0)) for other in kept):
            kept.append(spec)
    return kept


class SpacedAxis(pg.AxisItem):
    """An axis whose tick labels never touch or overlap (see spaced()), and whose labels near an
    end are moved inside rather than dropped (pyqtgraph leaves out a label centred so close to
    an end that it would stick out: the first month, the first zone went missing)."""

    _measuring = False

    def boundingRect(self) -> Any:  # pyqtgraph's name
        rect = super().boundingRect()
        if self._measuring and self.orientation in ("top", "bottom"):
            return rect.adjusted(-10_000, 0, 10_000, 0)
        return rect

    def generateDrawSpecs(self, p: Any) -> Any:  # pyqtgraph's name
        self._measuring = True
        try:
            specs = super().generateDrawSpecs(p)
        finally:
            self._measuring = False
        if specs is None:
            return None
        axis, ticks, texts = specs
        bounds = self.boundingRect()
        inside = []
        for rect, flags, text in texts:
            if rect.width() > bounds.width():
                continue
            shift = max(bounds.left() - rect.left(), 0.0) or min(bounds.right() - rect.right(), 0.0)
            inside.append((rect.translated(shift, 0), flags, text))
        return axis, ticks, spaced(inside)


# pyqtgraph's strftime formats for its date ticks, and the same in Qt's notation.
_QT_FORMATS = {"%Y": "yyyy", "%b": "MMM", "%d": "d", "%a %d": "ddd d", "%H:%M": "HH:mm",
               "%H:%M:%S": "HH:mm:ss", "%S.%f": "ss.zzz"}


class DateAxis(pg.DateAxisItem, SpacedAxis):
    """pyqtgraph's date axis (its tick positions and zoom levels) with the labels written by
    QLocale in the UI language: "Dez." and "Mai" in German, not "Dec" and "May"; a finer
    level's label never glued to a coarser one (SpacedAxis)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("bottom", **kwargs)
        # pyqtgraph sets this at the first paint; ticks asked for before that (a test, a hidden
        # chart) measure with the axis's own font.
        self.fontMetrics = QFontMetrics(self.style.get("tickFont") or self.font())
        # Room for one line of labels from the start: pyqtgraph grows the axis only after it drew
        # a label, and at a narrow width it dropped them all first for want of that room.
        self.setHeight(self.fontMetrics.height() + 16)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        fmt = _QT_FORMATS.get(spec.format if spec is not None else "%Y", "yyyy")
        locale = ui_locale()
        out = []
        for v in values:
            try:
                moment = QDateTime.fromSecsSinceEpoch(int(round(v)))  # local time, as the hover's dates
            except OverflowError:
                out.append("")
                continue
            out.append(locale.toString(moment, fmt) if moment.isValid() else "")
        return out


class MonthAxis(SpacedAxis):
    """Months as whole numbers (month_index): each tick sits under the middle of its month's bar,
    named in the UI language, with the year under the first tick and under January; when the
    months do not all fit, every 2nd, 3rd, 6th... month is named, on calendar boundaries."""

    STEPS = (1, 2, 3, 4, 6, 12, 24, 60, 120)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("bottom", **kwargs)
        metrics = self._metrics()
        self.setHeight(2 * metrics.height() + 12)  # two lines: the month, the year

    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.style.get("tickFont") or self.font())

    def _label_width(self) -> int:
        metrics = self._metrics()
        names = [month_name(2026 * 12 + m, "MMM") for m in range(12)] + ["2026"]
        return max(metrics.horizontalAdvance(n) for n in names) + 16

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        first, last = math.ceil(minVal - 1e-9), math.floor(maxVal + 1e-9)
        if last < first or size <= 0:
            return []
        fits = max(1, int(size // self._label_width()))
        step = next((s for s in self.STEPS if (last - first) // s + 1 <= fits), self.STEPS[-1])
        return [(float(step), [float(m) for m in range(first, last + 1) if m % step == 0])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for i, v in enumerate(values):
            m = int(round(v))
            if spacing >= 12:
                out.append(month_name(m, "yyyy"))
            else:
                out.append(month_name(m, "MMM\nyyyy" if i == 0 or m % 12 == 0 else "MMM"))
        return out


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



class Chart(pg.PlotWidget):
    """What every chart here has: a read-out that follows the mouse (the chart's `describe`), words
    instead of empty axes while there is no data, and the palette's colours."""

    hover: HoverReadout
    empty_note: EmptyNote

    def __init__(self, parent: QWidget | None, name: str, title: str, axes: dict[str, pg.AxisItem], *,
                 grid_x: bool | None = None, pan_x: bool = True) -> None:
        """A chart named `name` (tests and screenshots find it so) with its title above, the value
        grid across (and the time grid too with `grid_x`), panned (if `pan_x`) only sideways."""
        super().__init__(parent, axisItems=axes)
        self.setObjectName(name)
        self.setTitle(title)
        self.showGrid(x=grid_x, y=True, alpha=0.2)
        self.setMouseEnabled(x=pan_x, y=False)

    def finish(self) -> None:
        """The last step of building a chart, once its items are added."""
        self.hover = HoverReadout(self, self.describe)
        self.empty_note = EmptyNote(self)
        follow_palette(self)

    def describe(self, x: float, y: float) -> str | None:
        """The words for the point under the mouse, or None."""
        return None

    def show_data(self, has_data: bool, empty_text: str) -> bool:
        """After new data was set: the read-out hidden; without data `empty_text` instead of the
        axes and the legend (if the chart has one). True when there is data to range over."""
        self.hover.hide()
        legend = getattr(self, "legend_below", None)
        if not has_data:
            if legend is not None:
                legend.hide()
            self.empty_note.show(empty_text)
            return False
        self.empty_note.hide()
        if legend is not None:
            legend.show()
            self.legend_fit.fit()  # type: ignore[attr-defined]
        return True
