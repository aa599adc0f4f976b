"""Invoices: every invoice and credit note, newest first, filtered by status, type and period and
searched by number where the data is (store or provider), loaded page by page as the user
scrolls, sorted through a proxy. Enter opens one (items and itemized calls); Save as PDF and
Compare months work from the local store, offline too."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QWidget,
)

from desktop.models.invoices.invoices_model import InvoicesModel
from desktop.sources.invoices import InvoiceQuery, InvoicesSource
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.form_rows import line_edit
from desktop.views.invoices.invoice_errors import explain
from desktop.views.page_kit import buddy_label, hbox, heading, named_button, vbox, wrapped_label
from desktop.views.pages import DataPage, PageContext, register
from desktop.views.record_table import RecordTable

SEARCH_DELAY_MS = 300  # wait for the typing to pause before asking again


@register("invoices")
class InvoicesPage(DataPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InvoicesModel(self)
        self.model.more_wanted.connect(self._load_more)
        self.table = RecordTable(self.model, self, "invoices_table", source_order=True,
                                 highlight_header=False)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._gate())
        self.status_filter = self._combo("status_filter", [
            (self.tr("All"), None), (self.tr("Open"), "open"), (self.tr("Paid"), "paid"),
            (self.tr("Credited"), "credited")])
        self.kind_filter = self._combo("kind_filter", [
            (self.tr("All"), None), (self.tr("Invoices"), "invoice"),
            (self.tr("Credit notes"), "credit_note")])
        self.period_filter = self._combo("period_filter", [(self.tr("All periods"), None)])
        self.number = line_edit(self, "number_search", placeholder=self.tr("e.g. 2026-0001"))
        self.number.setClearButtonEnabled(True)
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9-]{0,16}"), self))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.number.textEdited.connect(lambda _t: self._search_timer.start())
        self.number.returnPressed.connect(self._search_now)
        self.open_button = named_button(self.tr("&Open invoice"), "open_invoice", self,
                                        on_click=self.open_selected)
        self.pdf_button = named_button(self.tr("Save as &PDF…"), "save_pdf", self, on_click=self.save_pdf)
        self.compare_button = named_button(self.tr("Compare &months…"), "compare_months", self,
                                           on_click=self.compare_months)
        self.export_button = named_button(self.tr("E&xport period…"), "export_period", self,
                                          on_click=self.export_period)
        self.refresh_button = named_button(self.tr("&Refresh"), "refresh", self, on_click=self.reload)
        self.status = wrapped_label(self, "invoices_status")
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Status:"), self.status_filter), (self.tr("&Type:"), self.kind_filter),
                             (self.tr("P&eriod:"), self.period_filter), (self.tr("&Number:"), self.number)):
            label = buddy_label(text, widget, self)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.number else 0)
        filters.addWidget(self.refresh_button)
        actions = hbox(self.open_button, self.pdf_button, self.compare_button, self.export_button, 1)
        vbox(self, heading(self.tr("Invoices"), self), filters, (self.table, 1), actions, self.status)
        for combo in (self.status_filter, self.kind_filter, self.period_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        # Tab in reading order (the table was made first, which would put it first).
        chain = (self.status_filter, self.kind_filter, self.period_filter, self.number, self.refresh_button,
                 self.table, self.open_button, self.pdf_button, self.compare_button, self.export_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.source: InvoicesSource | None = None
        self.cursor: str | None = None
        self.loaded = False
        self._periods: set[str] = set()
        self._gate()

    def _combo(self, name: str, entries: list[tuple[str, str | None]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in entries:
            combo.addItem(text, value)
        return combo

    # -- state ----------------------------------------------------------------------------------
    def context_changed(self, ctx: PageContext | None) -> None:
        self.source = None
        self._periods.clear()
        self._gate()

    def query(self) -> InvoiceQuery:
        return InvoiceQuery(status=self.status_filter.currentData(), kind=self.kind_filter.currentData(),
                            period=self.period_filter.currentData(), number=self.number.text())

    def selected(self) -> Any:
        return self.table.current()

    def _gate(self) -> None:
        ctx = self.ctx
        gate(self.open_button, ctx, "billing.read", needs_provider=False)
        gate(self.pdf_button, ctx, "billing.read", needs_provider=False)
        gate(self.refresh_button, ctx, "billing.read", needs_provider=False)
        stored = ctx is not None and ctx.sources.invoices.stored
        if gate(self.compare_button, ctx, "billing.read", needs_provider=False) and not stored:
            self.compare_button.setEnabled(False)
            self.compare_button.setToolTip(self.tr("Compares the months stored on this computer; "
                                                   "available after the first sync."))
        if gate(self.export_button, ctx, "billing.read", needs_provider=False) and not stored:
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(self.tr("Exports the invoices stored on this computer; "
                                                  "available after the first sync."))
        if self.selected() is None:
            for button in (self.open_button, self.pdf_button):
                if button.isEnabled():
                    button.setEnabled(False)
                    button.setToolTip(self.tr("Choose an invoice in the list first."))

    # -- loading --------------------------------------------------------------------------------
    def _source(self) -> InvoicesSource | None:
        if self.source is None and self.ctx is not None and self.ctx.me is not None:
            self.source = self.ctx.sources.invoices
        return self.source

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.reload()

    def reload(self) -> None:
        self._search_timer.stop()
        if self.ctx is None or self.ctx.me is None:
            return
        source = self._source()
        if source is None or not source.readable:
            self.status.setText(explain(LookupError()))  # nothing on this computer, no provider
            self.loaded = True
            return
        if not self.model.rowCount():
            self.status.setText(self.tr("Loading…"))
        self.cursor = None
        Op(source.page, self.query()).success(lambda r: self._page(r, first=True)).failure(
            self._failed).key(f"invoices-{id(self)}").run()
        Op(source.periods).success(self._add_periods).failure(lambda _e: None).key(
            f"invoice-periods-{id(self)}").run()

    def _load_more(self) -> None:
        if self.source is None or self.cursor is None:
            self.model.loading = False
            return
        Op(self.source.page, self.query(), self.cursor).success(
            lambda r: self._page(r, first=False)).failure(self._failed).key(f"invoices-{id(self)}").run()

    def _page(self, result: tuple[list[Any], str | None], first: bool) -> None:
        if not shiboken6.isValid(self.status):  # the page went away while the Op ran
            return
        invoices, self.cursor = result
        if first:
            self.model.set_records(invoices, has_more=self.cursor is not None)
            self.table.resizeColumnsToContents()
            if invoices:
                self.table.setCurrentIndex(self.table.model().index(0, 0))
            filtered = any(self.query().params().values())
            self.status.setText("" if invoices else self.tr("No invoice matches these filters.") if filtered
                                else self.tr("No invoices yet."))
        else:
            self.model.append_page(invoices, has_more=self.cursor is not None)
        self._add_periods([i.period for i in invoices if i.period])
        self.loaded = True
        self._gate()

    def _add_periods(self, periods: list[str]) -> None:
        if not shiboken6.isValid(self.period_filter):
            return
        new = set(periods) - self._periods
        if not new:
            return
        self._periods |= new
        combo = self.period_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for period in sorted(self._periods, reverse=True):
            combo.addItem(period, period)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def _failed(self, err: BaseException) -> None:
        if not shiboken6.isValid(self.status):
            return
        self.model.loading = False
        self.status.setText(explain(err))
        self.loaded = True

    # -- actions --------------------------------------------------------------------------------
    def open_selected(self) -> None:
        invoice = self.selected()
        if invoice is None or self.source is None or not self.open_button.isEnabled():
            return
        from desktop.views.invoices.invoice_dialog import InvoiceDialog

        self.dialog = InvoiceDialog(self.ctx, self.source, invoice, self)
        self.dialog.open()

    def save_pdf(self) -> None:
        invoice = self.selected()
        if invoice is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save invoice"), f"{invoice.number}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.export_pdf(invoice, Path(path))

    def export_pdf(self, invoice: Any, path: Path) -> None:
        self.status.setText(self.tr("Saving %1…").replace("%1", path.name))
        Op(self.ctx.sources.invoices.save_pdf, invoice.id, path).success(self._saved).failure(
            self._failed).key(f"invoices-pdf-{id(self)}").run()

    def _saved(self, path: Path) -> None:
        if shiboken6.isValid(self.status):
            self.status.setText(self.tr("Saved %1.").replace("%1", str(path)))

    def export_period(self) -> None:
        """Ask for a period and a folder, then export from the store off the UI thread, with
        progress and cancel."""
        if self.ctx is None or not self.ctx.sources.invoices.stored:
            return
        from desktop.views.invoices.export_period_dialog import ExportPeriodDialog
        from desktop.views.invoices.period_export import default_period, run_export

        first, last = default_period(date.today())
        dialog = ExportPeriodDialog(first, last, Path.home(), self)
        if dialog.exec() != ExportPeriodDialog.DialogCode.Accepted:
            return
        self.export_handle = run_export(self, self.ctx, *dialog.period(), dialog.out_dir(),
                                        on_done=self._exported, on_failed=self._failed)

    def _exported(self, result: tuple[Path, int]) -> None:
        path, count = result
        if shiboken6.isValid(self.status):
            self.status.setText(self.tr("Exported %n invoice(s) to %1.", "", count)
                                .replace("%1", str(path)))

    def compare_months(self) -> None:
        if self.ctx is None or not self.ctx.sources.invoices.stored:
            return
        from desktop.views.invoices.compare_dialog import CompareMonthsDialog

        self.compare_dialog = CompareMonthsDialog(self.ctx, parent=self)
        self.compare_dialog.open()
