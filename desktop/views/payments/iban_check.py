"""IBAN check in the client (ISO 13616 mod-97), so a typo shows while typing. The provider's
check (schwifty, with each country's length and bank codes) is the authoritative one."""

from __future__ import annotations

# Lengths of the SEPA countries' IBANs; an unknown country is checked by mod-97 alone.
IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
    "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "VA": 22,
}


def compact(text: str) -> str:
    """Spaces and dashes out, upper case: `de89 3704-0044 ...` -> `DE893704...`."""
    return "".join(ch for ch in text if ch not in " -\t").upper()


def grouped(text: str) -> str:
    """`DE89370400440532013000` -> `DE89 3704 0044 0532 0130 00` (how it is printed)."""
    iban = compact(text)
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def mod97(iban: str) -> int:
    """The remainder ISO 13616 asks to be 1: the first four characters moved to the end,
    letters as 10..35, the whole as one number, mod 97 (computed piecewise)."""
    rearranged = iban[4:] + iban[:4]
    remainder = 0
    for ch in rearranged:
        value = int(ch, 36)  # '0'..'9' -> 0..9, 'A'..'Z' -> 10..35
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder


def iban_problem(text: str) -> str | None:
    """None when `text` is a plausible IBAN, else a rule name: iban.empty, iban.characters,
    iban.country, iban.length, iban.checksum."""
    iban = compact(text)
    if not iban:
        return "iban.empty"
    if not iban.isascii() or not iban.isalnum():
        return "iban.characters"
    if len(iban) < 5 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return "iban.country"
    expected = IBAN_LENGTHS.get(iban[:2])
    if (expected is not None and len(iban) != expected) or not 15 <= len(iban) <= 34:
        return "iban.length"
    if mod97(iban) != 1:
        return "iban.checksum"
    return None


def with_check_digits(country: str, bban: str) -> str:
    """An IBAN made from a country code and a national account number (tests and examples)."""
    body = compact(bban) + country.upper() + "00"
    remainder = 0
    for ch in body:
        value = int(ch, 36)
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return f"{country.upper()}{98 - remainder:02d}{compact(bban)}"
