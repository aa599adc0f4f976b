"""The sandbox's one-request reseller (docs/resellers.md#create-reseller)."""

from __future__ import annotations

from pydantic import BaseModel, EmailStr, Field

from provider.api.schemas.accounts import Language
from provider.api.schemas.reseller_profiles import LogoIn, ResellerIdentityIn
from provider.api.text import SingleLine


class SandboxResellerIn(BaseModel):
    email: EmailStr = Field(description="The owner's sign-in")
    password: str = Field(max_length=1024, description="The owner's password (the password rules apply)")
    owner: SingleLine = Field(min_length=1, max_length=200, description="The owner's name")
    language: Language = "en"
    identity: ResellerIdentityIn
    logo: LogoIn | None = None
    accent_color: str | None = Field(default=None, max_length=7, description="#RRGGBB, 4.5:1 on white")
