"""VAT numbers are validated for the account's country (python-stdnum, offline)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider.domain.vat_numbers import normalize_vat_number


@pytest.mark.parametrize(("country", "given_", "canonical"), [
    ("CH", "CHE-116.281.710 MWST", "CHE-116.281.710 MWST"),
    ("CH", "che116281710", "CHE-116.281.710 MWST"),
    ("DE", "DE136695976", "DE136695976"),
    ("DE", "136695976", "DE136695976"),
    ("AT", "ATU13585627", "ATU13585627"),
    ("NL", "NL004495445B01", "NL004495445B01"),
])
def test_valid_numbers_are_accepted_in_canonical_form(country, given_, canonical):
    assert normalize_vat_number(country, given_) == canonical


@pytest.mark.parametrize(("country", "number"), [
    ("CH", "CHE-116.281.711 MWST"),  # wrong check digit
    ("DE", "DE136695977"),
    ("DE", "ATU13585627"),  # another country's number
    ("FR", "hello"),
    ("AT", ""),
])
def test_invalid_numbers_are_refused(country, number):
    assert normalize_vat_number(country, number) is None


@given(st.sampled_from(["CH", "LI", "DE", "AT", "FR", "GR", "IT"]), st.text(max_size=40))
def test_never_raises_on_any_text(country, text):
    result = normalize_vat_number(country, text)
    assert result is None or isinstance(result, str)
