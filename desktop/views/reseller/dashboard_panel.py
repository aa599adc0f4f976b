"""The reseller dashboard: margin per month, customers won and lost, top customers by margin and
customers whose payments fail. Always drawn from the local store (docs/resellers.md#dashboard):
online the provider's newest figures are fetched into it first, offline the store's last ones
show, saying when they were fetched. Loaded off the UI thread; Enter on a customer opens it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHeaderView, QVBoxLayout, QWidget

from desktop import i18n
from desktop.charts.reseller_charts import CustomersChart, MarginChart, margin_words
from desktop.models.money import money_text
from desktop.models.reseller.dashboard_models import FailingModel, TopMarginModel
from desktop.tasks import Op
from desktop.views.field_errors import describe
from desktop.views.page_kit import show_status, status_line, wrapped_label
from desktop.views.record_table import RecordTable


class ResellerDashboardPanel(QWidget):
    customer_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reseller_dashboard")
        self.figures: Any = None
        self.fresh = False
        self.currency = ""
        self.loaded = False
        self.summary = wrapped_label(self, "dashboard_summary")
        self.status = status_line(self, "dashboard_status")
        self.margin_chart: MarginChart | None = None
        self.customers_chart = CustomersChart(
            self.tr("Customers won and lost"),
            lambda m: self.tr("Won: %1, lost: %2").replace("%1", str(m.won)).replace("%2", str(m.lost)),
            self.tr("No customer won or lost in the last 12 months."), self)
        self.top = RecordTable(TopMarginModel(self), self, "top_by_margin")
        self.failing = RecordTable(FailingModel(self), self, "failing_payments", source_order=True)
        for table in (self.top, self.failing):
            table.on_activate = lambda row: self.customer_chosen.emit(int(row.account_id))
            table.setToolTip(self.tr("Enter or a double click opens the customer."))
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.top.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.grid = QGridLayout()
        self.grid.addWidget(self.customers_chart, 0, 1)
        self.grid.addWidget(self._box(self.tr("Top customers by margin"), self.top), 1, 0)
        self.grid.addWidget(self._box(self.tr("Customers with failing payments"), self.failing), 1, 1)
        for n in range(2):
            self.grid.setColumnStretch(n, 1)
            self.grid.setRowStretch(n, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(self.grid, 1)

    def _box(self, title: str, table: RecordTable) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(table)
        return box

    def _chart(self, currency: str) -> MarginChart:
        """The margin chart in the reseller's currency (its axis is made for one currency)."""
        if self.margin_chart is None or self.margin_chart.currency != currency:
            if self.margin_chart is not None:
                self.margin_chart.deleteLater()
            self.margin_chart = MarginChart(
                currency, self.tr("Margin per month (%1)").replace("%1", currency),
                margin_words(self.tr("Billed %1, wholesale %2, margin %3")),
                self.tr("No month invoiced at wholesale yet."), self)
            self.grid.addWidget(self.margin_chart, 0, 0)
        return self.margin_chart

    def load(self, source: Any, currency: str) -> None:
        """`source`: the reseller dashboard source (the store, fetched into first when online)."""
        self.currency = currency
        if self.figures is None:
            for table in (self.top, self.failing):
                table.set_empty_text(self.tr("Loading…"))
        show_status(self.status, self.tr("Loading the dashboard…"))
        Op(source.figures).success(self._show).key(f"reseller:dashboard:{id(self)}").failure(self._failed).run()

    def _failed(self, err: Any) -> None:
        show_status(self.status, describe(err), error=True)
        if self.figures is None:
            for table in (self.top, self.failing):
                table.set_empty_text(self.tr("Not loaded: see the message above."))

    def _show(self, answer: tuple[Any, bool]) -> None:
        figures, self.fresh = answer
        self.figures = figures
        when = QLocale(i18n.locale_name()).toString(
            QDateTime(figures.fetched_at.astimezone()).toLocalTime(), QLocale.FormatType.ShortFormat)
        if self.fresh:
            show_status(self.status, "")
        else:
            show_status(self.status, self.tr("Offline: the figures as fetched on %1.").replace("%1", when))
        total = money_text(figures.margin_total(self.currency), self.currency)
        others = " · ".join(money_text(figures.margin_total(c), c)
                            for c in figures.other_currencies(self.currency))
        text = self.tr("Active customers: %1 · Margin, 12 months: %2").replace(
            "%1", str(figures.active_customers)).replace("%2", total)
        self.summary.setText(text + (f" · {others}" if others else ""))
        self._chart(self.currency).set_months(figures.margin_in(self.currency))
        self.customers_chart.set_months(figures.customers)
        self.top.set_empty_text(self.tr("No margin in the last 12 months."))
        self.failing.set_empty_text(self.tr("No customer's payments are failing."))
        self.top.source.set_records(figures.top)
        self.failing.source.set_records(figures.failing)
        for table in (self.top, self.failing):
            table.resizeColumnsToContents()
        self.loaded = True
