"""The bulk work dialogs: automatic top-up for the customers ticked, customers imported from a
file (read off the UI thread; a refused file lists every bad line and nothing is created), and a
job's report, one row per customer or file line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import Op
from desktop.views.amount_field import show_amount, typed_amount
from desktop.views.field_errors import describe
from desktop.views.form_dialog import FormDialog
from desktop.views.page_kit import show_status, status_line, vbox, wrapped_label
from desktop.views.reseller.bulk_texts import (
    import_problems,
    item_message,
    item_result,
    job_name,
    job_progress,
)


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class TopUpDialog(FormDialog):
    def __init__(self, parent: QWidget | None, source: Any, customers: list[Any]) -> None:
        super().__init__(
            parent,
            title=self.tr("Automatic top-up for several customers"),
            min_width=560,
            intro=self.tr(
                "The same settings for every customer ticked below, in each customer's own currency. "
                "Switching on charges the customer's saved card; a customer without one is named in the "
                "report and left as it was."
            ),
        )
        from desktop.sources.reseller_bulk import new_key

        self.source, self.result = source, None
        self.key = new_key()  # the job's key, kept when the request is sent again
        self.customers = QListWidget(self)
        self.customers.setObjectName("top_up_customers")
        for customer in customers:
            item = QListWidgetItem(f"{customer.user_id}  {customer.display_name}", self.customers)
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.enabled = QCheckBox(self.tr("Switch automatic top-up &on"), self)
        self.enabled.setObjectName("top_up_enabled")
        self.enabled.setChecked(True)
        self.threshold = QLineEdit(self)
        show_amount(self.threshold, Decimal(20))
        self.threshold.setObjectName("top_up_threshold")
        self.amount = QLineEdit(self)
        show_amount(self.amount, Decimal(50))
        self.amount.setObjectName("top_up_amount")
        self.add_field("customer_ids", self.tr("C&ustomers:"), self.customers)
        self.add_field("enabled", "", self.enabled)
        self.add_field("threshold", self.tr("When the balance is &below:"), self.threshold)
        self.add_field("amount", self.tr("Top up by &amount:"), self.amount)
        self.add_primary(self.tr("A&pply to the ticked customers"), "apply_top_up")
        self.finish()

    def ticked(self) -> list[int]:
        return [
            int(self.customers.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.customers.count())
            if self.customers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def submit(self) -> None:
        self.errors.clear()
        threshold, amount, ids = typed_amount(self.threshold), typed_amount(self.amount), self.ticked()
        bad = False
        for field, value in (("threshold", threshold), ("amount", amount)):
            if value is None:
                self.errors.set_field_error(field, self.tr("Give an amount, e.g. 20.00."))
                bad = True
        if not ids:
            self.errors.set_field_error("customer_ids", self.tr("Tick at least one customer."))
            bad = True
        if bad:
            return
        self.run(
            "bulk:top-up",
            self.source.change_top_ups,
            ids,
            self.enabled.isChecked(),
            threshold,
            amount,
            self.key,
            on_success=self._done,
        )

    def _done(self, job: Any) -> None:
        self.result = job
        self.accept()


class ImportDialog(QDialog):
    """Reads the file, shows how many customers it holds, and imports them all, or none."""

    def __init__(self, parent: QWidget | None, source: Any, path: Path) -> None:
        super().__init__(parent)
        from desktop.sources.reseller_bulk import new_key

        self.setWindowTitle(self.tr("Import customers"))
        self.setMinimumSize(720, 480)
        self.source, self.path, self.result, self.rows = source, path, None, None
        self.key = new_key()  # this file's import, however often it is sent
        intro = wrapped_label(
            self,
            text=self.tr(
                "Each line of the file becomes a business customer under your account. Columns: company, "
                "contact, e-mail, country, street, postal code, city (language, kind and VAT number if you "
                "like). If one line is wrong, nothing is imported and every wrong line is listed. The new "
                "customers' owners get an e-mail telling them how to choose their password."
            ),
        )
        self.summary = status_line(self, "import_summary")
        self.problems = _table(
            self, "import_problems", [self.tr("Line"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import all"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_all")
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        vbox(self, intro, self.summary, (self.problems, 1), self.buttons)
        show_status(self.summary, self.tr("Reading %1…").replace("%1", path.name))
        Op(source.read_customer_file, path).success(self._read).failure(self._unreadable).run()

    def _read(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        show_status(
            self.summary, self.tr("%n customer(s) in %1.", "", len(rows)).replace("%1", self.path.name)
        )
        self.import_button.setEnabled(True)

    def _unreadable(self, err: Any) -> None:
        from desktop.reports.customer_file import FileProblem

        text = (
            self.tr("The file cannot be imported: %1").replace("%1", str(err))
            if isinstance(err, FileProblem)
            else describe(err)
        )
        show_status(self.summary, text, error=True)

    def submit(self) -> None:
        if self.rows is None:
            return
        self.import_button.setEnabled(False)
        show_status(self.summary, self.tr("Importing…"))
        Op(self.source.import_customers, self.path.name, self.rows, self.key).success(self._done).failure(
            self._refused
        ).run()

    def _done(self, job: Any) -> None:
        self.result = job
        self.accept()

    def _refused(self, err: Any) -> None:
        lines = import_problems(err)
        if not lines:
            show_status(self.summary, describe(err), error=True)
            self.import_button.setEnabled(True)
            return
        bad = sorted({line for line, _c, _m in lines})
        show_status(
            self.summary,
            self.tr(
                "Nothing was imported: %n line(s) have errors. Correct them in the file and import it again.",
                "",
                len(bad),
            ),
            error=True,
        )
        _fill(self.problems, [(str(line), column, message) for line, column, message in lines])
        self.problems.show()


class ReportDialog(QDialog):
    """One job's result per customer or file line."""

    def __init__(self, parent: QWidget | None, job: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(job_name(job))
        self.setMinimumSize(640, 420)
        summary = QLabel(job_progress(job), self)
        summary.setObjectName("report_summary")
        self.table = _table(
            self,
            "report_items",
            [
                self.tr("Line") if job.kind == "customer_import" else self.tr("No."),
                self.tr("Customer"),
                self.tr("Result"),
                self.tr("Message"),
            ],
        )
        rows = []
        for item in job.items:
            who = " ".join(str(v) for v in (item.data.get("user_id"), item.data.get("name")) if v) or str(
                item.customer_id or ""
            )
            rows.append(
                (str(item.line or item.position), who, item_result(item.status), item_message(item.message))
            )
        _fill(self.table, rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
