"""Idempotency-Key records of paying requests: same key and body -> the stored answer;
same key, different body -> 422."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import IdempotencyRecord
from provider.domain.errors import FieldError, RuleViolation

MAX_KEY_LENGTH = 100


@dataclass(frozen=True)
class StoredResponse:
    status: int
    body: dict[str, Any]


def check_key(key: str | None) -> str:
    key = (key or "").strip()
    if not key:
        raise RuleViolation("idempotency-key-missing",
                            "A paying request needs an Idempotency-Key header (a new random value "
                            "per payment, kept for retries).", 400,
                            [_header_error("required", "The Idempotency-Key header is required.")])
    if len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise RuleViolation("validation", "The Idempotency-Key is too long or has odd characters.",
                            400, [_header_error("format", "At most 100 printable characters.")])
    return key


def _header_error(rule: str, message: str) -> FieldError:
    return FieldError("Idempotency-Key", f"idempotency_key.{rule}", message)


def request_hash(route: str, body: dict[str, Any]) -> str:
    canonical = json.dumps({"route": route, "body": body}, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def find(db: Session, account_id: int, key: str) -> IdempotencyRecord | None:
    return db.scalar(select(IdempotencyRecord).where(IdempotencyRecord.account_id == account_id,
                                                     IdempotencyRecord.key == key)
                     .execution_options(populate_existing=True))


def ensure_same(record: IdempotencyRecord, digest: str) -> None:
    if record.request_hash != digest:
        raise RuleViolation.at_field(
            "Idempotency-Key", "idempotency_key.reused",
            "This Idempotency-Key was used for a different request. Use a new key for a new "
            "payment.")


def stored(record: IdempotencyRecord) -> StoredResponse | None:
    if record.response_status is None or record.response_body is None:
        return None
    return StoredResponse(record.response_status, json.loads(record.response_body))


def complete(record: IdempotencyRecord, status: int, body: dict[str, Any], now: object) -> StoredResponse:
    record.response_status = status
    record.response_body = json.dumps(body, default=str)
    record.completed_at = now  # type: ignore[assignment]
    return StoredResponse(status, json.loads(record.response_body))
