"""Amount fields: what they show and how what was typed is read, in the UI locale's marks
(desktop/models/money.py holds the rules, without Qt)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit

from desktop.models.money import amount_input_text, parse_amount


def typed_amount(field: QLineEdit) -> Decimal | None:
    """The amount in `field`, or None when it is empty or not an amount."""
    return parse_amount(field.text(), QLocale().groupSeparator())


def show_amount(field: QLineEdit, amount: Decimal, *, placeholder: bool = False) -> None:
    """`amount` in `field` (or as its placeholder) the way this locale writes it: 50,00 in de_DE."""
    text = amount_input_text(amount, QLocale().decimalPoint())
    if placeholder:
        field.setPlaceholderText(text)
    else:
        field.setText(text)
