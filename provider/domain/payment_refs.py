"""References for paying an invoice by bank transfer (docs/product-rules.md#bank-transfer). Pure: no I/O.

CHF invoices carry a Swiss QR-bill: a QR-IBAN and a 27-digit QR reference whose last digit is
the recursive modulo-10 check digit. EUR invoices carry an EPC QR code with an ISO 11649
creditor reference (RF + 2 check digits + up to 21 characters, ISO 7064 mod 97-10).
"""

from __future__ import annotations

import re

# str.isdigit()/isalnum() accept any Unicode digit or letter ("²", "٣", "５", "é"), which int()
# then refuses or silently reads; references are ASCII by standard, so match ASCII explicitly.
_DIGITS = re.compile(r"[0-9]+")
_ALNUM = re.compile(r"[A-Za-z0-9]+")

# Recursive modulo 10 table of the Swiss payment standards (the "Modulo 10, rekursiv").
_TABLE = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)


def mod10_recursive(digits: str) -> int:
    carry = 0
    for ch in digits:
        carry = _TABLE[(carry + int(ch)) % 10]
    return (10 - carry) % 10


def qr_reference(account_id: int, invoice_seq: int, year: int) -> str:
    """26 digits naming the invoice, plus the check digit: 27 digits."""
    body = f"{account_id:012d}{year:04d}{invoice_seq:010d}"
    return body + str(mod10_recursive(body))


def is_valid_qr_reference(ref: str) -> bool:
    ref = ref.replace(" ", "")
    return len(ref) == 27 and _DIGITS.fullmatch(ref) is not None and (
        mod10_recursive(ref[:-1]) == int(ref[-1]))


def _mod97(text: str) -> int:
    numeric = "".join(str(int(ch, 36)) for ch in text)
    return int(numeric) % 97


def creditor_reference(payload: str) -> str:
    """RF creditor reference for an alphanumeric payload (at most 21 characters)."""
    if not (1 <= len(payload) <= 21 and _ALNUM.fullmatch(payload)):
        raise ValueError("payload must be 1 to 21 ASCII letters or digits")
    payload = payload.upper()
    check = 98 - _mod97(payload + "RF00")
    return f"RF{check:02d}{payload}"


def is_valid_creditor_reference(ref: str) -> bool:
    if not ref.isascii():  # before upper(): "ß".upper() is "SS"
        return False
    ref = ref.replace(" ", "").upper()
    if not (5 <= len(ref) <= 25 and ref.startswith("RF") and _DIGITS.fullmatch(ref[2:4])
            and _ALNUM.fullmatch(ref)):
        return False
    return _mod97(ref[4:] + ref[:4]) == 1


def format_number(year: int, seq: int) -> str:
    """Invoice numbers run per year without gaps: 2026-000123."""
    return f"{year:04d}-{seq:06d}"
