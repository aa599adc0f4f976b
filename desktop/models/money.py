"""Money as text: the one formatter. Decimal in, text out; no float ever touches money.

`grouped` is the one place that rounds to cents (half up, as invoices do) and groups the digits.
Screens call `money_text`, which writes the UI locale's marks (desktop.i18n sets QLocale's
default with the UI language: de_CH 1’234.50, de_DE 1.234,50, en_GB 1,234.50). Invoice PDFs
use the documented variant in desktop/reports/formatting.py: the same `grouped`, with the marks
of the document's language and currency (CHF with an apostrophe in both languages), because a
document must read the same whatever the screen's locale was when it was made.

No Qt at import: the reports and the headless export use `grouped` without a QApplication.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def grouped(amount: Decimal, group: str, mark: str) -> str:
    """`Decimal("-1234.567")` -> `-1{group}234{mark}57`: rounded half up to cents."""
    value = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    whole, _, cents_part = f"{abs(value):.2f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + group.join(groups) + mark + cents_part


def money_text(amount: Decimal | None, currency: str = "") -> str:
    """`CHF 1’234.50` in the UI locale's marks; `–` for an amount nobody knows."""
    if amount is None:
        return "–"
    from PySide6.QtCore import QLocale  # here, not at import: see the module's docstring

    locale = QLocale()
    return f"{currency} {grouped(amount, locale.groupSeparator(), locale.decimalPoint())}".strip()


def cents(amount: Decimal) -> int:
    """Whole cents of an amount with at most two decimals (exact: Decimal arithmetic)."""
    return int((amount * 100).to_integral_value())


def from_cents(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)
