"""Live hints for a new login password: the rules of docs/product-rules.md#passwords, checked as
the user types.

Pure (no Qt) so it can be tested alone. The provider stays the judge; these hints only say
early what it would refuse, using the same rule names so the wording comes from one table.
"""

from __future__ import annotations

MIN_LENGTH = 8
MAX_LENGTH = 128

RULES = ("password.min_length", "password.letter", "password.digit", "password.max_length",
         "password.not_user_id", "password.not_email")


def password_checks(password: str, *, user_id: str | None = None,
                    email: str | None = None) -> dict[str, bool]:
    """Every rule name mapped to whether `password` meets it (True = fine)."""
    folded = password.strip().casefold()
    return {
        "password.min_length": len(password) >= MIN_LENGTH,
        "password.letter": any(ch.isalpha() for ch in password),
        "password.digit": any(ch.isdigit() for ch in password),
        "password.max_length": len(password) <= MAX_LENGTH,
        "password.not_user_id": not (user_id and folded == user_id.strip().casefold()),
        "password.not_email": not (email and folded == email.strip().casefold()),
    }


def password_ok(password: str, *, user_id: str | None = None, email: str | None = None) -> bool:
    return all(password_checks(password, user_id=user_id, email=email).values())
