"""Phone numbers as typed and shown: national formats of CH, LI, DE and AT read in their region,
international ones anywhere; shown grouped in the international format; sign-in and registration
take the Swiss national format against the real provider."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.phone_numbers import grouped, region_of_locale, sign_in_identifier, to_e164
from tests.desktop.helpers import PASSWORD
from tests.desktop.test_registration_wizard import PASSWORD as WIZARD_PASSWORD
from tests.desktop.test_registration_wizard import _fill, _finish, _wizard
from tests.desktop.views_support import (  # noqa: F401 (autouse fixture)
    close_windows,
    register_private,
    sign_in_through_dialog,
    start_app,
)


@pytest.mark.parametrize(("typed", "region", "e164"), [
    ("044 555 12 34", "CH", "+41445551234"),
    ("079 123 45 67", "CH", "+41791234567"),
    ("+41 44 555 12 34", "DE", "+41445551234"),  # international: the region does not matter
    ("0041 44 555 12 34", "AT", "+41445551234"),
    ("235 12 34", "LI", "+4232351234"),
    ("030 1234567", "DE", "+49301234567"),
    ("0151 23456789", "DE", "+4915123456789"),
    ("01 5123456", "AT", "+4315123456"),
    ("(044) 555-12-34", "CH", "+41445551234"),
])
def test_national_and_international_formats(typed, region, e164):
    assert to_e164(typed, region) == e164


@pytest.mark.parametrize("typed", ["", "12", "044 555", "call me", "+41 44 555 12 34 5678 9", "0" * 50])
def test_what_is_no_number_is_refused(typed):
    assert to_e164(typed, "CH") is None


def test_sign_in_identifiers():
    assert sign_in_identifier(" 044 555 12 34 ", "CH") == "+41445551234"
    assert sign_in_identifier("52718", "CH") == "52718"  # a collective account's user ID
    assert sign_in_identifier("Eva@Example.ch", "CH") == "Eva@Example.ch"
    assert sign_in_identifier("garbage 12", "CH") == "garbage 12"  # the provider says why


def test_region_from_the_locale():
    assert region_of_locale("de_CH") == "CH" and region_of_locale("de_AT.UTF-8") == "AT"
    assert region_of_locale("de-LI") == "LI" and region_of_locale("en_US") == "CH"
    assert region_of_locale("de_DE", ("CH", "LI")) == "CH"  # a user ID is Swiss or Liechtenstein


@pytest.mark.parametrize(("stored", "shown"), [
    ("+41315550000", "+41 31 555 00 00"),
    ("41791234567", "+41 79 123 45 67"),  # call records keep the digits without "+"
    ("+4232351234", "+423 235 12 34"),
    ("+49301234567", "+49 30 1234567"),
    ("+4315123456", "+43 1 5123456"),
    ("?", "?"), ("Extension 12", "Extension 12"), ("0791234567", "0791234567"),
])
def test_numbers_are_shown_grouped(stored, shown):
    assert grouped(stored) == shown


@given(st.sampled_from(["CH", "LI", "DE", "AT"]), st.sampled_from(["FIXED_LINE", "MOBILE"]), st.randoms())
def test_every_national_format_comes_back_as_the_same_number(region, kind, rnd):
    example = phonenumbers.example_number_for_type(region, getattr(phonenumbers.PhoneNumberType, kind))
    national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    spaced = "".join(c + (" " if rnd.random() < 0.2 else "") for c in national)
    assert to_e164(spaced, region) == e164
    assert grouped(e164).replace(" ", "") == e164


def _swiss_number() -> str:
    while True:
        national = "044 " + "".join(random.choice("0123456789") for _ in range(7))
        if to_e164(national, "CH"):
            return national


def test_register_and_sign_in_with_the_national_format(qtbot, provider_server, qsettings_tmp,
                                                        keyring_backend, unique_email):
    national = _swiss_number()
    wizard = _wizard(qtbot, provider_server)
    _fill(wizard, email=unique_email("national"), business=False, single=True, number=national)
    me = _finish(qtbot, wizard)
    assert me.account.user_id == "41" + national.replace(" ", "")[1:]

    controller = start_app(qtbot, provider_server, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, national, WIZARD_PASSWORD)  # as on a business card
    assert controller.session.me.account.user_id == me.account.user_id


def test_sign_in_with_the_number_as_written_internationally(qtbot, provider_server, qsettings_tmp,
                                                             keyring_backend, unique_email):
    registered = register_private(provider_server, unique_email("intl"))
    number = "+" + registered.account.user_id
    controller = start_app(qtbot, provider_server, qsettings_tmp)
    sign_in_through_dialog(qtbot, controller, grouped(number), PASSWORD)
    assert controller.session.me.account.user_id == registered.account.user_id
