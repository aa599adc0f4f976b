"""Dates and durations in the UI language. Dates are spelled with the month's name so that 3/4
and 4/3 are never confused (the system locale of an office PC often differs from the language
chosen here); a moment (a datetime with its time zone) shows as the day it is on this computer."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QObject

from desktop import i18n

FORMATS = {"de": ("d. MMM yyyy", "d. MMMM yyyy"), "en": ("d MMM yyyy", "d MMMM yyyy")}
LOCALES = {"de": "de_DE", "en": "en_GB"}


def date_text(day: date | datetime | None, long: bool = False) -> str:
    if day is None:
        return "–"
    if isinstance(day, datetime):
        day = day.astimezone().date() if day.tzinfo else day.date()
    lang = i18n.current_language() if i18n.current_language() in FORMATS else "en"
    fmt = FORMATS[lang][1 if long else 0]
    return QLocale(i18n.locale_name() if lang == i18n.current_language() else LOCALES[lang]).toString(
        QDate(day.year, day.month, day.day), fmt)


def iso_key(moment: date | datetime | None) -> str:
    """A date or moment as a table sorts it (ISO text; "" for none, first)."""
    return moment.isoformat() if moment is not None else ""


def months_text(n: int) -> str:
    """"1 month", "12 months": Qt's numerus forms (English from plurals_en.ts)."""
    return DateCounts().months(n)


class DateCounts(QObject):
    """The context of counted periods: lupdate marks plurals only in a method's self.tr() with n."""

    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)
