"""Currency and VAT by country (docs/product-rules.md#currency-and-vat)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider.domain.tax import EU_STANDARD_RATES, currency_for, tax_treatment


@pytest.mark.parametrize("country", ["CH", "LI"])
@pytest.mark.parametrize("business", [True, False])
def test_switzerland_and_liechtenstein_pay_chf_at_8_1(country, business):
    t = tax_treatment(country, business=business, valid_eu_vat_number=business)
    assert (t.currency, t.rate_percent, t.reverse_charge) == ("CHF", Decimal("8.1"), False)
    assert currency_for(country) == "CHF"


@pytest.mark.parametrize(("country", "rate"), [("DE", "19"), ("AT", "20")])
def test_germany_and_austria_charge_their_rate_even_with_a_vat_number(country, rate):
    for business, vat in ((False, False), (True, False), (True, True)):
        t = tax_treatment(country, business=business, valid_eu_vat_number=vat)
        assert (t.currency, t.rate_percent, t.reverse_charge) == ("EUR", Decimal(rate), False)


@given(st.sampled_from(sorted(set(EU_STANDARD_RATES) - {"DE", "AT"})))
def test_other_eu_businesses_with_a_valid_vat_number_pay_zero_with_a_note(country):
    t = tax_treatment(country, business=True, valid_eu_vat_number=True)
    assert (t.currency, t.rate_percent, t.reverse_charge) == ("EUR", Decimal("0"), True)
    assert t.note and "Reverse charge" in t.note
    plain = tax_treatment(country, business=True, valid_eu_vat_number=False)
    assert plain.rate_percent == EU_STANDARD_RATES[country] and plain.note is None
    private = tax_treatment(country, business=False, valid_eu_vat_number=True)
    assert private.rate_percent == EU_STANDARD_RATES[country] and not private.reverse_charge


def test_rates_are_decimals_and_the_table_covers_the_27_member_states():
    assert len(EU_STANDARD_RATES) == 27
    assert all(isinstance(r, Decimal) and Decimal(15) <= r <= Decimal(28)
               for r in EU_STANDARD_RATES.values())


def test_unsupported_country_is_refused():
    with pytest.raises(ValueError):
        tax_treatment("US", business=True, valid_eu_vat_number=False)
