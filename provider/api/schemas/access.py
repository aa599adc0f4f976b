"""Access rights: users, roles, invitations, ownership hand-over, closing the account."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from provider.api.deps import MAX_ID
from provider.api.text import SingleLine

AssignableRole = Literal["admin", "billing", "technical", "viewer"]


class InvitationIn(BaseModel):
    email: EmailStr
    role: AssignableRole


class InvitationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    role: str
    created_at: datetime
    expires_at: datetime


class AcceptIn(BaseModel):
    token: str = Field(min_length=1, max_length=256)
    name: SingleLine = Field(min_length=1, max_length=200)
    password: str = Field(max_length=1024)


class RoleIn(BaseModel):
    role: AssignableRole


class OwnershipIn(BaseModel):
    user_id: int = Field(ge=1, le=MAX_ID)


class CloseIn(BaseModel):
    password: str = Field(max_length=1024, description="The owner's login password, to confirm")
