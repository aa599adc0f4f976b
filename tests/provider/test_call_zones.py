"""Zones of dialled numbers seen from CH and DE, cached by prefix: the cache answers what
phonenumbers answers for the number itself."""

from __future__ import annotations

import phonenumbers
from hypothesis import given
from hypothesis import strategies as st

from provider.domain.call_zones import international, zone_of


def test_examples() -> None:
    assert zone_of("0791234567", "CH") == "national_mobile"
    assert zone_of("0441234567", "CH") == "national_fixed"
    assert zone_of("41791234567", "DE") == "europe"
    assert zone_of("015112345678", "DE") == "national_mobile"
    assert zone_of("03012345678", "DE") == "national_fixed"
    assert zone_of("12125551234", "CH") == "world"
    assert zone_of("447911123456", "DE") == "europe"
    assert international("0441234567", "CH") == "41441234567"


@given(head=st.sampled_from(["44", "43", "31", "61", "75", "76", "77", "78", "79", "21", "58"]),
       tail=st.integers(min_value=0, max_value=9_999_999))
def test_swiss_numbers_agree_with_phonenumbers(head: str, tail: int) -> None:
    number = f"41{head}{tail:07d}"
    parsed = phonenumbers.parse("+" + number)
    expected = ("national_mobile" if phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE
                else "national_fixed")
    assert zone_of("0" + number[2:], "CH") == expected
