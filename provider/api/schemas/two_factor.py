"""Two-factor sign-in: setting it up, the sign-in's second step, the owner's requirement."""

from __future__ import annotations

from pydantic import BaseModel, Field

from provider.api.schemas.auth import TokensOut

Code = Field(min_length=1, max_length=32,
             description="Six digits from the authenticator app, or a recovery code")
Challenge = Field(min_length=1, max_length=1024,
                  description="The challenge of the sign-in's two-factor problem answer")


class TwoFactorOut(BaseModel):
    enabled: bool
    recovery_codes_left: int
    required: bool = Field(description="The account's owner requires it of every user")


class TwoFactorSetupOut(BaseModel):
    secret: str = Field(description="Base32, for typing into an app that cannot scan")
    otpauth_uri: str = Field(description="otpauth://totp/... for the QR code")


class CodeIn(BaseModel):
    code: str = Code


class TurnOffIn(BaseModel):
    password: str = Field(min_length=1, max_length=1024)
    code: str = Code


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str] = Field(description="Each works once; shown only now")


class ChallengeIn(BaseModel):
    challenge: str = Challenge


class ChallengeCodeIn(BaseModel):
    challenge: str = Challenge
    code: str = Code


class SetUpSignInOut(TokensOut):
    recovery_codes: list[str] = Field(description="Each works once; shown only now")


class RequirementIn(BaseModel):
    required: bool


class RequirementOut(BaseModel):
    required: bool
