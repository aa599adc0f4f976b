"""Running a period export off the UI thread, with a progress dialog that can cancel it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.tasks import Op, OpHandle, Progress


class ExportCancelled(Exception):
    pass


def default_period(today: date) -> tuple[date, date]:
    """The previous calendar month: what an accountant asks for at the start of a month."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def export_work(store: Any, first: date, last: date, account: Any, out_dir: Path, *,
                report: Progress) -> tuple[Path, int]:
    from desktop.reports.export import export_period

    def progress(done: int, total: int) -> None:
        if report.cancelled:
            raise ExportCancelled
        report.progress(done, total)

    try:
        return export_period(store, first, last, account, out_dir, progress)
    except ExportCancelled:
        # Nothing half-written is left behind.
        (out_dir / f"invoices-{first.isoformat()}-{last.isoformat()}.zip.part").unlink(missing_ok=True)
        raise


def run_export(parent: QWidget, ctx: Any, first: date, last: date, out_dir: Path, *,
               on_done: Callable[[tuple[Path, int]], None],
               on_failed: Callable[[Any], None]) -> OpHandle:
    from desktop.reports.export import Account

    acc = ctx.me.account
    account = Account(acc.user_id, acc.language, acc.is_business)
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

    handle = (Op(export_work, ctx.store, first, last, account, out_dir).progress(progressed)
              .success(finished).failure(failed).run())
    dialog.canceled.connect(handle.cancel)
    return handle
