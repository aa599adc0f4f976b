"""The reseller's consolidated overview: customers, balances, revenue of the last 12 months per
month, top customers, open and overdue invoices. Numbers and plain tables; no chart library."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.payments.formatting import money_text
from desktop.tasks import Op
from desktop.views.field_errors import describe
from desktop.views.page_kit import show_status, status_line

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _totals(amounts: dict[str, Any]) -> str:
    return " · ".join(money_text(v, k) for k, v in sorted(amounts.items())) or money_text(None)


class OverviewPanel(QWidget):
    customer_chosen = Signal(int)  # a top customer opened (Enter or double click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Any = None
        self.loaded = False
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        rows = (("customers", self.tr("Customers")), ("balances", self.tr("Prepaid balances")),
                ("revenue", self.tr("Revenue, last 12 months (net)")),
                ("open", self.tr("Open invoices")), ("overdue", self.tr("Overdue invoices")))
        for n, (key, text) in enumerate(rows):
            value = QLabel(self)
            value.setObjectName(f"overview_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(text + ":", self), n, 0)
            grid.addWidget(value, n, 1)
            self.figures[key] = value
        grid.setColumnStretch(1, 1)
        self.months = self._table("revenue_by_month", [self.tr("Month"), self.tr("Revenue (net)")])
        self.top = self._table("top_customers", [self.tr("User ID"), self.tr("Customer"),
                                                 self.tr("Invoiced, 12 months (net)")])
        self.top.doubleClicked.connect(lambda _i: self._choose())
        self.top.activated.connect(lambda _i: self._choose())
        self.status = status_line(self, "overview_status")
        tables = QGridLayout()
        tables.addWidget(self._box(self.tr("Revenue per month"), self.months), 0, 0)
        tables.addWidget(self._box(self.tr("Top customers"), self.top), 0, 1)
        tables.setColumnStretch(0, 2)
        tables.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addLayout(tables, 1)

    def _box(self, title: str, table: QTableWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(table)
        return box

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def load(self, api: Any, _currency: str) -> None:
        Op(api.overview).success(self.show_overview).key(f"reseller:overview:{id(self)}").failure(
            lambda err: show_status(self.status, describe(err), error=True)).run()

    def show_overview(self, data: Any) -> None:
        self.data = data
        show_status(self.status, "")
        self.figures["customers"].setText(str(data.customers))
        self.figures["balances"].setText(_totals(data.balances))
        self.figures["revenue"].setText(_totals(data.revenue_12_months))
        self.figures["open"].setText(self.tr("%n invoice(s)", "", data.open_count) + " · "
                                     + _totals(data.open_totals))
        self.figures["overdue"].setText(self.tr("%n invoice(s) past due", "", data.overdue))
        self._fill(self.months, [(m.month, money_text(m.net, m.currency)) for m in data.revenue_by_month])
        self._fill(self.top, [(t.user_id, t.name, money_text(t.net, t.currency)) for t in data.top_customers],
                   ids=[t.id for t in data.top_customers])
        self.loaded = True

    def _fill(self, table: QTableWidget, rows: list[tuple[str, ...]], ids: list[int] | None = None) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == len(row) - 1:
                    item.setTextAlignment(RIGHT)
                if ids is not None:
                    item.setData(Qt.ItemDataRole.UserRole, ids[r])
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def _choose(self) -> None:
        item = self.top.item(self.top.currentRow(), 0)
        if item is not None:
            self.customer_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
