"""The reseller's wholesale statement for a month: per customer what it billed, what it owes the
provider and its margin, the totals below (they add up to the cent: the provider sums the rows),
and the month saved as CSV. Loaded off the UI thread; the file is written off it too."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import Op
from desktop.views.field_errors import describe
from desktop.views.page_kit import named_button, show_status, status_line


def recent_months(today: date, count: int = 12) -> list[str]:
    """The last `count` months before this one, newest first (YYYY-MM): invoiced months."""
    y, m, out = today.year, today.month, []
    for _ in range(count):
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        out.append(f"{y:04d}-{m:02d}")
    return out


class StatementPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: Any = None
        self.handle: Any = None
        self.current: Any = None  # the statement shown, saved as PDF or .xlsx without a request
        self.issuer, self.language = "", "en"
        self.month = QComboBox(self)
        self.month.setObjectName("statement_month")
        self.month.addItems(recent_months(date.today()))
        self.month.currentTextChanged.connect(lambda _t: self.reload())
        self.export_button = named_button(self.tr("Save as &CSV…"), "statement_csv", self,
                                          on_click=self.save_csv)
        self.pdf_button = named_button(self.tr("Save as &PDF…"), "statement_pdf", self,
                                       on_click=lambda: self.save_document("pdf"))
        self.xlsx_button = named_button(self.tr("Save as E&xcel…"), "statement_xlsx", self,
                                        on_click=lambda: self.save_document("xlsx"))
        self._enable_documents()
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("statement_table")
        self.table.setHorizontalHeaderLabels([self.tr("Customer number"), self.tr("Customer"),
                                              self.tr("Retail billed"), self.tr("Wholesale owed"),
                                              self.tr("Margin")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (0, 2, 3, 4):
            self.table.horizontalHeader().setSectionResizeMode(column, fit)
        self.status = status_line(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Month:"), self))
        top.itemAt(0).widget().setBuddy(self.month)  # type: ignore[union-attr]
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def load(self, source: Any, issuer: str = "", language: str = "en") -> None:
        """`issuer`: the reseller's name printed on the PDF and workbook; `language` theirs."""
        self.source, self.issuer, self.language = source, issuer, language
        self.reload()

    def _enable_documents(self) -> None:
        shown = self.current is not None and self.current.period == self.month.currentText()
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(shown)
            button.setToolTip("" if shown else self.tr("Shown once the month's statement has loaded."))

    def reload(self) -> None:
        if self.source is None:
            return
        if self.handle is not None:
            self.handle.cancel()
        self.current = None
        self._enable_documents()
        show_status(self.status, self.tr("Loading the statement…"))
        self.handle = Op(self.source.wholesale_statement, self.month.currentText()).success(
            self.show_statement).failure(lambda e: show_status(self.status, describe(e), error=True)).run()

    def show_statement(self, st: Any) -> None:
        self.current = st
        self._enable_documents()
        rows = [*st.rows, *st.totals]
        self.table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            total = r.account_id == 0
            cells = [r.user_id, self.tr("Total %1").replace("%1", r.currency) if total else r.name,
                     f"{r.currency} {r.retail:,.2f}".replace(",", "'"),
                     f"{r.currency} {r.wholesale:,.2f}".replace(",", "'"),
                     f"{r.currency} {r.margin:,.2f}".replace(",", "'")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(n, c, item)
        if st.rows:
            show_status(self.status, self.tr("Customers invoiced for %2: %1").replace(
                "%1", str(len(st.rows))).replace("%2", st.period))
        else:
            show_status(self.status, self.tr("No customer was invoiced for %1.").replace("%1", st.period))

    def save_csv(self) -> None:
        if self.source is None:
            return
        period = self.month.currentText()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statement"),
                                              f"wholesale-{period}.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        show_status(self.status, self.tr("Saving…"))
        self.handle = Op(self.source.save_statement_csv, self.month.currentText(), path).success(
            lambda p: show_status(self.status, self.tr("Saved to %1.").replace("%1", p))).failure(
            lambda e: show_status(self.status, describe(e), error=True)).run()

    def save_document(self, kind: str) -> None:
        if self.source is None or self.current is None:
            return
        name = f"wholesale-{self.current.period}.{kind}"
        pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statement"), name, pattern)
        if path:
            self.save_document_to(path, kind)

    def save_document_to(self, path: str, kind: str) -> None:
        """The statement shown, written off the UI thread (a long month makes many PDF pages)."""
        show_status(self.status, self.tr("Saving…"))
        self.handle = Op(self.source.save_statement, self.current, path, kind, self.language,
                         self.issuer).success(
            lambda p: show_status(self.status, self.tr("Saved to %1.").replace("%1", p))).failure(
            lambda e: show_status(self.status, describe(e), error=True)).run()
