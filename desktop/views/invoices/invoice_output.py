"""An invoice on paper or in the system's PDF viewer.

Printing draws the very PDF that "Save as PDF" writes (so paper, file and archive agree): each
page is rendered by pypdfium2 at the printer's resolution and painted full-page, scaled to the
paper with its proportions kept. QPainter may paint on a QPrinter outside the UI thread, so the
whole job runs in an Op. Opening hands a private copy to the system's viewer (QDesktopServices).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72
# Pages are rendered at the printer's resolution up to this: office printers print 600 dpi, and a
# 1200 dpi A4 page would be half a gigabyte of pixels.
MAX_DPI = 600
KEEP_OPENED_S = 24 * 3600  # copies for the viewer older than a day are deleted on the next open


def prepare_printer(printer: QPrinter, name: str) -> None:
    printer.setDocName(name)
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setResolution(min(printer.resolution(), MAX_DPI))


def print_pdf(pdf: Path, printer: QPrinter, report: Any = None) -> int:
    """Paint every page of `pdf` on `printer`; returns the number of pages printed."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError("The printer could not be started.")
        dpi = min(printer.resolution(), MAX_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        count = len(document)
        for number in range(count):
            if report is not None and report.cancelled:
                break
            if number:
                printer.newPage()
            page = document[number]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
            pixels = bytes(bitmap.buffer)  # the QImage below reads it: kept until drawn
            image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
            size = QSizeF(image.width(), image.height()).scaled(QSizeF(paper.size()),
                                                                Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF((paper.width() - size.width()) / 2, (paper.height() - size.height()) / 2,
                            size.width(), size.height())
            painter.drawImage(target, image)
            bitmap.close()
            page.close()
            if report is not None:
                report.progress(number + 1, count)
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def viewer_copy_path(file_name: str) -> Path:
    """Where the copy for the system's viewer goes: a private folder in the user's cache."""
    from platformdirs import user_cache_dir

    base = os.environ.get("SWITCHBOARD_CACHE_DIR") or user_cache_dir("Switchboard", "Switchboard")
    folder = Path(base) / "opened"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    now = time.time()
    for old in folder.glob("*.pdf"):
        try:
            if now - old.stat().st_mtime > KEEP_OPENED_S:
                old.unlink()
        except OSError:
            pass  # open in the viewer right now (Windows), or gone already
    return folder / file_name

