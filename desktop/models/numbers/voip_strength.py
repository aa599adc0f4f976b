"""How strong a VoIP password is, and which of the provider's rules it breaks
(docs/product-rules.md#voip-accounts).
Pure: no Qt, no I/O. The rules mirror provider/domain/voip_passwords.py so the customer sees a
broken rule while typing; the provider checks again (and also that it is no login password).
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

MIN_LENGTH = 12
MAX_LENGTH = 64
ALLOWED = frozenset(string.ascii_letters + string.digits + "-_.!*+")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (unusable) .. 4 (strong)
    bits: float  # a rough entropy estimate: length x log2(size of the alphabets used)
    broken: tuple[str, ...]  # the provider's rule names: voip_password.length, .classes, .charset


def broken_rules(password: str) -> tuple[str, ...]:
    broken = []
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        broken.append("voip_password.length")
    if not (any(c.isupper() for c in password) and any(c.islower() for c in password)
            and any(c.isdigit() for c in password)):
        broken.append("voip_password.classes")
    if any(c not in ALLOWED for c in password):
        broken.append("voip_password.charset")
    return tuple(broken)


def strength(password: str) -> Strength:
    broken = broken_rules(password)
    pool = sum(size for chars, size in ((string.ascii_lowercase, 26), (string.ascii_uppercase, 26),
                                        (string.digits, 10), ("-_.!*+", 6))
               if any(c in chars for c in password))
    # Repeated characters add little: count distinct ones beyond the first few repeats.
    effective = min(len(password), len(set(password)) * 2)
    bits = effective * math.log2(pool) if pool else 0.0
    if broken or not password:
        score = 0
    elif bits < 72:
        score = 2
    elif bits < 100:
        score = 3
    else:
        score = 4
    if not broken and score < 2:
        score = 2
    return Strength(score, bits, broken)
