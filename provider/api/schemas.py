"""Response shapes shared by several routers."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from provider.api.text import SingleLine

Language = Literal["en", "de"]
CountryCode = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2, upper case")


class TokensOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int = Field(description="Seconds until the access token expires")


class AccountOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    user_id: str
    kind: Literal["private", "business"]
    structure: Literal["single", "collective"]
    name: str
    company_name: str | None
    vat_number: str | None
    country: str
    currency: str
    language: str
    status: str
    is_reseller: bool
    reseller_id: int | None
    created_at: datetime
    balance: Decimal = Field(description="Prepaid balance: the sum of the ledger")
    vat_rate_percent: Decimal
    reverse_charge: bool
    services: list[str]


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: Literal["owner", "admin", "billing", "technical", "viewer"]
    created_at: datetime


class AddressOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    company: str | None
    street: str
    postal_code: str
    city: str
    country: str
    is_default: bool


class AddressIn(BaseModel):
    name: SingleLine = Field(min_length=1, max_length=200)
    company: SingleLine | None = Field(default=None, max_length=200)
    street: SingleLine = Field(min_length=1, max_length=200)
    postal_code: SingleLine = Field(min_length=1, max_length=16)
    city: SingleLine = Field(min_length=1, max_length=100)
    country: str = CountryCode
