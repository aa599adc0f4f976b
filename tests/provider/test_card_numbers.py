"""Card numbers and provisioning days: pure rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from provider.domain import card_numbers
from provider.domain.working_days import add_working_days, provisioning_due


def test_test_numbers_are_luhn_valid_and_branded() -> None:
    for number in card_numbers.TEST_OUTCOMES:
        assert card_numbers.luhn_valid(number)
    assert card_numbers.brand("4242424242424242") == "visa"
    assert card_numbers.brand("5555555555554444") == "mastercard"
    assert not card_numbers.luhn_valid("4242424242424241")
    assert not card_numbers.luhn_valid("42424242")
    assert card_numbers.normalize("4242 4242-4242 4242") == "4242424242424242"


@given(st.text(alphabet="0123456789", min_size=12, max_size=18))
def test_one_changed_digit_breaks_the_luhn_check(body: str) -> None:
    total = sum(int(d) if i % 2 else (int(d) * 2 - 9 if int(d) > 4 else int(d) * 2)
                for i, d in enumerate(reversed(body)))
    number = body + str((10 - total % 10) % 10)
    assert card_numbers.luhn_valid(number)
    last = int(number[-1])
    assert not card_numbers.luhn_valid(number[:-1] + str((last + 1) % 10))


def test_expiry() -> None:
    today = date(2026, 11, 22)
    assert not card_numbers.is_expired(11, 2026, today)  # valid through the end of the month
    assert card_numbers.is_expired(10, 2026, today)
    assert card_numbers.expires_within(12, 2026, today, 1)
    assert not card_numbers.expires_within(1, 2027, today, 1)


@given(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1)))
def test_provisioning_takes_one_to_two_working_days(naive: datetime) -> None:
    paid = naive.replace(tzinfo=UTC)
    due = provisioning_due(paid)
    assert due.weekday() < 5
    working = sum(1 for d in range(1, (due - paid).days + 1)
                  if (paid + timedelta(days=d)).weekday() < 5)
    assert 1 <= working <= 2


def test_working_days_skip_the_weekend() -> None:
    friday = datetime(2026, 11, 20, 9, tzinfo=UTC)
    assert add_working_days(friday, 1).weekday() == 0  # Monday
    assert provisioning_due(friday) == datetime(2026, 11, 23, 9, tzinfo=UTC)
    assert provisioning_due(friday.replace(hour=15)) == datetime(2026, 11, 24, 15, tzinfo=UTC)
