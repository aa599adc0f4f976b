"""Export a period's invoices for the accountant: a ZIP of PDFs plus invoices.csv and calls.csv,
from the invoices stored on this computer (works offline). The page runs the export as an Op
with progress and cancel; this dialog only asks for the period and the folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.field_errors import error_label
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import buddy_label, wrapped_label


class ExportPeriodDialog(QDialog):
    def __init__(self, first: date, last: date, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export invoices"))
        self.setMinimumWidth(520)
        intro = wrapped_label(self, text=self.tr(
            "A ZIP file with every invoice of the period as PDF, and the invoices and their calls as "
            "CSV files for your accounting software."))
        self.first = self._date_edit(first, "first")
        self.last = self._date_edit(last, "last")
        self.folder = line_edit(self, "folder", str(folder))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.error = error_label(self)
        form = QFormLayout()
        for text, item in ((self.tr("&From:"), self.first), (self.tr("&To:"), self.last),
                           (self.tr("&Folder:"), folder_row)):
            label = buddy_label(text, item if isinstance(item, QWidget) else self.folder, self)
            form.addRow(label, item)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the export"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def period(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()

    def out_dir(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _accept(self) -> None:
        first, last = self.period()
        if last < first:
            self.error.setText(self.tr("The period ends before it starts."))
            self.error.show()
            return
        if not self.folder.text().strip():
            self.error.setText(self.tr("Choose a folder."))
            self.error.show()
            return
        self.accept()
