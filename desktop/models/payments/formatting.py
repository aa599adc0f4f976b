"""Money and dates as the tables show them: Decimal in, text out (no float ever touches money),
in the UI locale's decimal mark."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.models import dates


def money_text(amount: Decimal | None, currency: str = "") -> str:
    if amount is None:
        return "–"
    quantized = amount.quantize(Decimal("0.01"))
    sign = "-" if quantized < 0 else ""
    whole, _, cents = f"{abs(quantized):f}".partition(".")
    locale = QLocale()
    group = locale.groupSeparator()
    digits = ""
    while len(whole) > 3:
        digits = group + whole[-3:] + digits
        whole = whole[:-3]
    text = f"{sign}{whole}{digits}{locale.decimalPoint()}{cents or '00'}"
    return f"{currency} {text}".strip()


def date_text(value: date | datetime | None) -> str:
    """In the UI language with the month's name (desktop.models.dates), as every page shows it."""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return dates.date_text(value)


def months_text(n: int) -> str:
    """"1 month", "12 months": spelled out rather than Qt's %n plurals, which need an English
    catalogue to say anything but "month(s)"."""
    translate = QCoreApplication.translate  # by this name lupdate finds the strings
    if n == 1:
        return translate("PaymentsFormatting", "1 month")
    return translate("PaymentsFormatting", "%1 months").replace("%1", str(n))


def cents(amount: Decimal) -> int:
    """Whole cents of an amount with at most two decimals (exact: Decimal arithmetic)."""
    return int((amount * 100).to_integral_value())


def from_cents(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)
