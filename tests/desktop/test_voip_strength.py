"""The VoIP password meter: the same rules as the provider, and a score that never calls a
password the provider refuses usable."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.models.numbers.voip_strength import broken_rules, strength
from provider.domain.voip_passwords import generate, voip_password_problems

TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x24F), max_size=80)


@given(TEXT)
def test_same_rules_as_the_provider(password: str) -> None:
    assert broken_rules(password) == tuple(p.rule for p in voip_password_problems(password))


@given(TEXT)
def test_refused_passwords_score_zero_and_accepted_ones_at_least_two(password: str) -> None:
    s = strength(password)
    assert (s.score == 0) == bool(s.broken or not password)
    if not s.broken:
        assert 2 <= s.score <= 4


def test_generated_passwords_are_strong_and_short_ones_are_not() -> None:
    assert strength(generate()).score == 4
    assert strength("Abcdefgh1234").score == 2
    assert strength("abc").broken == ("voip_password.length", "voip_password.classes")
