"""Currency and VAT by the customer's country and by where the seller is VAT-registered
(docs/invoices.md): the sandbox's seller is registered in CH, DE and AT and in the non-Union OSS."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider.domain import seller
from provider.domain.tax import EU_STANDARD_RATES, currency_for, tax_treatment

SANDBOX = seller.parse(seller.SANDBOX).vat
SWISS_ONLY = {"CH": "CHE-109.322.551 MWST"}


def treatment(country: str, business: bool, vat: bool, registrations: dict[str, str] = SANDBOX):
    return tax_treatment(country, business=business, valid_eu_vat_number=vat, seller_vat=registrations)


@pytest.mark.parametrize("country", ["CH", "LI"])
@pytest.mark.parametrize("business", [True, False])
def test_switzerland_and_liechtenstein_pay_chf_at_8_1_under_the_swiss_number(country, business):
    t = treatment(country, business, business)
    assert (t.currency, t.rate_percent, t.reverse_charge) == ("CHF", Decimal("8.1"), False)
    assert t.seller_vat_id == "CHE-109.322.551 MWST"
    assert currency_for(country) == "CHF"


@pytest.mark.parametrize(
    ("country", "rate", "number"), [("DE", "19", "DE136695976"), ("AT", "20", "ATU13585627")]
)
def test_where_the_seller_is_registered_its_rate_and_number_apply_to_everyone(country, rate, number):
    for business, vat in ((False, False), (True, False), (True, True)):
        t = treatment(country, business, vat)
        assert (t.currency, t.rate_percent, t.reverse_charge, t.seller_vat_id) == (
            "EUR",
            Decimal(rate),
            False,
            number,
        )


@pytest.mark.parametrize("country", ["DE", "AT"])
def test_a_business_where_the_seller_is_not_registered_is_reverse_charge(country):
    """The case the old rule got wrong: 19 % / 20 % under the Swiss number only."""
    t = treatment(country, True, True, SWISS_ONLY)
    assert (t.rate_percent, t.reverse_charge, t.seller_vat_id) == (Decimal("0"), True, "CHE-109.322.551 MWST")
    private = treatment(country, False, False, SWISS_ONLY)
    assert (private.rate_percent, private.reverse_charge) == (EU_STANDARD_RATES[country], False)


@given(st.sampled_from(sorted(set(EU_STANDARD_RATES) - {"DE", "AT"})))
def test_other_eu_businesses_with_a_valid_vat_number_pay_zero_with_a_note(country):
    t = treatment(country, True, True)
    assert (t.currency, t.rate_percent, t.reverse_charge) == ("EUR", Decimal("0"), True)
    assert t.note and "Reverse charge" in t.note
    plain = treatment(country, True, False)
    assert plain.rate_percent == EU_STANDARD_RATES[country] and plain.note is None
    assert plain.seller_vat_id == "EU372000041"  # private customers: the non-Union OSS number
    private = treatment(country, False, True)
    assert private.rate_percent == EU_STANDARD_RATES[country] and not private.reverse_charge


def test_rates_are_decimals_and_the_table_covers_the_27_member_states():
    assert len(EU_STANDARD_RATES) == 27
    assert all(isinstance(r, Decimal) and Decimal(15) <= r <= Decimal(28) for r in EU_STANDARD_RATES.values())


def test_unsupported_country_is_refused():
    with pytest.raises(ValueError):
        treatment("US", True, False)


def test_seller_settings_are_checked():
    from provider.domain.errors import RuleViolation

    bad = {
        **seller.SANDBOX,
        "vat": {"CH": "CHE-109.322.552"},
        "bank_accounts": [
            {"currency": "CHF", "iban": "DE89 3704 0044 0532 0130 00", "reference_type": "QRR"}
        ],
    }
    with pytest.raises(RuleViolation) as caught:
        seller.parse(bad)
    rules = {e.rule for e in caught.value.errors}
    assert {"vat_number", "vat.home", "reference_type.iban", "bank_accounts.currency"} <= rules
