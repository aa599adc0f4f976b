"""The customer list's name key (DIN 5007-1 dictionary order): umlauts as their base letter, ß as
ss, accents and case ignored, white space collapsed; the key is its own key."""

from __future__ import annotations

import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from provider.domain.name_order import KEY_LENGTH, account_name_key, name_key

# Letters of names in Switzerland, Germany, Austria and France, with digits and punctuation.
LATIN = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜäöüßÉÈÊÀÂÇ"
                                "éèêàâçëïîôûù0123456789 -&.'"), max_size=30)
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=300)


@pytest.mark.parametrize(("text", "key"), [
    ("Ärzte AG", "arzte ag"), ("ärzte ag", "arzte ag"), ("ÄRZTE AG", "arzte ag"),
    ("Österreich Telekom", "osterreich telekom"), ("Übersee", "ubersee"),
    ("Straße", "strasse"), ("STRASSE", "strasse"), ("GROẞHANDEL", "grosshandel"),
    ("Émile Zola", "emile zola"), ("Crème brûlée", "creme brulee"), ("Núñez", "nunez"),
    ("e\u0301cole", "ecole"),  # the accent as a combining mark
    ("  Meier \t und\n Söhne  ", "meier und sohne"), ("Ｂäckerei", "backerei"), ("ﬁrma", "firma"),
    ("İzmir", "izmir"), ("Łódź", "łodz"),  # Ł has no decomposition: it stays a letter of its own
])
def test_examples(text: str, key: str) -> None:
    assert name_key(text) == key


def test_the_list_sorts_as_a_german_reader_expects() -> None:
    names = ["Zeta GmbH", "Österreich AG", "Bäckerei Keller", "Ärzte AG", "Apfel GmbH", "Oberhof",
             "ärzte ag", "Orange", "Straße 2", "Strasse 1", "Émile SA", "Ende", "Zürich Versicherung"]
    assert sorted(names, key=name_key) == [
        "Apfel GmbH", "Ärzte AG", "ärzte ag", "Bäckerei Keller", "Émile SA", "Ende", "Oberhof",
        "Orange", "Österreich AG", "Strasse 1", "Straße 2", "Zeta GmbH", "Zürich Versicherung"]


def test_the_company_name_sorts_and_the_contact_name_stands_in() -> None:
    assert account_name_key("Eva Muster", "Ärzte AG") == "arzte ag"
    assert account_name_key("Eva Muster", None) == account_name_key("Eva Muster", "") == "eva muster"


@given(ANY_TEXT)
@example("a" * 199 + " b")  # cut at the limit right after a space
@example("\ufdfa" * 20)  # NFKD: 18 characters from one
def test_the_key_is_its_own_key_and_bounded(text: str) -> None:
    key = name_key(text)
    assert name_key(key) == key
    assert len(key) <= KEY_LENGTH and key == key.strip() and "  " not in key


def test_every_code_point_keys_to_its_own_key() -> None:
    """Casefolding and NFKD in the wrong order leave keys that fold again (U+210C becomes "H",
    İ keeps a dot above): checked for all of Unicode, not a sample."""
    wrong = [hex(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF
             and name_key(name_key(chr(cp))) != name_key(chr(cp))]
    assert wrong == []


UMLAUTS = {"A": "Ä", "O": "Ö", "U": "Ü", "a": "ä", "o": "ö", "u": "ü"}


@given(st.sampled_from(sorted(UMLAUTS)), LATIN, LATIN)
def test_umlaut_plain_and_lower_case_forms_sort_together(letter: str, rest: str, other: str) -> None:
    """Ä…, A… and a… get one key, so a sort puts no other name between them."""
    forms = [UMLAUTS[letter] + rest, letter + rest, letter.lower() + rest]
    assert len({name_key(f) for f in forms}) == 1
    assert len({(name_key(other) < name_key(f), name_key(f) < name_key(other)) for f in forms}) == 1


@given(LATIN, LATIN)
def test_sharp_s_sorts_as_ss(before: str, after: str) -> None:
    assert name_key(before + "ß" + after) == name_key(before + "ss" + after)


@given(LATIN)
def test_accents_and_case_are_ignored(text: str) -> None:
    accented = "".join(c + "\u0301" if c.isalpha() else c for c in text)
    assert name_key(accented) == name_key(text) == name_key(text.upper()) == name_key(text.lower())
