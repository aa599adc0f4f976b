"""Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded JSON."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime

from provider.domain.errors import RuleViolation

MAX_ID = 2**63 - 1


def encode(*values: object) -> str:
    raw = json.dumps([v.isoformat() if isinstance(v, datetime) else v for v in values])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _bad() -> RuleViolation:
    return RuleViolation.at_field("cursor", "cursor.invalid",
                                  "This cursor is not valid; start again from the first page.")


def decode_id(cursor: str) -> int:
    values = _decode(cursor)
    if len(values) != 1 or type(values[0]) is not int or not 1 <= values[0] <= MAX_ID:
        raise _bad()
    return values[0]


def decode_time_id(cursor: str) -> tuple[datetime, int]:
    values = _decode(cursor)
    if len(values) != 2 or not isinstance(values[0], str) or type(values[1]) is not int \
            or not 1 <= values[1] <= MAX_ID:
        raise _bad()
    try:
        when = datetime.fromisoformat(values[0])
    except ValueError:
        raise _bad() from None
    if when.tzinfo is None:
        raise _bad()
    return when, values[1]


def _decode(cursor: str) -> list[object]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise _bad() from None
    if not isinstance(values, list):
        raise _bad()
    return values
