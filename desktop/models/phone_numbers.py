"""Phone numbers as people type and read them, by `phonenumbers` (Google's numbering plans).

Typed: the national format of the region in question (`044 555 12 34` in Switzerland,
`030 1234567` in Germany) as well as the international ones (`+41 44 555 12 34`,
`0041 44 555 12 34`) become E.164 (`+41445551234`). Shown: grouped in the international
format (`+41 44 555 12 34`), so a number reads the same on every screen and for every country
the account calls. The client's customers are in CH, LI, DE and AT (docs/rules.md).
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

REGIONS = ("CH", "LI", "DE", "AT")
DEFAULT_REGION = "CH"
# A single account's user ID is its main number, Swiss or Liechtenstein (docs/product-rules.md).
USER_ID_REGIONS = ("CH", "LI")


def region_of_locale(locale_name: str, allowed: tuple[str, ...] = REGIONS) -> str:
    """`de_CH` -> `CH`; a territory outside `allowed` (or none) -> the first allowed region."""
    territory = locale_name.replace("-", "_").split(".")[0].split("_")[-1].upper()
    return territory if territory in allowed else allowed[0]


def to_e164(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The number in `text` as E.164, or None if it is not a valid number there."""
    text = text.strip()
    if not text or len(text) > 40 or any(c.isalpha() for c in text):
        return None
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def sign_in_identifier(text: str, region: str = DEFAULT_REGION) -> str:
    """What sign-in sends for a typed identifier: an e-mail address or a collective user ID
    (four or five digits) as typed, a main number in any format as E.164."""
    text = text.strip()
    compact = "".join(text.split())
    if "@" in text or (compact.isdigit() and 4 <= len(compact) <= 5):
        return text
    return to_e164(text, region) or text


@lru_cache(maxsize=4096)
def grouped(number: str) -> str:
    """`+41445551234` or `41445551234` (the provider's call records) -> `+41 44 555 12 34`;
    anything that is no valid number is shown as it came."""
    text = number.strip()
    if not text:
        return number
    candidate = text if text.startswith("+") else "+" + text if text.isdigit() else text
    try:
        parsed = phonenumbers.parse(candidate, None)
    except NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    return phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL)
