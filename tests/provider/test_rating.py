"""Call rating (docs/product-rules.md#monthly-invoice): per second with a 60-second
minimum, unanswered calls free, each call a Decimal rounded to the cent; never negative and never
cheaper for a longer call."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider.domain.rating import MINIMUM_SECONDS, TARIFF, ZONES, billed_seconds, rate_call

zones = st.sampled_from(ZONES)
currencies = st.sampled_from(sorted(TARIFF))
durations = st.integers(min_value=0, max_value=10 * 24 * 3600)  # up to ten days on one line


def test_examples():
    assert rate_call("national_fixed", 0, "CHF") == Decimal("0.00")
    assert rate_call("national_fixed", 1, "CHF") == Decimal("0.08")  # the minute's minimum
    assert rate_call("national_fixed", 60, "CHF") == Decimal("0.08")
    assert rate_call("national_fixed", 90, "CHF") == Decimal("0.12")
    assert rate_call("world", 61, "EUR") == Decimal("0.70")  # 0.69 * 61 / 60 = 0.7015
    assert rate_call("national_mobile", 3600, "CHF") == Decimal("17.40")


def test_negative_duration_is_refused():
    with pytest.raises(ValueError):
        rate_call("europe", -1, "CHF")
    with pytest.raises(ValueError):
        billed_seconds(-5)


@given(zones, currencies, durations)
def test_price_is_never_negative_and_in_whole_cents(zone, currency, duration):
    price = rate_call(zone, duration, currency)
    assert isinstance(price, Decimal)
    assert price >= 0
    assert price.as_tuple().exponent == -2, "always exactly two places"
    assert (price == 0) == (duration == 0), "only unanswered calls are free"


@given(zones, currencies, st.integers(min_value=1, max_value=MINIMUM_SECONDS))
def test_a_short_call_costs_the_minimum(zone, currency, duration):
    assert billed_seconds(duration) == MINIMUM_SECONDS
    assert rate_call(zone, duration, currency) == rate_call(zone, MINIMUM_SECONDS, currency)


@given(zones, currencies, durations, durations)
def test_monotone_in_duration(zone, currency, a, b):
    short, long = sorted((a, b))
    assert rate_call(zone, short, currency) <= rate_call(zone, long, currency)


@given(zones, currencies, st.integers(min_value=MINIMUM_SECONDS, max_value=10 * 24 * 3600))
def test_per_second_beyond_the_minimum_is_within_half_a_cent(zone, currency, duration):
    exact = TARIFF[currency][zone] * duration / 60
    assert abs(rate_call(zone, duration, currency) - exact) <= Decimal("0.005")


def test_calls_are_zoned_by_the_callers_country():
    from provider.domain.rating import zone_of

    assert zone_of("41445551234", "4930123456") == "europe"  # a Swiss caller to Germany
    assert zone_of("4930123456", "41445551234") == "europe"  # and back
    assert zone_of("41445551234", "41791234567") == "national_mobile"
    assert zone_of("4930123456", "4915112345678") == "national_mobile"
    assert zone_of("4930123456", "4940123456") == "national_fixed"
    assert zone_of("4232301234", "41445551234") == "national_fixed"  # LI and CH: one numbering area
    assert zone_of("41445551234", "12125551234") == "world"


def test_demo_traffic_is_rated_by_the_callers_country():
    import random
    from datetime import UTC, datetime

    from provider.domain.rating import zone_of
    from provider.services.calls import fake_calls

    made = fake_calls(random.Random(3), ["41445550000", "4930555000"], 400, datetime(2026, 1, 1, tzinfo=UTC),
                      datetime(2026, 2, 1, tzinfo=UTC))
    assert all(c.zone == zone_of(c.from_number, c.to_number) for c in made)
    swiss_to_germany = [c for c in made if c.from_number.startswith("41") and c.to_number.startswith("49")]
    assert swiss_to_germany and all(c.zone == "europe" for c in swiss_to_germany)
