"""The body of every error the API answers (RFC 9457 problem details, provider/api/problems.py)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Problem(BaseModel):
    """RFC 9457 problem details, as every error of this API answers."""

    type: str = Field(examples=["urn:switchboard:problem:validation"])
    title: str
    status: int
    detail: str = Field(description="What went wrong, in words a customer understands")
    field: str | None = Field(default=None, description="Validation: the first field that failed")
    rule: str | None = Field(default=None, description="Validation: the rule it broke")
    errors: list[dict[str, str | None]] | None = Field(
        default=None, description="Validation: every failure, each {field, rule, message}")
    challenge: str | None = Field(
        default=None, description="two-factor-required, two-factor-setup-required: the sign-in's "
        "second step, presented with the code (or to set two-factor sign-in up) instead of the "
        "password; valid for `challenge_expires_in` seconds")
    challenge_expires_in: int | None = None
