"""Pure client-side checks: the IBAN (schwifty, as the provider checks mandates), card numbers
(Luhn by python-stdnum) and expiry, the compact call store."""

from __future__ import annotations

from datetime import date

import stdnum.iban
from hypothesis import given
from hypothesis import strategies as st
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from schwifty.registry import get_iban_spec

from desktop.models.automatic_payments.iban import compact, grouped, iban_problem
from desktop.models.invoices.calls_model import CallChunk, decode_number, encode_number
from desktop.models.payments.cards import card_problem, luhn_ok, parse_expiry

SEPA = ("AD", "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GI", "GR",
        "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MT", "NL", "NO", "PL", "PT", "RO",
        "SE", "SI", "SK", "SM", "VA")
# Countries whose account numbers may be all digits: any digits make a well-formed IBAN there.
NUMERIC = tuple(c for c in SEPA if "a" not in get_iban_spec(c).bban_spec)

KNOWN_GOOD = ["DE89 3704 0044 0532 0130 00", "CH93 0076 2011 6238 5295 7", "GB82 WEST 1234 5698 7654 32",
              "AT61 1904 3002 3457 3201", "fr1420041010050500013m02606"]


def test_known_ibans_pass_and_a_changed_digit_fails():
    for iban in KNOWN_GOOD:
        assert iban_problem(iban) is None, iban
    assert iban_problem("DE88 3704 0044 0532 0130 00") == "iban.checksum"
    assert iban_problem("DE89 3704 0044 0532 0130") == "iban.length"
    assert iban_problem("") == "iban.empty"
    assert iban_problem("DE89 3704 0044 0532 0130 0!") == "iban.characters"
    assert iban_problem("1289 3704 0044 0532 0130 00") == "iban.country"
    assert iban_problem("XX89 3704 0044 0532 0130 00") == "iban.country"
    assert iban_problem("GB82 1234 1234 5698 7654 32") == "iban.structure"  # GB bank codes are letters


@given(st.sampled_from(NUMERIC), st.data())
def test_made_ibans_pass_and_any_single_digit_change_fails(country, data):
    size = get_iban_spec(country).bban_length
    bban = data.draw(st.text("0123456789", min_size=size, max_size=size))
    iban = country + stdnum.iban.calc_check_digits(country + "00" + bban) + bban
    assert iban_problem(iban) is None and iban_problem(grouped(iban).lower()) is None
    pos = data.draw(st.integers(4, len(iban) - 1))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != iban[pos]]))
    assert iban_problem(iban[:pos] + new + iban[pos + 1:]) == "iban.checksum"  # mod 97 catches 1 digit
    assert compact(grouped(iban)) == iban


@given(st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=15, max_size=34))
def test_the_iban_check_agrees_with_the_providers(text):
    """The provider signs a mandate for what schwifty takes (provider/services/sepa.py)."""
    try:
        IBAN(text)
        taken = True
    except SchwiftyException:
        taken = False
    assert (iban_problem(text) is None) == taken


@given(st.text("0123456789", min_size=15, max_size=15))
def test_luhn_check_digit_completes_any_number(body):
    valid = [body + d for d in "0123456789" if luhn_ok(body + d)]
    assert len(valid) == 1


def test_card_checks():
    today = date(2026, 11, 22)
    assert card_problem("4242 4242 4242 4242", "12/30", "123", today) == {}
    assert card_problem("4242 4242 4242 4241", "10/26", "12", today) == {
        "number": "card.number", "expiry": "card.expired", "cvc": "card.cvc"}
    assert card_problem("4242424242424242", "11/26", "1234", today) == {}  # valid through its month
    assert parse_expiry("13/30") is None and parse_expiry("0830") == (8, 2030)


@given(st.from_regex(r"\A\+?[0-9]{1,17}\Z"))
def test_numbers_round_trip_through_the_compact_store(number):
    assert decode_number(encode_number(number)) == number


def test_call_chunk_keeps_prices_exact():
    chunk = CallChunk.from_json([{"id": 1, "started_at": "2026-01-05T09:00:00Z",
                                  "from_number": "+41445551234", "to_number": "0791234567",
                                  "zone": "national_mobile", "duration_s": 61,
                                  "price": "0.35"}])
    assert list(chunk.prices) == [35] and chunk.zone_names == ["national_mobile"]
