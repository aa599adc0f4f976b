"""The client's live password hints agree with the provider's rules (the provider is the judge)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.views.password_hints import password_checks, password_ok
from provider.domain.passwords import password_problems


@given(st.text(max_size=140), st.one_of(st.none(), st.from_regex(r"\d{4,11}", fullmatch=True)),
       st.one_of(st.none(), st.emails()))
def test_hints_match_the_provider_rules(password, user_id, email):
    broken = {p.rule for p in password_problems(password, user_id=user_id, email=email)}
    checks = password_checks(password, user_id=user_id, email=email)
    assert {rule for rule, ok in checks.items() if not ok} == broken
    assert password_ok(password, user_id=user_id, email=email) == (not broken)


def test_examples():
    assert password_ok("Switchboard-2026")
    assert not password_checks("short1")["password.min_length"]
    assert not password_checks("41445551234a", user_id="41445551234A")["password.not_user_id"]
