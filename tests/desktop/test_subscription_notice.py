"""The client's effective-date rule, against the rule's own words: the first month-end at least
30 days after the request."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.models.subscription.notice import effective_date, month_end


def _is_month_end(day: date) -> bool:
    return (day + timedelta(days=1)).day == 1


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2200, 12, 31)))
def test_first_month_end_at_least_30_days_after(requested: date) -> None:
    eff = effective_date(requested)
    assert _is_month_end(eff)
    assert (eff - requested).days >= 30
    # No earlier month-end is 30 days away: walk back day by day to the previous month-end.
    earlier = eff.replace(day=1) - timedelta(days=1)
    assert (earlier - requested).days < 30


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2200, 12, 31)))
def test_month_end_is_in_the_same_month(day: date) -> None:
    end = month_end(day)
    assert (end.year, end.month) == (day.year, day.month) and _is_month_end(end)


def test_the_rules_examples() -> None:
    assert effective_date(date(2027, 1, 1)) == date(2027, 1, 31)
    assert effective_date(date(2027, 1, 2)) == date(2027, 2, 28)
    assert effective_date(date(2028, 1, 2)) == date(2028, 2, 29)
    assert effective_date(date(2027, 12, 15)) == date(2028, 1, 31)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2200, 12, 31)))
def test_agrees_with_the_provider(requested: date) -> None:
    from provider.domain.notice import effective_date as provider_rule

    assert effective_date(requested) == provider_rule(requested)
