"""Payment history: completed payments and refunds, newest first, sortable and searchable."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.payments.payments_model import PaymentsModel
from desktop.tasks import Op
from desktop.views.field_errors import describe
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import buddy_label, heading
from desktop.views.pages import DataPage, register
from desktop.views.record_table import RecordTable


@register("payment_history")
class PaymentHistoryPage(DataPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PaymentsModel(self)
        self.table = RecordTable(self.model, self, "payments_table", source_order=True, stretch_column=2,
                                 highlight_header=False)
        self.search = line_edit(self, "payments_search", placeholder=self.tr("Reference, card or purpose"))
        self.search.setClearButtonEnabled(True)
        assert self.table.proxy is not None
        self.search.textChanged.connect(self.table.proxy.setFilterFixedString)
        search_label = buddy_label(self.tr("&Search:"), self.search, self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        self.status = QLabel(self)
        self.status.setObjectName("payments_status")
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Payment history"), self))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.search, self.refresh_button)  # reading order: the table was made first
        QWidget.setTabOrder(self.refresh_button, self.table)
        self.loaded = False

    def reload(self) -> None:
        if self.ctx is None or self.ctx.me is None:
            return
        Op(self.ctx.sources.payments.history).success(self._loaded).failure(
            lambda e: self.status.setText(describe(e))).key(f"payments-{id(self)}").run()

    def _loaded(self, payments: list[Any]) -> None:
        self.model.set_records(payments)
        self.table.resizeColumnsToContents()
        self.status.setText("" if payments else self.tr("No payments yet."))
        self.loaded = True
