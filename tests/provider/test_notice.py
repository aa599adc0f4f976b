from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from provider.domain.notice import effective_date, month_end


def test_spec_examples():
    assert effective_date(date(2026, 1, 1)) == date(2026, 1, 31)
    assert effective_date(date(2026, 1, 2)) == date(2026, 2, 28)
    assert effective_date(date(2028, 1, 2)) == date(2028, 2, 29)  # leap year
    assert effective_date(date(2026, 12, 15)) == date(2027, 1, 31)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 1)))
def test_effective_date_is_the_first_month_end_at_least_30_days_later(asked):
    eff = effective_date(asked)
    assert eff == month_end(eff), "always a month-end"
    assert eff - asked >= timedelta(days=30), "always at least 30 days of notice"
    previous_month_end = eff.replace(day=1) - timedelta(days=1)
    assert previous_month_end - asked < timedelta(days=30), "the first such month-end"
