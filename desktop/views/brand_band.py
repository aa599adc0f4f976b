"""The band across the top of the window when a reseller's customer is signed in: the reseller's
logo and name on its accent colour, in white (the provider checked the colour's contrast with
white: docs/resellers.md#branding). Hidden for the provider's own customers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

LOGO_HEIGHT = 32
DEFAULT_ACCENT = "#1f4e79"


def logo_pixmap(data: bytes, media_type: str | None, height: int = LOGO_HEIGHT) -> QPixmap | None:
    """The logo scaled to `height` pixels, its proportions kept; None if it cannot be drawn."""
    if media_type == "image/svg+xml":
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return None
        size = renderer.defaultSize()
        width = max(1, round(size.width() * height / max(1, size.height())))
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        return pixmap
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)


class BrandBand(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brand_band")
        self.logo = QLabel(self)
        self.logo.setObjectName("brand_logo")
        self.name = QLabel(self)
        self.name.setObjectName("brand_name")
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name.setFont(font)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.logo)
        row.addWidget(self.name, 1)
        self.accent = DEFAULT_ACCENT
        self.setVisible(False)

    def show_brand(self, brand: Any, logo: bytes | None) -> None:
        """`brand` is the signed-in account's (Me.brand); None hides the band."""
        if brand is None:
            self.setVisible(False)
            return
        self.accent = brand.accent_color or DEFAULT_ACCENT
        self.setStyleSheet(f"QFrame#brand_band {{ background: {self.accent}; }}"
                           " QLabel#brand_name { color: #ffffff; }")
        self.name.setText(brand.name)
        pixmap = logo_pixmap(logo, brand.logo_media_type) if logo else None
        self.logo.setVisible(pixmap is not None)
        if pixmap is not None:
            self.logo.setPixmap(pixmap)
        self.setVisible(True)
