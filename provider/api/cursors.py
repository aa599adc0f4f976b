"""Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded JSON."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from datetime import UTC, datetime

from provider.domain.errors import RuleViolation

MAX_ID = 2**63 - 1
MAX_TEXT = 200  # a text key value longer than any key the provider makes is no cursor of ours


def encode(*values: object) -> str:
    raw = json.dumps([v.isoformat() if isinstance(v, datetime) else v for v in values])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _bad(rule: str = "cursor.invalid",
         text: str = "This cursor is not valid; start again from the first page.") -> RuleViolation:
    return RuleViolation.at_field("cursor", rule, text)


def decode_id(cursor: str) -> int:
    (row_id,) = _typed(_decode(cursor), ("id",), MAX_ID)
    return row_id  # type: ignore[return-value]


def decode_time_id(cursor: str) -> tuple[datetime, int]:
    when, row_id = _typed(_decode(cursor), ("time", "id"), MAX_ID)
    return when, row_id  # type: ignore[return-value]


def decode_sorted(cursor: str, sort: str, kinds: Sequence[str], max_id: int = MAX_ID) -> tuple[object, ...]:
    """The key values, id last (1 to max_id), of a cursor made by encode(sort, *key values, id),
    each checked against its kind ("int", "str" or "time"). A cursor of another sort is refused
    as such, so a client that changed the order while paging learns to start again."""
    values = _decode(cursor)
    if not values or not isinstance(values[0], str):
        raise _bad()
    if values[0] != sort:
        raise _bad("cursor.sort", "This cursor belongs to another sort order; start again from "
                                  "the first page.")
    return _typed(values[1:], (*kinds, "id"), max_id)


def _decode(cursor: str) -> list[object]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise _bad() from None
    if not isinstance(values, list):
        raise _bad()
    return values


def _typed(values: list[object], kinds: Sequence[str], max_id: int) -> tuple[object, ...]:
    if len(values) != len(kinds):
        raise _bad()
    return tuple(_value(kind, value, max_id) for kind, value in zip(kinds, values, strict=True))


def _value(kind: str, value: object, max_id: int) -> object:
    if kind == "id" and type(value) is int and 1 <= value <= max_id:
        return value
    if kind == "int" and type(value) is int and abs(value) < 2**62:
        return value
    if kind == "str" and isinstance(value, str) and len(value) <= MAX_TEXT and "\x00" not in value:
        try:
            value.encode()  # a lone surrogate from a "\udXXX" escape is no text a database takes
        except UnicodeEncodeError:
            raise _bad() from None
        return value
    if kind == "time" and isinstance(value, str):
        try:
            when = datetime.fromisoformat(value)
            if when.tzinfo is not None:
                return when.astimezone(UTC)
        except (ValueError, OverflowError):
            raise _bad() from None
    raise _bad()
