"""Cheap, pure formatting for documents: money, dates and call durations per language.
The call appendix formats 10,000 lines, so nothing here goes through locale machinery.

Money is the documented variant of the UI's formatter (desktop/models/money.py): the same
rounding and grouping (`grouped`), with the marks of the document's language and currency
instead of the screen's locale, so that a document reads the same wherever it was made."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from desktop.models.money import grouped


def group_separator(lang: str, currency: str) -> str:
    # Swiss usage groups thousands with an apostrophe in both languages; Germany with a dot.
    if currency == "CHF":
        return "\u2019"
    return "." if lang == "de" else ","


def decimal_mark(lang: str, currency: str) -> str:
    return "," if lang == "de" and currency != "CHF" else "."


def amount_text(amount: Decimal, lang: str, currency: str) -> str:
    """'1’234.50' (CHF), '1.234,50' (EUR, German), '1,234.50' (EUR, English); no currency code."""
    return grouped(amount, group_separator(lang, currency), decimal_mark(lang, currency))


def money_text(amount: Decimal, lang: str, currency: str) -> str:
    return f"{currency} {amount_text(amount, lang, currency)}"


def price_text(price: Decimal, mark: str) -> str:
    """A call price (under a thousand): the fast path for the appendix."""
    text = f"{price:.2f}"
    return text if mark == "." else text.replace(".", mark)


def date_text(value: date | datetime | None, lang: str) -> str:
    if value is None:
        return ""
    if lang == "de":
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def duration_text(seconds: int) -> str:
    """'1:32', '1:02:05'."""
    minutes, secs = divmod(max(0, int(seconds)), 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def percent_text(rate: Decimal, lang: str, currency: str) -> str:
    """'8.1' in Switzerland (both languages), '19' or '5,5' in German EUR documents."""
    return f"{rate.normalize():f}".replace(".", decimal_mark(lang, currency))


def qr_reference_text(reference: str) -> str:
    """A QR reference in blocks as printed: '00 00000 00001 20260 00000 01884'."""
    ref = reference.replace(" ", "")
    head, rest = ref[: len(ref) % 5 or 0], ref[len(ref) % 5:]
    blocks = ([head] if head else []) + [rest[i:i + 5] for i in range(0, len(rest), 5)]
    return " ".join(blocks)


def reference_text(reference: str) -> str:
    """A payment reference as printed: an RF creditor reference in groups of four
    ('RF18 5390 0754 7034'), a QR reference in the QR-bill's blocks of five."""
    ref = reference.replace(" ", "")
    if ref.startswith("RF"):
        return " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))
    return qr_reference_text(ref) if ref.isdigit() else reference


def iban_text(iban: str) -> str:
    iban = iban.replace(" ", "")
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
