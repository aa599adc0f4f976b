"""Bank-transfer references (docs/product-rules.md#bank-transfer): the Swiss QR reference (27 digits,
recursive modulo-10 check digit) and the ISO 11649 creditor reference (RF, mod 97 == 1). The validators
answer True or False for any text, never raise."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provider.domain.payment_refs import (
    creditor_reference,
    format_number,
    is_valid_creditor_reference,
    is_valid_qr_reference,
    mod10_recursive,
    qr_reference,
)

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
account_ids = st.integers(min_value=1, max_value=2**31 - 1)
seqs = st.integers(min_value=1, max_value=999_999)
years = st.integers(min_value=2000, max_value=2199)


def _iso7064_mod97(ref: str) -> int:
    """Written independently of the module: move RF+check to the end, letters to 10..35."""
    text = (ref[4:] + ref[:4]).upper()
    return int("".join(str(ord(c) - 55) if c.isalpha() else c for c in text)) % 97


def test_published_examples():
    # SIX "Swiss Implementation Guidelines QR-bill", sample QR reference.
    assert is_valid_qr_reference("21 00000 00003 13947 14300 09017")
    assert not is_valid_qr_reference("21 00000 00003 13947 14300 09018")
    assert mod10_recursive("21000000000313947143000901") == 7
    # ISO 11649 sample.
    assert is_valid_creditor_reference("RF18 5390 0754 7034")
    assert is_valid_creditor_reference("RF18539007547034")
    assert not is_valid_creditor_reference("RF19539007547034")
    assert creditor_reference("539007547034") == "RF18539007547034"


@given(account_ids, seqs, years)
def test_qr_reference_is_27_digits_with_a_valid_check_digit(account_id, seq, year):
    ref = qr_reference(account_id, seq, year)
    assert len(ref) == 27 and ref.isascii() and ref.isdigit()
    assert is_valid_qr_reference(ref)
    assert int(ref[-1]) == mod10_recursive(ref[:-1])


@given(account_ids, seqs, years, st.integers(min_value=0, max_value=26), st.integers(1, 9))
def test_qr_check_digit_catches_every_single_digit_error(account_id, seq, year, pos, shift):
    ref = qr_reference(account_id, seq, year)
    wrong = ref[:pos] + str((int(ref[pos]) + shift) % 10) + ref[pos + 1:]
    assert not is_valid_qr_reference(wrong)


@given(account_ids, seqs, years, account_ids, seqs, years)
def test_qr_references_name_one_invoice(a1, s1, y1, a2, s2, y2):
    assert (qr_reference(a1, s1, y1) == qr_reference(a2, s2, y2)) == ((a1, s1, y1) == (a2, s2, y2))


@given(st.text(alphabet=ALNUM, min_size=1, max_size=21))
def test_creditor_reference_is_mod97_one(payload):
    ref = creditor_reference(payload)
    assert ref.startswith("RF") and ref[2:4].isdigit() and ref[4:] == payload.upper()
    assert 5 <= len(ref) <= 25
    assert _iso7064_mod97(ref) == 1
    assert is_valid_creditor_reference(ref)


@given(years, seqs, account_ids)
def test_creditor_reference_of_an_invoice(year, seq, account_id):
    # The payload provider/services/invoicing.py builds: at most 4 + 6 + 10 = 20 characters.
    ref = creditor_reference(f"{year:04d}{seq:06d}{account_id}")
    assert _iso7064_mod97(ref) == 1 and is_valid_creditor_reference(ref)


@given(st.text(alphabet=ALNUM, min_size=1, max_size=21), st.integers(0, 20), st.integers(1, 9))
def test_creditor_reference_catches_a_changed_digit(payload, pos, shift):
    ref = creditor_reference(payload)
    body = ref[4:]
    pos %= len(body)
    if not body[pos].isdigit():
        return
    changed = body[:pos] + str((int(body[pos]) + shift) % 10) + body[pos + 1:]
    assert not is_valid_creditor_reference(ref[:4] + changed)


@pytest.mark.parametrize("payload", ["", "A" * 22, "AB-12", "ÄBC", "١٢٣", "ß"])
def test_creditor_reference_refuses_bad_payloads(payload):
    with pytest.raises(ValueError):
        creditor_reference(payload)


@given(st.text(max_size=40))
def test_validators_answer_any_text_without_raising(text):
    assert is_valid_qr_reference(text) in (True, False)
    assert is_valid_creditor_reference(text) in (True, False)


@pytest.mark.parametrize("text", ["²" * 27, "٣" * 27, "RF²²ABC", "RF18５３９００７５４７０３４", "RF18ß"])
def test_non_ascii_digits_are_not_references(text):
    assert not is_valid_qr_reference(text)
    assert not is_valid_creditor_reference(text)


def test_invoice_numbers():
    assert format_number(2026, 123) == "2026-000123"
