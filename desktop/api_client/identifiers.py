"""What a request carries to be recognised: its idempotency key, its request id, and the token
of an e-mailed link."""

from __future__ import annotations

import uuid
from urllib.parse import parse_qs, urlsplit


def new_idempotency_key() -> str:
    return str(uuid.uuid4())


def new_request_id() -> str:
    """The X-Request-ID of one call (its retries keep it): the provider logs it with the request,
    and error messages show it so that support can find the request."""
    return uuid.uuid4().hex


def token_from_link(token_or_link: str) -> str:
    """`switchboard://reset-password?token=abc` (or a bare `abc`) -> `abc`."""
    text = token_or_link.strip()
    if "token=" in text:
        values = parse_qs(urlsplit(text).query).get("token")
        if values:
            return values[0].strip()
    return text
