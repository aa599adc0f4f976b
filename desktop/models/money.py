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


_GROUP_MARKS = str.maketrans("", "", " \u00a0\u202f'\u2019")  # spaces and Swiss apostrophes


def parse_amount(text: str, group: str = ",") -> Decimal | None:
    """An amount as a customer types it: `50`, `50.5`, `50,50`, `1'234.50`, `1.234,50`, `1,234.50`;
    None for anything else (a sign, an exponent, `NaN`, more than two decimals, bad grouping).

    Either mark is read as the decimal mark, since Swiss and German customers type both. A mark
    groups digits instead when both kinds appear (then the last one is the decimal mark), when it
    appears more than once, or when it is `group` (the UI locale's separator) followed by exactly
    three digits: in de_DE `1.000` is a thousand, in en_GB `1,000` is."""
    s = text.translate(_GROUP_MARKS)
    if any(c not in "0123456789.," for c in s):
        return None
    marks = [i for i, c in enumerate(s) if c in ".,"]
    decimal_at = -1
    if marks:
        last = marks[-1]
        if len({s[i] for i in marks}) == 2:
            decimal_at = last
        elif len(marks) == 1 and not (s[last] == group and len(s) - last == 4):
            decimal_at = last
    whole, cents_part = (s[:decimal_at], s[decimal_at + 1:]) if decimal_at >= 0 else (s, "")
    groups = whole.replace(",", ".").split(".")
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    whole = "".join(groups)
    if not (whole + cents_part).isdigit() or len(cents_part) > 2:
        return None
    return Decimal(f"{whole or '0'}.{cents_part or '0'}")


def amount_input_text(amount: Decimal, mark: str = ".") -> str:
    """What an amount field shows for `amount`: two decimals with the locale's mark, no grouping
    (`50.00`, in de_DE `50,00`), which parse_amount reads back."""
    return grouped(amount, "", mark)
