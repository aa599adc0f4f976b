"""Running a period export off the UI thread, with a progress dialog that can cancel it (the
export itself: desktop.sources.invoices, from the invoices stored on this computer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.sources.invoices import ExportCancelled
from desktop.tasks import Op, OpHandle


def default_period(today: date) -> tuple[date, date]:
    """The previous calendar month: what an accountant asks for at the start of a month."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def run_export(parent: QWidget, ctx: Any, first: date, last: date, out_dir: Path, *,
               on_done: Callable[[tuple[Path, int]], None],
               on_failed: Callable[[Any], None]) -> OpHandle:
    dialog = QProgressDialog(QCoreApplication.translate("PeriodExport", "Exporting invoices…"),
                             QCoreApplication.translate("PeriodExport", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finished(result: tuple[Path, int]) -> None:
        dialog.reset()
        on_done(result)

    def failed(err: Any) -> None:
        dialog.reset()
        if not isinstance(err, ExportCancelled):
            on_failed(err)

    handle = (Op(ctx.sources.invoices.export_period, first, last, out_dir).progress(progressed)
              .success(finished).failure(failed).run())
    dialog.canceled.connect(handle.cancel)
    return handle
