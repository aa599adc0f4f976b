"""The pure rules of two-factor codes (domain/two_factor.py), alone and with hypothesis."""

from __future__ import annotations

import datetime as dt

import pyotp
from hypothesis import given
from hypothesis import strategies as st

from provider.domain import two_factor as rules

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
T0 = dt.datetime(2031, 3, 4, 10, 0, 15, tzinfo=dt.UTC)


def code_at(when: dt.datetime) -> str:
    return pyotp.TOTP(SECRET).at(when)


@given(st.integers(min_value=-1, max_value=1))
def test_a_code_of_the_step_before_now_or_after_is_accepted(offset):
    typed = code_at(T0 + dt.timedelta(seconds=30 * offset))
    assert rules.matching_step(SECRET, typed, T0, None) == rules.time_step(T0) + offset


@given(st.integers(min_value=2, max_value=1000), st.sampled_from([-1, 1]))
def test_a_code_further_off_is_refused(steps, sign):
    typed = code_at(T0 + dt.timedelta(seconds=30 * steps * sign))
    found = rules.matching_step(SECRET, typed, T0, None)
    # A far step's six digits may equal a near step's by chance (1 in a million per step).
    assert found is None or abs(found - rules.time_step(T0)) <= 1


@given(st.integers(min_value=-1, max_value=1), st.integers(min_value=0, max_value=3))
def test_no_code_of_the_last_used_step_or_an_earlier_one(offset, later):
    step = rules.time_step(T0) + offset
    typed = code_at(T0 + dt.timedelta(seconds=30 * offset))
    assert rules.matching_step(SECRET, typed, T0, step + later) is None
    assert rules.matching_step(SECRET, typed, T0, step - 1) == step


def test_recovery_codes_are_ten_distinct_and_read_back_from_paper():
    codes = rules.new_recovery_codes()
    assert len(set(codes)) == 10
    for c in codes:
        assert len(c) == 14 and c.count("-") == 2
        typed = rules.code_typed(c.upper().replace("-", " "))
        assert rules.is_recovery_code(typed) and not rules.is_time_code(typed)
    assert not rules.is_recovery_code("o0o0-1111-llll")


def test_the_uri_names_the_issuer_the_user_and_the_secret():
    uri = rules.provisioning_uri(SECRET, "eva@example.ch", "Switchboard")
    assert uri == (f"otpauth://totp/Switchboard:eva%40example.ch?secret={SECRET}"
                   "&issuer=Switchboard")
