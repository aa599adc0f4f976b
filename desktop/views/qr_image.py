"""A QR code as a pixmap for the screen (the matrix from desktop/reports/qr_codes.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from desktop.reports.qr_codes import qr_matrix

QUIET_MODULES = 4  # the white border a scanner needs around the code


def qr_pixmap(payload: str, size: int) -> QPixmap:
    """Black on white whatever the theme (a dark theme's colours do not scan), modules on whole
    pixels so the edges stay sharp."""
    matrix = qr_matrix(payload)
    modules = len(matrix) + 2 * QUIET_MODULES
    cell = max(1, size // modules)
    side = cell * modules
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect((x + QUIET_MODULES) * cell, (y + QUIET_MODULES) * cell, cell, cell)
    painter.end()
    return QPixmap.fromImage(image)
