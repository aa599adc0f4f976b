"""Login user-ID formats (docs/product-rules.md#user-ids). Pure: no I/O.

Single account: the main number in E.164 digits without "+": 41 and nine digits (CH) or
423 and seven digits (LI). Collective account: a 4- or 5-digit number the provider assigns.
"""

from __future__ import annotations

import re

SINGLE_CH = re.compile(r"^41\d{9}$")
SINGLE_LI = re.compile(r"^423\d{7}$")
COLLECTIVE = re.compile(r"^[1-9]\d{3,4}$")


def normalize_number(raw: str) -> str:
    """'+41 44 555 12 34', '0041 44 555 12 34' and '41445551234' all become '41445551234'."""
    digits = re.sub(r"[\s./()-]", "", raw.strip())
    if digits.startswith("+"):
        digits = digits[1:]
    elif digits.startswith("00"):
        digits = digits[2:]
    return digits


def is_single_user_id(value: str) -> bool:
    return bool(SINGLE_CH.match(value) or SINGLE_LI.match(value))


def is_collective_user_id(value: str) -> bool:
    return bool(COLLECTIVE.match(value))


def looks_like_user_id(identifier: str) -> bool:
    """Sign-in takes a user ID or an e-mail address; an '@' decides."""
    return "@" not in identifier


def normalize_identifier(identifier: str) -> str:
    """The key sign-in, lockout and password reset use for an identifier."""
    identifier = identifier.strip()
    if looks_like_user_id(identifier):
        return normalize_number(identifier)
    return identifier.casefold()


def single_user_id_problem(number: str) -> str | None:
    if is_single_user_id(number):
        return None
    return (
        "The main number must be a Swiss (+41 and 9 digits) or Liechtenstein "
        "(+423 and 7 digits) number, e.g. 41445551234."
    )
