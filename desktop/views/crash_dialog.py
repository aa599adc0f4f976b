"""Shown when an error nobody caught reaches the top: what happened, where the report is, and
"Save support bundle…" so the customer has one file to send."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.support_bundle import default_name, write_bundle
from desktop.tasks import Op
from desktop.views.page_kit import vbox, wrapped_label


class CrashDialog(QDialog):
    def __init__(self, report: str, report_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Switchboard ran into an error"))
        self.resize(640, 420)
        intro = wrapped_label(self, text=self.tr(
            "Something went wrong that Switchboard did not expect. Your data on the provider is safe. "
            "Save a support bundle and send it to your provider's support: it holds the details below "
            "and the log, without passwords or card numbers."))
        self.where = QLabel(self.tr("Report: %1").replace("%1", report_path) if report_path else "", self)
        self.where.setObjectName("report_path")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(report, self)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("&Save support bundle…"), self)
        self.save_button.setObjectName("save_bundle")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._ask_where)
        vbox(self, intro, self.where, (self.details, 1), self.status, buttons)

    def _ask_where(self) -> None:
        start = str(Path.home() / default_name())
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save support bundle"), start,
                                                    self.tr("Zip archives (*.zip)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._handle = (Op(write_bundle, Path(path), crash=self.report)
                        .success(lambda _p: self._saved(path)).failure(self._not_saved).run())

    def _saved(self, path: str) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved: %1").replace("%1", path))

    def _not_saved(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        reason = getattr(exc, "strerror", None) or str(exc)
        self.status.setText(self.tr("The bundle could not be saved: %1").replace("%1", reason))
