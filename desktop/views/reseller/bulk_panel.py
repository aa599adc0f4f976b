"""Bulk work (reseller workspace): the jobs on the provider with their progress, a month's
invoices of every customer exported as one ZIP (progress, cancel, resume), automatic top-up for
a selection of customers, and customers imported from a file. Every request and the export run
off the UI thread; each job's report shows the result per customer or file line."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.tasks import Op, OpHandle
from desktop.views.field_errors import describe
from desktop.views.page_kit import buddy_label, hbox, show_status, status_line, vbox
from desktop.views.reseller.bulk_texts import job_name, job_progress, job_status, month_name
from desktop.views.reseller.statement_panel import recent_months

FOLDER_SETTING = "reseller/bulk_export_folder"


class BulkPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: Any = None
        self.customers: Any = lambda: []  # the customers loaded in the list (for a selection)
        self.jobs: list[Any] = []
        self.handle: OpHandle | None = None
        self.export_job: int | None = None
        self.last_outcome: Any = None
        self.month = QComboBox(self)
        self.month.setObjectName("bulk_month")
        for month in recent_months(date.today()):
            self.month.addItem(month_name(month), month)
        self.export_button = self._button("bulk_export", self.tr("&Export invoices…"), self.ask_export)
        self.top_up_button = self._button("bulk_top_up", self.tr("Automatic &top-up…"), self.ask_top_up)
        self.import_button = self._button("bulk_import", self.tr("&Import customers…"), self.ask_import)
        self.resume_button = self._button("bulk_resume", self.tr("&Resume export…"), self.ask_resume)
        self.report_button = self._button("bulk_report", self.tr("Show re&port"), self.show_report)
        self.refresh_button = self._button("bulk_refresh", self.tr("Re&fresh"), self.reload)
        self.cancel_button = self._button("bulk_cancel", self.tr("&Cancel export"), self.cancel_export)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("bulk_progress")
        self.progress.setFormat(self.tr("%v of %m customers"))
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("bulk_progress_label")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("bulk_jobs")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("Job"), self.tr("Status"), self.tr("Result")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._gate)
        self.table.itemActivated.connect(lambda _i: self.show_report())
        self.status = status_line(self, "bulk_status")
        self._build()
        self._show_running(False)
        self._gate()

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _build(self) -> None:
        month_label = buddy_label(self.tr("&Month:"), self.month, self)
        top = hbox(month_label, self.month, self.export_button, 1, self.top_up_button, self.import_button)
        running = hbox((self.progress, 1), self.progress_label, self.cancel_button)
        below = hbox(self.resume_button, self.report_button, 1, self.refresh_button)
        vbox(self, top, running, self.status, (self.table, 1), below)

    # -- the job list -------------------------------------------------------------------
    def load(self, source: Any) -> None:
        self.source = source
        self.reload()

    def reload(self) -> None:
        if self.source is None:
            return
        Op(self.source.jobs).success(self._show_jobs).failure(self._failed).key(f"bulk:jobs:{id(self)}").run()

    def _show_jobs(self, jobs: list[Any]) -> None:
        chosen = self.selected()
        self.jobs = jobs
        self.table.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            started = job.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            for column, text in enumerate((started, job_name(job), job_status(job), job_progress(job))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen is not None and job.id == chosen.id:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and jobs:
            self.table.selectRow(0)
        self._gate()

    def selected(self) -> Any:
        row = self.table.currentRow()
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    def _gate(self) -> None:
        """Enables what can be done now; a disabled button's tooltip says why."""
        job = self.selected()
        busy = self.handle is not None and not self.handle.finished
        not_loaded = self.tr("Bulk work starts once this tab has loaded its jobs from the provider (online).")
        running = self.tr("An export is running: wait until it has finished, or cancel it.")
        starts = not_loaded if self.source is None else running if busy else ""
        for button in (self.export_button, self.top_up_button, self.import_button):
            _gated(button, not starts, starts)
        resumable = job is not None and job.kind == "invoice_export" and job.status != "done"
        _gated(self.resume_button, not busy and resumable,
               running if busy else self.tr("Select an unfinished export in the list of jobs."))
        _gated(self.report_button, job is not None, self.tr("Select a job in the list."))
        if not self.cancel_button.isEnabled():
            self.cancel_button.setToolTip(self.tr("No export is running."))

    def _failed(self, err: Any) -> None:
        show_status(self.status, describe(err), error=True)
        self._gate()

    # -- export ---------------------------------------------------------------------------
    def ask_export(self) -> None:
        folder = self._ask_folder()
        if folder is not None:
            self.start_export(str(self.month.currentData()), folder)

    def _ask_folder(self) -> Path | None:
        settings = QSettings()
        start = str(settings.value(FOLDER_SETTING, "") or str(Path.home()))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the ZIP file"), start)
        if not chosen:
            return None
        settings.setValue(FOLDER_SETTING, chosen)
        return Path(chosen)

    def start_export(self, month: str, folder: Path) -> None:
        from desktop.sources.reseller_bulk import new_key

        key = new_key()  # one job, however often this request is sent again
        show_status(self.status, self.tr("Starting the export of %1…").replace("%1", month_name(month)))
        self._show_running(True)
        Op(self.source.start_export, month, key).success(lambda job: self.run_export(job.id, folder)).failure(
            self._export_failed
        ).run()

    def ask_resume(self) -> None:
        job = self.selected()
        if job is None:
            return
        folder = self._ask_folder()
        if folder is not None:
            self.run_export(job.id, folder)

    def run_export(self, job_id: int, folder: Path) -> None:
        self.export_job = job_id
        self._show_running(True)
        self.progress.setRange(0, 0)
        show_status(self.status, self.tr("Exporting invoices into %1…").replace("%1", str(folder)))
        self.handle = (
            Op(self.source.export_month, job_id, folder)
            .progress(self._progressed)
            .success(self._exported)
            .failure(self._export_failed)
            .run()
        )
        self._gate()
        self.reload()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if done and done % 25 == 0:  # the provider has heard of these by now: the list follows
            self.reload()

    def cancel_export(self) -> None:
        """Stops after the customer being written; the ZIP so far stays for Resume."""
        if self.handle is not None:
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(self.tr("Cancelling…"))
            self.progress_label.setText(self.tr("Cancelling…"))
            handle = self.handle
            handle.cancel()
            # A cancelled Op's reply is dropped: the list says where the job stands.
            Op(self._wait_cancelled, self.export_job).success(lambda _j: self._after_cancel()).failure(
                self._export_failed
            ).run()

    def _wait_cancelled(self, job_id: int | None) -> Any:
        import time

        for _ in range(600):  # the export marks the job cancelled once its last customer is written
            job = self.source.job(job_id) if job_id is not None else None
            if job is None or job.status != "running":
                return job
            time.sleep(0.1)
        return None

    def _after_cancel(self) -> None:
        self.handle = None
        self._show_running(False)
        show_status(
            self.status,
            self.tr(
                "Export cancelled. What was written stays in the ZIP file; Resume export… goes on from there."
            ),
        )
        self.reload()

    def _exported(self, outcome: Any) -> None:
        self.handle = None
        self.last_outcome = outcome
        self._show_running(False)
        if outcome.path is not None:
            text = self.tr("Export finished: %1.").replace("%1", str(outcome.path))
            if outcome.failed:
                text += " " + self.tr(
                    "%n customer(s) could not be exported; see the report.", "", outcome.failed
                )
            show_status(self.status, text, error=bool(outcome.failed))
        self.reload()

    def _export_failed(self, err: Any) -> None:
        self.handle = None
        self._show_running(False)
        self._failed(err)
        self.reload()

    def _show_running(self, running: bool) -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setToolTip("" if running else self.tr("No export is running."))
        self.progress_label.clear()
        self._gate()

    # -- top-up and import -------------------------------------------------------------------
    def ask_top_up(self) -> None:
        from desktop.views.reseller.bulk_dialogs import TopUpDialog

        self.dialog = TopUpDialog(self, self.source, list(self.customers()))
        self.dialog.setObjectName("bulk_top_up_dialog")
        self.dialog.finished.connect(lambda _c: self._job_made(self.dialog.result))
        self.dialog.open()

    def ask_import(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(
            self, self.tr("Customers to import"), str(Path.home()), self.tr("Customer lists (*.csv *.xlsx)")
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        from desktop.views.reseller.bulk_dialogs import ImportDialog

        self.dialog = ImportDialog(self, self.source, path)
        self.dialog.setObjectName("bulk_import_dialog")
        self.dialog.finished.connect(lambda _c: self._job_made(self.dialog.result))
        self.dialog.open()

    def _job_made(self, job: Any) -> None:
        if job is not None:
            show_status(self.status, f"{job_name(job)}: {job_progress(job)}")
            self.reload()

    def show_report(self) -> None:
        job = self.selected()
        if job is None:
            return
        from desktop.views.reseller.bulk_dialogs import ReportDialog

        def show(full: Any) -> None:
            self.report = ReportDialog(self, full)
            self.report.setObjectName("bulk_report_dialog")
            self.report.open()

        Op(self.source.job, job.id).success(show).failure(self._failed).key(f"bulk:report:{id(self)}").run()


def _gated(button: QPushButton, enabled: bool, why_not: str) -> None:
    button.setEnabled(enabled)
    button.setToolTip("" if enabled else why_not)
