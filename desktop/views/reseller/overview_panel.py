"""The reseller's consolidated overview: customers, balances, revenue of the last 12 months per
month, top customers, open and overdue invoices. Numbers and plain tables; no chart library."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.models.reseller.overview_models import (
    RevenueModel,
    TopCustomersModel,
    invoices_text,
    totals_text,
)
from desktop.tasks import Op
from desktop.views.field_errors import describe
from desktop.views.page_kit import named_button, show_status, status_line
from desktop.views.record_table import RecordTable


class OverviewPanel(QWidget):
    customer_chosen = Signal(int)  # a top customer opened (Enter or double click)
    open_invoices_wanted = Signal()  # the customer list, filtered to those with open invoices

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Any = None
        self.currency = ""
        self.offline = False  # an answer arriving after the app went offline is not shown
        self.loaded = False
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        rows = (("customers", self.tr("Customers:")), ("balances", self.tr("Prepaid balances:")),
                ("revenue", self.tr("Revenue, last 12 months (net):")),
                ("open", self.tr("Open invoices (gross):")), ("overdue", self.tr("Overdue:")))
        for n, (key, text) in enumerate(rows):
            value = QLabel(self)
            value.setObjectName(f"overview_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel(text, self)
            value.setAccessibleName(text.rstrip(":"))
            grid.addWidget(label, n, 0)
            grid.addWidget(value, n, 1)
            self.figures[key] = value
        self.open_button = named_button(self.tr("Customers with open &invoices"), "show_open_invoices", self)
        self.open_button.setToolTip(self.tr("The customer list with only the customers who have open "
                                            "invoices, the largest open amount first."))
        self.open_button.clicked.connect(self.open_invoices_wanted)
        self.open_button.setEnabled(False)
        grid.addWidget(self.open_button, len(rows), 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        self.months = RecordTable(RevenueModel(self), self, "revenue_by_month")
        self.top = RecordTable(TopCustomersModel(self), self, "top_customers")
        self.top.on_activate = lambda customer: self.customer_chosen.emit(int(customer.id))
        self.top.setToolTip(self.tr("Enter or a double click opens the customer."))
        # Both lists are complete (12 months, 10 customers), so sorting them here is honest; they
        # start in the provider's order: oldest month first, most invoiced first.
        self.months.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.top.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        for table, stretch in ((self.months, 0), (self.top, 1)):  # the words take the spare width
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.status = status_line(self, "overview_status")
        tables = QHBoxLayout()
        tables.addWidget(self._box(self.tr("Revenue per month"), self.months), 2)
        tables.addWidget(self._box(self.tr("Top customers, last 12 months"), self.top), 3)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addLayout(tables, 1)
        QWidget.setTabOrder(self.open_button, self.months)
        QWidget.setTabOrder(self.months, self.top)

    def _box(self, title: str, table: RecordTable) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(table)
        return box

    def load(self, source: Any, currency: str) -> None:
        self.currency = currency
        self.offline = False
        if self.data is None:
            for table in (self.months, self.top):
                table.set_empty_text(self.tr("Loading…"))
        show_status(self.status, self.tr("Loading the overview…"))
        Op(source.overview).success(self.show_overview).key(f"reseller:overview:{id(self)}").failure(
            self._failed).run()

    def _failed(self, err: Any) -> None:
        if self.offline:
            return
        show_status(self.status, describe(err), error=True)
        if self.data is None:
            for table in (self.months, self.top):
                table.set_empty_text(self.tr("Not loaded: see the message above."))

    def show_offline(self) -> None:
        self.offline = True
        self.open_button.setEnabled(False)
        if self.data is None:  # with figures loaded before, the page's offline line says enough
            show_status(self.status, self.tr("Offline: the overview needs a connection to the provider."))
            for table in (self.months, self.top):
                table.set_empty_text(self.tr("Needs a connection to the provider."))

    def show_overview(self, data: Any) -> None:
        if self.offline:
            return
        self.data = data
        show_status(self.status, "")
        self.figures["customers"].setText(str(data.customers))
        self.figures["balances"].setText(totals_text(data.balances, self.currency))
        self.figures["revenue"].setText(totals_text(data.revenue_12_months, self.currency))
        opened = invoices_text(data.open_count)
        if data.open_count:
            opened += " · " + totals_text(data.open_totals, self.currency)
        self.figures["open"].setText(opened)
        self.figures["overdue"].setText(invoices_text(data.overdue))
        self.open_button.setEnabled(data.open_count > 0)
        none = self.tr("No invoices issued in the last 12 months.")
        self.months.set_empty_text(none)
        self.top.set_empty_text(none)
        self.months.source.set_records(data.revenue_by_month)
        self.top.source.set_records(data.top_customers)
        for table in (self.months, self.top):
            table.resizeColumnsToContents()
            table.select_first()
        self.loaded = True
