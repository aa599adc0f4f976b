"""The tariff zone of a dialled number, seen from the customer's country (domain/rating.py
prices the zones). Pure.

national_fixed: the customer's own country, any number that is not a mobile one (special and
toll-free numbers included); national_mobile: a mobile number of the customer's own country;
europe: a number of another European country; world: everything else.

Numbers are classified by `phonenumbers` (Google's numbering plans), which takes about 80 µs a
number: far too slow for a million call records. A foreign number's zone follows from its
country code alone; a national one's from the first digits after it (the mobile ranges are 07x
in Switzerland, 015x-017x in Germany), so the answer is cached per country and the number's
first three digits after the country code.
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberType

COUNTRY_CODE = {"CH": "41", "DE": "49", "AT": "43", "LI": "423"}
PREFIX_DIGITS = 3
EUROPE = frozenset({
    "AD", "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FO",
    "FR", "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI", "LT", "LU", "LV",
    "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "UA",
    "VA", "XK",
})


def international(dialled: str, country: str) -> str:
    """'0441234567' dialled in CH -> '41441234567'; international numbers stay."""
    if dialled.startswith("0"):
        return _country_code(country) + dialled[1:]
    return dialled


def zone_of(dialled: str, country: str) -> str:
    """The zone of `dialled` (digits, national with 0 or international without +) for a
    customer in `country` (ISO 3166 alpha-2)."""
    number = international(dialled, country)
    code = _code_of(number[:3])
    if code is None:
        return "world"
    if code != _country_code(country):
        return _foreign_zone(code)
    key = (country, number[:len(code) + PREFIX_DIGITS])
    zone = _ZONES.get(key)
    if zone is None:  # the first number seen with a prefix decides it for the prefix
        if len(_ZONES) > 100_000:
            _ZONES.clear()
        zone = _ZONES[key] = _classify(country, number)
    return zone


_ZONES: dict[tuple[str, str], str] = {}


def _classify(country: str, number: str) -> str:
    try:
        parsed = phonenumbers.parse("+" + number)
    except phonenumbers.NumberParseException:
        return "world"
    if parsed.country_code == int(_country_code(country)):
        mobile = phonenumbers.number_type(parsed) == PhoneNumberType.MOBILE
        return "national_mobile" if mobile else "national_fixed"
    return "europe" if phonenumbers.region_code_for_number(parsed) in EUROPE else "world"


@lru_cache(maxsize=1024)
def _foreign_zone(code: str) -> str:
    # A code shared by several countries (+44 GB, GG, IM, JE; +1 US, CA, ...) names its main
    # one, and they all lie in the same zone.
    return "europe" if phonenumbers.region_code_for_country_code(int(code)) in EUROPE else "world"


@lru_cache(maxsize=1024)
def _code_of(head: str) -> str | None:
    """The country calling code (1 to 3 digits) a number starting with `head` has."""
    for length in (1, 2, 3):
        code = head[:length]
        if len(code) == length and phonenumbers.region_code_for_country_code(int(code)) != "ZZ":
            return code
    return None


@lru_cache(maxsize=256)
def _country_code(country: str) -> str:
    return COUNTRY_CODE.get(country) or str(phonenumbers.country_code_for_region(country))
