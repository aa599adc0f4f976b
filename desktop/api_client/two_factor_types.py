"""Two-factor sign-in as the provider answers it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TwoFactorStatus:
    enabled: bool
    recovery_codes_left: int
    required: bool  # the account's owner requires it of every user

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TwoFactorStatus:
        return cls(bool(data["enabled"]), int(data["recovery_codes_left"]), bool(data["required"]))


@dataclass(frozen=True)
class TwoFactorSetup:
    secret: str
    otpauth_uri: str

    def __repr__(self) -> str:  # the secret never reaches a log or a traceback
        return "TwoFactorSetup(...)"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TwoFactorSetup:
        return cls(str(data["secret"]), str(data["otpauth_uri"]))


def recovery_codes(data: dict[str, Any]) -> list[str]:
    return [str(c) for c in data["recovery_codes"]]
