"""Sign-in, tokens, forgotten and changed passwords."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from provider.api.text import SingleLine


class TokensOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int = Field(description="Seconds until the access token expires")


class SignIn(BaseModel):
    identifier: SingleLine = Field(min_length=1, max_length=254, description="User ID or e-mail")
    password: str = Field(min_length=1, max_length=1024)


class RefreshIn(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=256)


class ResetRequestIn(BaseModel):
    identifier: SingleLine = Field(min_length=1, max_length=254, description="User ID or e-mail")
    email: SingleLine = Field(min_length=1, max_length=254, description="The registered e-mail")


class ResetIn(BaseModel):
    token: str = Field(min_length=1, max_length=256)
    new_password: str = Field(max_length=1024)


class ChangePasswordIn(BaseModel):
    old_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class Accepted(BaseModel):
    detail: str
