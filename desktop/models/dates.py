"""Dates in the UI language's format (QLocale), for models and views alike."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def date_text(day: date | datetime | None, long: bool = False) -> str:
    if day is None:
        return "–"
    if isinstance(day, datetime):
        day = day.date()
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)
