"""Login password rules (docs/product-rules.md#passwords). Pure: no I/O."""

from __future__ import annotations

from provider.domain.errors import FieldError

MIN_LENGTH = 8
MAX_LENGTH = 128

MESSAGES = {
    "password.min_length": f"The password must have at least {MIN_LENGTH} characters.",
    "password.max_length": f"The password must have at most {MAX_LENGTH} characters.",
    "password.letter": "The password must contain at least one letter.",
    "password.digit": "The password must contain at least one digit.",
    "password.not_user_id": "The password must not be the same as the user ID.",
    "password.not_email": "The password must not be the same as the e-mail address.",
}


def password_problems(
    password: str, *, user_id: str | None = None, email: str | None = None, field: str = "password"
) -> list[FieldError]:
    """Every rule the password breaks, each with its own message, in a stable order."""
    broken: list[str] = []
    if len(password) < MIN_LENGTH:
        broken.append("password.min_length")
    if len(password) > MAX_LENGTH:
        broken.append("password.max_length")
    if not any(ch.isalpha() for ch in password):
        broken.append("password.letter")
    if not any(ch.isdigit() for ch in password):
        broken.append("password.digit")
    folded = password.strip().casefold()
    if user_id and folded == user_id.strip().casefold():
        broken.append("password.not_user_id")
    if email and folded == email.strip().casefold():
        broken.append("password.not_email")
    return [FieldError(field, rule, MESSAGES[rule]) for rule in broken]
