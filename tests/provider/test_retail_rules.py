"""The retail-price rules alone (provider/domain/retail.py): wholesale under list, the floor
under every retail price and call, and the notice before a rise."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from provider.domain import catalog, rating, retail

D = Decimal
days = st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31))
markups = st.decimals(min_value=0, max_value=1000, places=2)
seconds = st.integers(min_value=0, max_value=7200)


def test_wholesale_is_list_less_a_quarter() -> None:
    basic = catalog.BY_CODE["pbx_basic"]
    assert retail.wholesale_price(basic, "CHF") == catalog.Price(D("0.00"), D("7.43"))  # 9.90 x 0.75
    assert retail.wholesale_rate("national_mobile", "CHF") == D("0.2175")


def test_a_rise_waits_for_the_month_end_after_the_notice() -> None:
    assert retail.earliest_start(date(2027, 1, 1), raises=True) == date(2027, 2, 1)
    assert retail.earliest_start(date(2027, 1, 2), raises=True) == date(2027, 3, 1)
    assert retail.earliest_start(date(2027, 1, 2), raises=False) == date(2027, 1, 2)


@given(days)
def test_a_cut_from_today_passes_and_a_rise_from_today_does_not(today: date) -> None:
    cut = retail.price_problems("pbx_basic", "CHF", D("0.00"), D("8.00"), today, today, None)
    rise = retail.price_problems("pbx_basic", "CHF", D("0.00"), D("10.00"), today, today, None)
    assert cut == [] and [e.rule for e in rise] == ["effective.notice"]
    later = retail.earliest_start(today, raises=True)
    assert later - today >= timedelta(days=31)
    assert retail.price_problems("pbx_basic", "CHF", D("0.00"), D("10.00"), today, later, None) == []


@given(st.sampled_from(rating.ZONES), st.sampled_from(catalog.CURRENCIES), markups, seconds)
def test_a_marked_up_call_never_costs_less_than_wholesale(zone: str, currency: str, markup: Decimal,
                                                          duration: int) -> None:
    tariff = retail.CallTariff(markup_percent=markup)
    assert tariff.price(zone, duration, currency) >= retail.wholesale_call_price(zone, duration, currency)
    assert tariff.rate(zone, currency) >= retail.wholesale_rate(zone, currency)


SOLD = [p for p in catalog.PRODUCTS if p.purchasable and p.kind is not catalog.Kind.CREDIT]


@given(st.sampled_from(SOLD), st.sampled_from(catalog.CURRENCIES), st.decimals(min_value=0, max_value=500,
                                                                               places=2))
def test_no_retail_price_below_wholesale_passes(prod: catalog.Product, currency: str,
                                                monthly: Decimal) -> None:
    floor = retail.wholesale_price(prod, currency)
    errors = retail.price_problems(prod.code, currency, floor.one_off, monthly, date(2027, 1, 2),
                                   date(2027, 3, 1), None)
    assert (monthly < floor.monthly) == any(e.rule == "retail.below_wholesale" for e in errors)
