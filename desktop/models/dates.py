"""Dates in the UI language, spelled with the month's name so that 3/4 and 4/3 are never
confused (the system locale of an office PC often differs from the language chosen here)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from desktop import i18n

FORMATS = {"de": ("d. MMM yyyy", "d. MMMM yyyy"), "en": ("d MMM yyyy", "d MMMM yyyy")}
LOCALES = {"de": "de_DE", "en": "en_GB"}


def date_text(day: date | datetime | None, long: bool = False) -> str:
    if day is None:
        return "–"
    if isinstance(day, datetime):
        day = day.date()
    lang = i18n.current_language() if i18n.current_language() in FORMATS else "en"
    fmt = FORMATS[lang][1 if long else 0]
    return QLocale(LOCALES[lang]).toString(QDate(day.year, day.month, day.day), fmt)
