"""The one error type business rules raise; the API turns it into RFC 9457 problem details."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldError:
    field: str
    rule: str
    message: str


@dataclass
class RuleViolation(Exception):
    """A request broke a product rule. `slug` names the problem type; `errors` the fields."""

    slug: str
    detail: str
    status: int = 422
    errors: list[FieldError] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    # Members of the problem beyond the standard ones (a sign-in challenge).
    extensions: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.detail

    @classmethod
    def at_field(cls, field_name: str, rule: str, message: str, status: int = 422) -> RuleViolation:
        return cls("validation", message, status, [FieldError(field_name, rule, message)])


class NotFound(RuleViolation):
    def __init__(self, what: str) -> None:
        super().__init__("not-found", f"{what} not found.", 404)


class Conflict(RuleViolation):
    def __init__(self, detail: str, field_name: str | None = None, rule: str = "conflict") -> None:
        errors = [FieldError(field_name, rule, detail)] if field_name else []
        super().__init__("conflict", detail, 409, errors)
