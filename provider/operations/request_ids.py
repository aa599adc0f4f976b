"""The request id: one per request, from the client's X-Request-ID when it sent a usable one,
in the answer's header, on every log line written while the request runs (a context variable
follows the request onto worker threads), so support can find a customer's request."""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar, Token

HEADER = b"x-request-id"
# What a client may choose: enough for a UUID or a ULID, nothing that could forge a log line.
_USABLE = re.compile(rb"[A-Za-z0-9._:-]{8,64}")
_current: ContextVar[str | None] = ContextVar("switchboard_request_id", default=None)


def current() -> str | None:
    """The id of the request this code runs for, or None outside a request."""
    return _current.get()


def from_headers(headers: list[tuple[bytes, bytes]]) -> str:
    """The client's id if it sent a usable one, else a new one."""
    for name, value in headers:
        if name == HEADER and _USABLE.fullmatch(value):
            return value.decode("ascii")
    return uuid.uuid4().hex


def bind(request_id: str) -> Token[str | None]:
    return _current.set(request_id)


def unbind(token: Token[str | None]) -> None:
    _current.reset(token)
