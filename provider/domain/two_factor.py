"""Two-factor sign-in rules (pure): time-based codes (RFC 6238) and recovery codes.

A code is six digits for a 30-second time step. One step either side of now is accepted, so a
phone whose clock is a few seconds off still signs in; the step a code was used for is
remembered and only a later step is accepted afterwards, so a code seen over a shoulder or in a
log cannot be used again within its window. The rules and why: docs/security.md.
"""

from __future__ import annotations

import hmac
import re
import secrets
from datetime import datetime

import pyotp

DIGITS = 6
STEP_SECONDS = 30
# Steps either side of now that are accepted (clock drift of the phone, typing time).
DRIFT_STEPS = 1
RECOVERY_CODE_COUNT = 10
# Recovery codes: 12 characters from 31 (about 59 bits), grouped in fours to be written down.
# Without 0/o, 1/i/l, so a code copied from paper reads back the same.
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
RECOVERY_GROUPS = 3
RECOVERY_GROUP_LENGTH = 4

_TOTP_CODE = re.compile(r"\d{6}")
_SEPARATORS = re.compile(r"[\s\-]+")


def new_secret() -> str:
    """A fresh shared secret: 160 bits, base32 (RFC 4226 recommends at least 128)."""
    return pyotp.random_base32(32)


def provisioning_uri(secret: str, account_label: str, issuer: str) -> str:
    """The otpauth:// URI an authenticator app reads from the QR code."""
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=account_label, issuer_name=issuer)


def code_typed(text: str) -> str:
    """What the user typed, without the spaces and dashes apps and paper put into codes."""
    return _SEPARATORS.sub("", text).lower()


def is_time_code(typed: str) -> bool:
    return bool(_TOTP_CODE.fullmatch(typed))


def time_step(now: datetime) -> int:
    return int(now.timestamp()) // STEP_SECONDS


def matching_step(secret: str, typed: str, now: datetime, after: int | None) -> int | None:
    """The latest time step within the drift whose code is `typed` and which is later than
    `after` (the step used last), or None: a wrong, stale or already used code."""
    if not is_time_code(typed):
        return None
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)
    current = time_step(now)
    found = None
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        # Every candidate is compared (constant work), in constant time.
        if hmac.compare_digest(totp.generate_otp(step), typed) and (after is None or step > after):
            found = step
    return found


def new_recovery_codes() -> list[str]:
    return [new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]


def new_recovery_code() -> str:
    groups = ("".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
              for _ in range(RECOVERY_GROUPS))
    return "-".join(groups)


def is_recovery_code(typed: str) -> bool:
    return (len(typed) == RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH
            and all(c in RECOVERY_ALPHABET for c in typed))
