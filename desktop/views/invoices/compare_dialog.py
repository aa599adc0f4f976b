"""Review invoices from the local store: two months side by side (calls and amounts per zone,
totals), the calls of the second month searchable, a call flagged to dispute with a note (kept
locally, sent by the next sync when online), and the month's invoice saved as PDF. Works offline:
everything here reads the store, in Ops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QWidget,
)

from desktop.models.invoices.compare_models import CallsModel, CompareModel
from desktop.models.money import money_text
from desktop.sources.invoices import MonthsCompared
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import buddy_label, hbox, named_button, vbox, wrapped_label
from desktop.views.pages import PageContext
from desktop.views.record_table import RecordTable


class CompareMonthsDialog(QDialog):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = ctx.sources.invoices
        self.setWindowTitle(self.tr("Compare months"))
        self.resize(900, 640)
        self.month_a = QComboBox(self)
        self.month_a.setObjectName("month_a")
        self.month_b = QComboBox(self)
        self.month_b.setObjectName("month_b")
        form_a, form_b = QFormLayout(), QFormLayout()
        form_a.addRow(self.tr("Month &A:"), self.month_a)
        form_b.addRow(self.tr("Month &B:"), self.month_b)
        months = hbox(form_a, form_b, 1)
        from desktop.i18n import current_language
        from desktop.reports.labels import zone_name

        lang = current_language()
        self.compare_model = CompareModel(self)
        self.compare_model.zone_label = lambda zone: zone_name(zone, lang)
        self.compare = RecordTable(self.compare_model, self, "comparison", sortable=False)
        self.calls_model = CallsModel(self)
        self.calls_model.zone_label = self.compare_model.zone_label
        self.calls = RecordTable(self.calls_model, self, "calls")
        self.proxy = self.calls.proxy
        assert self.proxy is not None
        self.calls.doubleClicked.connect(lambda _i: self.flag_selected())
        self.search = line_edit(self, "search", placeholder=self.tr("Search number, zone, date…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        search_label = buddy_label(self.tr("&Search calls of month B:"), self.search, self)
        self.flag_button = named_button(self.tr("&Flag call to dispute…"), "flag_call", self,
                                        on_click=self.flag_selected)
        self.pdf_button = named_button(self.tr("Save month B as &PDF…"), "save_pdf", self,
                                       on_click=self.save_pdf)
        self.status = wrapped_label(self, "status")
        actions = hbox(search_label, (self.search, 1), self.flag_button, self.pdf_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        vbox(self, months, (self.compare, 2), actions, (self.calls, 3), self.status, buttons)
        gate(self.flag_button, ctx, "billing.payments", needs_provider=False,
             tooltip=self.tr("Kept on this computer and sent to the provider when online."))
        gate(self.pdf_button, ctx, "billing.read", needs_provider=False)
        self.month_a.currentIndexChanged.connect(self.reload)
        self.month_b.currentIndexChanged.connect(self.reload)
        Op(self.source.periods).success(self._periods).key("review.periods").run()

    def _money(self, amount: Any) -> str:
        return money_text(amount, self.ctx.me.account.currency)

    def _periods(self, periods: list[str]) -> None:
        for box in (self.month_a, self.month_b):
            box.blockSignals(True)
            box.clear()
            box.addItems(periods)
            box.blockSignals(False)
        if not periods:
            self.status.setText(self.tr("No invoices on this computer yet."))
            return
        self.month_b.setCurrentIndex(0)
        self.month_a.setCurrentIndex(min(1, len(periods) - 1))
        self.reload()

    def reload(self) -> None:
        a, b = self.month_a.currentText(), self.month_b.currentText()
        if a and b:
            Op(self.source.compare, a, b).success(self._loaded).failure(self._failed).key("review.load").run()

    def _loaded(self, months: MonthsCompared) -> None:
        self.month_b_summary = months.b
        self.compare_model.set_months(months.a, months.b, self._money)
        self.calls_model.set_calls(months.calls, months.disputes)
        self.compare.fit_columns()
        self.calls.fit_columns()

    def _failed(self, err: BaseException) -> None:
        self.status.setText(str(err))

    def selected_call(self) -> Any:
        return self.calls.selected()

    def flag_selected(self) -> None:
        call = self.selected_call()
        if call is None or not self.flag_button.isEnabled():
            self.status.setText(self.tr("Choose a call first."))
            return
        note, ok = QInputDialog.getText(self, self.tr("Dispute call"), self.tr(
            "What is wrong with the call to +%1?").replace("%1", call.to_number))
        if ok:
            self.flag_call(call.id, note)

    def flag_call(self, call_id: int, note: str) -> None:
        Op(self.source.keep_dispute, call_id, note).success(lambda _r: self._flagged()).failure(
            self._failed).key("review.flag").run()

    def _flagged(self) -> None:
        self.status.setText(self.tr("Dispute kept on this computer; it is sent to the provider with "
                                    "the next sync."))
        self.reload()

    def save_pdf(self) -> None:
        mb = getattr(self, "month_b_summary", None)
        if mb is None or mb.invoice is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save invoice"), f"{mb.invoice.number}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.export_pdf(mb.invoice.id, Path(path))

    def export_pdf(self, invoice_id: int, path: Path) -> None:
        Op(self.source.save_pdf, invoice_id, path).success(
            lambda p: self.status.setText(self.tr("Saved %1.").replace("%1", str(p)))).failure(
            self._failed).key("review.pdf").run()
