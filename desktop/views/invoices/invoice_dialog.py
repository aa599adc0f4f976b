"""One invoice opened: its facts, its items and its itemized calls. The calls load page by page
as the user scrolls (a columnar model: a million calls stay small and smooth); a call can be
disputed and the invoice saved as PDF. Reads from the page's source (store or API) in Ops."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop.models.dates import date_text
from desktop.models.invoices.calls_model import CallsModel
from desktop.models.invoices.invoices_model import InvoiceItemsModel, invoice_status_name
from desktop.models.money import money_text
from desktop.models.payments.payments_model import method_name
from desktop.tasks import Op
from desktop.views.action_gate import gate
from desktop.views.invoices.invoice_errors import explain
from desktop.views.page_kit import buddy_label, hbox, heading, named_button, vbox, wrapped_label
from desktop.views.record_table import RecordTable

CALL_PAGE_GROWTH = 4  # each page of calls this many times the last, up to the source's limit


class InvoiceDialog(QDialog):
    def __init__(self, ctx: Any, source: Any, invoice: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_dialog")
        self.ctx, self.source, self.invoice = ctx, source, invoice
        self.setWindowTitle(self._title())
        self.resize(980, 720)
        from desktop.i18n import current_language
        from desktop.reports.labels import item_text, zone_name

        lang = current_language()
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in (("period", self.tr("Period:")), ("issued", self.tr("Issued:")),
                          ("due", self.tr("Due:")), ("status", self.tr("Status:")),
                          ("payment", self.tr("Payment:")), ("amounts", self.tr("Amounts:"))):
            value = wrapped_label(self, f"fact_{key}")
            # The payment reference and amounts are copied into banking apps: selectable by
            # mouse and keyboard.
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.fact_labels[key] = value
            self.facts.addRow(text, value)
        self.items_model = InvoiceItemsModel(invoice.currency, lambda s: item_text(s, lang), self)
        self.items = RecordTable(self.items_model, self, "items_table", source_order=True, stretch_column=1,
                                 highlight_header=False)
        self.items.setMaximumHeight(self.items.verticalHeader().defaultSectionSize() * 6 + 8)
        self.calls_model = CallsModel(invoice.currency, self)
        self.calls_model.zone_label = lambda zone: zone_name(zone, lang)
        self.calls_model.more_wanted.connect(self._more_calls)
        self.calls = RecordTable(self.calls_model, self, "calls_table", sortable=False, stretch_column=3,
                                 highlight_header=False)
        self.calls.activated.connect(lambda _i: self.dispute_selected())
        self.calls_title = QLabel(self.tr("&Itemized calls (%1):").replace("%1", str(invoice.call_count)),
                                  self)
        self.calls_title.setBuddy(self.calls)
        items_title = buddy_label(self.tr("I&tems:"), self.items, self)
        self.dispute_button = named_button(self.tr("&Dispute a call…"), "dispute_call", self,
                                           on_click=self.dispute_selected)
        self.pdf_button = named_button(self.tr("Save as &PDF…"), "save_pdf", self, on_click=self.save_pdf)
        self.print_button = named_button(self.tr("P&rint…"), "print_invoice", self)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.clicked.connect(self.ask_printer)
        self.open_button = named_button(self.tr("Open in PDF &viewer"), "open_invoice_pdf", self,
                                        on_click=self.open_in_viewer)
        self.status = wrapped_label(self, "invoice_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setAutoDefault(True)
        actions = hbox(self.dispute_button, self.pdf_button, self.print_button, self.open_button, 1, buttons)
        vbox(self, heading(self._title(), self), self.facts, items_title, self.items, self.calls_title,
             (self.calls, 1), self.status, actions)
        gate(self.dispute_button, ctx, "billing.payments", needs_provider=False,
             tooltip=self.tr("Offline, the dispute is kept on this computer and sent with the next sync."))
        for button in (self.pdf_button, self.print_button, self.open_button):
            gate(button, ctx, "billing.read", needs_provider=False)
        if not invoice.call_count and self.dispute_button.isEnabled():
            self.dispute_button.setEnabled(False)
            self.dispute_button.setToolTip(self.tr("This invoice has no itemized calls."))
        self._show_facts(invoice)
        self.call_cursor: str | None = None
        self.call_limit = 0
        self.loaded = False
        self.calls_loaded = False
        Op(source.detail, invoice.id).success(self._detail).failure(self._failed).key(
            f"invoice-detail-{id(self)}").run()
        if invoice.call_count:
            self._more_calls()
            Op(source.disputed).success(self._disputed).failure(lambda _e: None).key(
                f"invoice-disputes-{id(self)}").run()
        else:
            self.calls_loaded = True

    def _title(self) -> str:
        kind = self.tr("Credit note") if self.invoice.kind == "credit_note" else self.tr("Invoice")
        return f"{kind} {self.invoice.number}"

    def _show_facts(self, inv: Any) -> None:
        f = self.fact_labels
        days = f"{date_text(inv.period_start)} – {date_text(inv.period_end)}"
        f["period"].setText(f"{inv.period or '–'} ({days})")
        f["issued"].setText(date_text(inv.issued_at))
        f["due"].setText(date_text(inv.due_on))
        status = invoice_status_name(inv)
        if inv.paid_at:
            status += " · " + self.tr("paid on %1").replace("%1", date_text(inv.paid_at))
        if inv.reminders:
            status += " · " + self.tr("%n reminder(s) sent", "", inv.reminders)
        f["status"].setText(status)
        payment = method_name(inv.payment_method)
        if inv.payment_reference:
            payment += " · " + self.tr("reference %1").replace("%1", inv.payment_reference)
        f["payment"].setText(payment)
        f["amounts"].setText(self.tr("Net %1 · VAT %2 % %3 · total %4")
                             .replace("%1", money_text(inv.net, inv.currency))
                             .replace("%2", f"{inv.vat_rate_percent.normalize():f}")
                             .replace("%3", money_text(inv.vat, inv.currency))
                             .replace("%4", money_text(inv.gross, inv.currency)))

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self.status)

    def _detail(self, detail: Any) -> None:
        if not self._alive():
            return
        self.detail = detail
        self._show_facts(detail.invoice)
        self.items_model.set_records(detail.items)
        self.items.resizeColumnsToContents()
        if detail.reverse_charge_note:
            self.status.setText(detail.reverse_charge_note)
        self.loaded = True

    # -- calls, page by page --------------------------------------------------------------------
    def _more_calls(self) -> None:
        first = self.call_limit == 0
        self.call_limit = 200 if first else min(self.call_limit * CALL_PAGE_GROWTH,
                                                self.source.call_page_limit)
        Op(self.source.calls, self.invoice.id, self.call_cursor, self.calls_model.zone_names,
           self.call_limit).success(self._calls).failure(self._failed).key(f"invoice-calls-{id(self)}").run()

    def _calls(self, result: tuple[Any, str | None]) -> None:
        if not self._alive():
            return
        chunk, self.call_cursor = result
        first = self.calls_model.rowCount() == 0
        self.calls_model.append_chunk(chunk, has_more=self.call_cursor is not None)
        if first:
            self.calls.resizeColumnsToContents()
        self.calls_loaded = self.call_cursor is None

    def _disputed(self, ids: set[int]) -> None:
        if self._alive():
            self.calls_model.mark_disputed(ids)

    def _failed(self, err: BaseException) -> None:
        if not self._alive():
            return
        self.calls_model.loading = False
        self.status.setText(explain(err))

    # -- actions --------------------------------------------------------------------------------
    def selected_call(self) -> tuple[int, str] | None:
        index = self.calls.currentIndex()
        if not index.isValid():
            return None
        row, model = index.row(), self.calls_model
        text = " · ".join(str(model.index(row, c).data()) for c in range(model.columnCount()))
        return model.store.ids[row], text

    def dispute_selected(self) -> None:
        call = self.selected_call()
        if not self.dispute_button.isEnabled():
            return
        if call is None:
            self.status.setText(self.tr("Choose a call in the list first."))
            self.calls.setFocus()
            return
        from desktop.views.invoices.dispute_dialog import DisputeDialog

        self.dispute_dialog = DisputeDialog(self.source, call[0], call[1], self)
        self.dispute_dialog.accepted.connect(lambda: self._disputed_now(call[0]))
        self.dispute_dialog.open()

    def _disputed_now(self, call_id: int) -> None:
        self.calls_model.mark_disputed({call_id})
        if self.dispute_dialog.sent:
            self.status.setText(self.tr("The dispute was sent to the provider."))
        else:
            self.status.setText(self.tr("Dispute kept on this computer; it is sent to the provider with "
                                        "the next sync."))

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save invoice"), f"{self.invoice.number}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        self.status.setText(self.tr("Saving %1…").replace("%1", path.name))
        Op(self.source.save_pdf, self.invoice.id, path).success(
            lambda p: self._alive() and self.status.setText(self.tr("Saved %1.").replace("%1", str(p)))
        ).failure(self._failed).key(f"invoice-pdf-{id(self)}").run()

    # -- paper and the system's viewer -----------------------------------------------------------
    def ask_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.views.invoices.invoice_output import prepare_printer

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(self.printer, self._title())
        ask = QPrintDialog(self.printer, self)
        ask.accepted.connect(lambda: self.print_to(self.printer))
        ask.open()

    def print_to(self, printer: Any) -> None:
        """Write the invoice's PDF to a private temporary file and print its pages."""
        import tempfile

        from desktop.views.invoices.invoice_output import print_pdf

        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        folder = tempfile.TemporaryDirectory(prefix="switchboard-print-")

        def job(report: Any) -> int:
            pdf = self.source.save_pdf(self.invoice.id, Path(folder.name) / f"{self.invoice.number}.pdf")
            return print_pdf(pdf, printer, report)

        def done(pages: int) -> None:
            folder.cleanup()
            if self._alive():
                self.print_button.setEnabled(True)
                self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))

        def failed(err: BaseException) -> None:
            folder.cleanup()
            if self._alive():
                self.print_button.setEnabled(True)
                self._failed(err)

        self._print_handle = Op(job).progress(self._printing).success(done).failure(failed).run()

    def _printing(self, done: int, total: int) -> None:
        if self._alive():
            self.status.setText(self.tr("Printing page %1 of %2…").replace("%1", str(done))
                                .replace("%2", str(total)))

    def open_in_viewer(self) -> None:
        from desktop.views.invoices.invoice_output import viewer_copy_path

        path = viewer_copy_path(f"{self.invoice.number}.pdf")
        self.status.setText(self.tr("Opening %1…").replace("%1", path.name))
        Op(self.source.save_pdf, self.invoice.id, path).success(self._open_file).failure(self._failed).key(
            f"invoice-open-{id(self)}").run()

    def _open_file(self, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if os.name == "posix":
            os.chmod(path, 0o600)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))) and self._alive():
            self.status.setText(self.tr("No PDF viewer opened it. The file is %1.").replace("%1", str(path)))
        elif self._alive():
            self.status.setText(self.tr("Opened in your PDF viewer."))
