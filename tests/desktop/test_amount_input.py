"""Amounts as customers type them (desktop/models/money.py parse_amount): both decimal marks,
Swiss and German grouping, and nothing that is not an amount; and the fields show amounts in
the UI locale's marks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.money import amount_input_text, grouped, parse_amount

D = Decimal


@pytest.mark.parametrize(("text", "group", "amount"), [
    ("50", ",", D("50")), ("50.5", ",", D("50.5")), ("50,50", ",", D("50.50")), (" 20 ", ",", D("20")),
    ("1'234.50", ",", D("1234.50")), ("1’234.50", "’", D("1234.50")), ("1.234,50", ".", D("1234.50")),
    ("1,234.50", ",", D("1234.50")), ("1.234.567", ",", D("1234567")), ("12.345,6", ".", D("12345.6")),
    ("1.000", ".", D("1000")), ("1,000", ",", D("1000")), ("0,05", ".", D("0.05")), (",5", ".", D("0.5")),
    ("5.", ",", D("5")),
])
def test_what_customers_type_is_read(text, group, amount):
    assert parse_amount(text, group) == amount


@pytest.mark.parametrize("text", [
    "", " ", ".", "NaN", "nan", "Infinity", "1e3", "-5", "+5", "5 CHF", "1.2.3", "1,23,4.5", "1,2345",
    "12.3456", "1.000", "0x10", "5\x00", "٥٠",  # Arabic-Indic digits: isdigit() says yes, Decimal too
])
def test_what_is_not_an_amount_is_refused(text):
    assert parse_amount(text, ",") is None  # (in en: "1.000" would be three decimals)


MARKS = [("’", "."), (".", ","), (",", ".")]  # de_CH, de_DE, en_GB


@given(st.decimals(min_value=0, max_value=10**9, places=2), st.sampled_from(MARKS))
def test_an_amount_written_in_a_locales_marks_reads_back(amount, marks):
    group, mark = marks
    assert parse_amount(grouped(amount, group, mark), group) == amount
    assert parse_amount(amount_input_text(amount, mark), group) == amount


def test_fields_show_amounts_in_the_ui_locales_marks(qapp):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLineEdit

    from desktop.views.amount_field import show_amount, typed_amount

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        field = QLineEdit()
        show_amount(field, D(50))
        assert field.text() == "50,00" and typed_amount(field) == D("50.00")
        field.setText("1.000")  # a thousand in German
        assert typed_amount(field) == D("1000")
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Switzerland))
        show_amount(field, D("1234.5"))
        assert field.text() == "1234.50" and typed_amount(field) == D("1234.50")
    finally:
        QLocale.setDefault(previous)
