"""The IBAN check in the client, so a typo shows while typing: schwifty, the library the provider
checks mandates with (provider/services/sepa.py), decides; this only names what is wrong in the
customer's terms, before anything is sent. Spaces, dashes and case are forgiven while typing."""

from __future__ import annotations

from schwifty import IBAN
from schwifty.exceptions import InvalidChecksumDigits, InvalidCountryCode, InvalidLength, SchwiftyException


def compact(text: str) -> str:
    """Spaces and dashes out, upper case: `de89 3704-0044 ...` -> `DE893704...`."""
    return "".join(ch for ch in text if ch not in " -\t").upper()


def grouped(text: str) -> str:
    """`DE89370400440532013000` -> `DE89 3704 0044 0532 0130 00` (how it is printed)."""
    iban = compact(text)
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_problem(text: str) -> str | None:
    """None when `text` is a valid IBAN, else a rule name: iban.empty, iban.characters,
    iban.country, iban.length, iban.structure (the account number does not fit the country's
    IBAN), iban.checksum."""
    iban = compact(text)
    if not iban:
        return "iban.empty"
    if not iban.isascii() or not iban.isalnum():
        return "iban.characters"
    if len(iban) < 5 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return "iban.country"
    try:
        IBAN(iban)
    except InvalidCountryCode:
        return "iban.country"
    except InvalidLength:
        return "iban.length"
    except InvalidChecksumDigits:
        return "iban.checksum"
    except SchwiftyException:
        return "iban.structure"
    return None
