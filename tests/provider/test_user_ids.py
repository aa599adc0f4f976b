"""User-ID formats (docs/product-rules.md#user-ids) and the normalisation of sign-in identifiers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provider.domain.user_ids import (
    is_collective_user_id,
    is_single_user_id,
    looks_like_user_id,
    normalize_identifier,
    normalize_number,
    single_user_id_problem,
)


def test_single_ids_are_ch_or_li_numbers_in_e164_digits():
    assert is_single_user_id("41445551234")
    assert is_single_user_id("4233921234")
    assert not is_single_user_id("+41445551234")
    assert not is_single_user_id("4144555123")  # CH needs 9 digits after 41
    assert not is_single_user_id("414455512345")
    assert not is_single_user_id("423392123")  # LI needs 7 digits after 423
    assert not is_single_user_id("49301234567")  # DE is not a single-account country
    assert single_user_id_problem("49301234567") is not None
    assert single_user_id_problem("41445551234") is None


def test_collective_ids_have_four_or_five_digits():
    assert is_collective_user_id("7310")
    assert is_collective_user_id("52718")
    assert not is_collective_user_id("731")
    assert not is_collective_user_id("527180")
    assert not is_collective_user_id("0731")
    assert not is_collective_user_id("52a18")


def test_written_forms_of_a_number_normalise_to_one_id():
    for written in ("+41 44 555 12 34", "0041 44 555 12 34", "41445551234", " +41-44-555.12.34 ",
                    "+41 (44) 555 12 34"):
        assert normalize_number(written) == "41445551234"


def test_identifiers_an_at_sign_decides():
    assert looks_like_user_id("52718")
    assert not looks_like_user_id("Owner@Alpenblick.example")
    assert normalize_identifier(" Owner@Alpenblick.EXAMPLE ") == "owner@alpenblick.example"
    assert normalize_identifier("+41 44 555 12 34") == "41445551234"


@given(st.from_regex(r"41[0-9]{9}", fullmatch=True))
def test_every_ch_number_is_a_single_id_and_not_collective(number):
    assert is_single_user_id(number) and not is_collective_user_id(number)


@given(st.from_regex(r"423[0-9]{7}", fullmatch=True))
def test_every_li_number_is_a_single_id(number):
    assert is_single_user_id(number)


@given(st.integers(1000, 99999))
def test_every_four_or_five_digit_number_is_a_collective_id(n):
    assert is_collective_user_id(str(n)) and not is_single_user_id(str(n))


@given(st.from_regex(r"41[0-9]{9}", fullmatch=True), st.sampled_from(["+", "00", ""]),
       st.lists(st.sampled_from([" ", "-", ".", "/"]), max_size=4))
def test_normalisation_is_stable_under_prefixes_and_separators(number, prefix, seps):
    written = prefix + number[:2]
    for i, sep in enumerate(seps):
        written += sep + number[2 + i * 2: 4 + i * 2]
    written += number[2 + len(seps) * 2:]
    assert normalize_number(written) == number
    assert normalize_identifier(written) == number


@given(st.emails(), st.sampled_from([str.upper, str.lower, str.title, str]), st.sampled_from(["", " ", "\t"]))
def test_email_identifiers_match_whatever_the_case_and_padding(email, case, pad):
    assert normalize_identifier(pad + case(email) + pad) == email.casefold()
