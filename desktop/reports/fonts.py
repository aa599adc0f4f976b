"""The documents' typeface: Liberation Sans, regular and bold, embedded in every PDF.

PDF/A forbids relying on the reader's fonts (the base-14 Helvetica of a plain reportlab canvas
is not embedded, so Łódź, Ő or ț came out as boxes). Liberation Sans is metric-compatible with
Arial and Helvetica, so the layout keeps its widths; it covers every Latin script of the EU (and
Greek and Cyrillic); the Swiss QR-bill rules name it among the allowed fonts; and its licence
(SIL OFL 1.1, resources/fonts/LICENSE-LiberationSans.txt) allows embedding."""

from __future__ import annotations

from pathlib import Path

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR = "LiberationSans"
BOLD = "LiberationSans-Bold"
FILES = {REGULAR: "LiberationSans-Regular.ttf", BOLD: "LiberationSans-Bold.ttf"}

_registered = False


def register() -> None:
    """Register both faces with reportlab once per process (reportlab keeps them globally)."""
    global _registered
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    _registered = True


def width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)
