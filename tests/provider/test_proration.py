from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider.domain.proration import days_in_month, prorate, prorate_from, upgrade_difference

amounts = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("100000"), places=2)
months = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)).map(
    lambda d: d.replace(day=1))


def test_order_on_the_11th_of_a_30_day_month_pays_20_of_30():
    assert prorate_from(Decimal("30.00"), date(2026, 11, 11)) == Decimal("20.00")
    assert prorate_from(Decimal("45.00"), date(2026, 4, 11)) == Decimal("30.00")


def test_whole_month_is_the_monthly_fee():
    assert prorate(Decimal("19.90"), date(2026, 2, 1), date(2026, 2, 28)) == Decimal("19.90")


def test_upgrade_pays_the_prorated_difference():
    assert upgrade_difference(Decimal("10.00"), Decimal("25.00"), date(2026, 11, 16)) == Decimal("7.50")


def test_refuses_ranges_across_months():
    with pytest.raises(ValueError):
        prorate(Decimal("10"), date(2026, 1, 30), date(2026, 2, 2))


@given(amounts, months, st.lists(st.integers(min_value=1, max_value=31), max_size=6))
def test_parts_of_a_month_add_up_to_the_whole(monthly, first_of_month, cuts):
    n = days_in_month(first_of_month)
    bounds = sorted({c for c in cuts if 1 < c <= n})
    starts = [1, *bounds]
    ends = [b - 1 for b in bounds] + [n]
    parts = [prorate(monthly, first_of_month.replace(day=s), first_of_month.replace(day=e))
             for s, e in zip(starts, ends, strict=True)]
    assert sum(parts, Decimal("0")) == monthly
    assert all(p >= 0 for p in parts)
    assert all(p.as_tuple().exponent >= -2 for p in parts)
