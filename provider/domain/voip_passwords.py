"""VoIP (SIP) password rules and generation (docs/product-rules.md#voip-accounts). Pure: no I/O.

SIP phones type these in once and keep them, and digest authentication makes them guessable
offline from a captured exchange, so they are long: at least 12 characters with upper- and
lower-case letters and digits. Generated ones are 20 characters from an alphabet without
look-alikes (0/O, 1/l/I), so that they can be read off a screen into a phone's keypad.
"""

from __future__ import annotations

import secrets
import string

from provider.domain.errors import FieldError

MIN_LENGTH = 12
MAX_LENGTH = 64
GENERATED_LENGTH = 20
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"

MESSAGES = {
    "voip_password.length": f"A VoIP password has {MIN_LENGTH} to {MAX_LENGTH} characters.",
    "voip_password.classes": "A VoIP password needs upper- and lower-case letters and digits.",
    "voip_password.charset": "A VoIP password uses letters, digits and -_.!*+ only.",
    "voip_password.not_login": "The VoIP password must not be a login password of the account.",
}
ALLOWED = set(string.ascii_letters + string.digits + "-_.!*+")


def voip_password_problems(password: str) -> list[FieldError]:
    broken = []
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        broken.append("voip_password.length")
    if not (any(c.isupper() for c in password) and any(c.islower() for c in password)
            and any(c.isdigit() for c in password)):
        broken.append("voip_password.classes")
    if any(c not in ALLOWED for c in password):
        broken.append("voip_password.charset")
    return [FieldError("password", rule, MESSAGES[rule]) for rule in broken]


def generate() -> str:
    while True:
        candidate = "".join(secrets.choice(ALPHABET) for _ in range(GENERATED_LENGTH))
        if not voip_password_problems(candidate):
            return candidate
