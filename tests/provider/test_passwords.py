"""Login password rules (docs/product-rules.md#passwords): each rule fails alone, with its own message."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from provider.domain.passwords import MAX_LENGTH, MESSAGES, MIN_LENGTH, password_problems


def rules(password: str, **kw: str) -> list[str]:
    return [p.rule for p in password_problems(password, **kw)]


def test_a_good_password_passes():
    assert password_problems("Alpen-2026") == []


def test_each_rule_has_its_own_message_naming_it():
    assert rules("Ab1") == ["password.min_length"]
    assert rules("A1" * 65) == ["password.max_length"]
    assert rules("12345678") == ["password.letter"]
    assert rules("abcdefgh") == ["password.digit"]
    assert rules("52718abc", user_id="52718abc") == ["password.not_user_id"]
    assert rules("eva1@muster.example", email="eva1@muster.example") == ["password.not_email"]
    assert len(set(MESSAGES.values())) == len(MESSAGES)
    assert "8 characters" in MESSAGES["password.min_length"]
    assert "128" in MESSAGES["password.max_length"]
    assert "letter" in MESSAGES["password.letter"]
    assert "digit" in MESSAGES["password.digit"]
    assert "user ID" in MESSAGES["password.not_user_id"]
    assert "e-mail" in MESSAGES["password.not_email"]


def test_boundaries_are_inclusive():
    assert "password.min_length" not in rules("a" * (MIN_LENGTH - 1) + "1")
    assert "password.min_length" in rules("a" * (MIN_LENGTH - 2) + "1")
    assert "password.max_length" not in rules("a" * (MAX_LENGTH - 1) + "1")
    assert "password.max_length" in rules("a" * MAX_LENGTH + "1")


def test_equal_to_e_mail_ignores_case_and_surrounding_space():
    assert rules(" Eva1@Muster.Example ", email="eva1@muster.example") == ["password.not_email"]


def test_field_name_is_reported():
    assert password_problems("x", field="new_password")[0].field == "new_password"


letters = st.sampled_from(string.ascii_letters + "äöüéÄ")
digits = st.sampled_from(string.digits)
any_char = st.characters(blacklist_categories=("Cs",))


@given(st.lists(letters, min_size=1, max_size=60), st.lists(digits, min_size=1, max_size=60),
       st.lists(any_char, max_size=6), st.randoms())
def test_any_long_enough_mix_of_letters_and_digits_passes(ls, ds, rest, rnd):
    chars = ls + ds + rest
    rnd.shuffle(chars)
    password = "".join(chars)
    found = rules(password)
    assert ("password.min_length" in found) == (len(password) < MIN_LENGTH)
    assert ("password.max_length" in found) == (len(password) > MAX_LENGTH)
    assert "password.letter" not in found and "password.digit" not in found


@given(st.text(alphabet=st.sampled_from(string.digits + "-_. !"), min_size=0, max_size=40))
def test_without_a_letter_fails_the_letter_rule(password):
    assert "password.letter" in rules(password)


@given(st.text(alphabet=st.sampled_from(string.ascii_letters + "-_. !"), min_size=0, max_size=40))
def test_without_a_digit_fails_the_digit_rule(password):
    assert "password.digit" in rules(password)


@given(st.text(max_size=200))
def test_every_problem_carries_a_known_rule_and_its_message(password):
    for problem in password_problems(password):
        assert MESSAGES[problem.rule] == problem.message
