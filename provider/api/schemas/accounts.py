"""Registration, the signed-in user, the account profile and billing addresses."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from provider.api.text import SingleLine

Language = Literal["en", "de"]
CountryCode = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2, upper case")


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
    require_two_factor: bool = Field(description="Every user signs in with a second factor")
    balance: Decimal = Field(description="Prepaid balance: the sum of the ledger")
    vat_rate_percent: Decimal
    reverse_charge: bool
    services: list[str]


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: Literal["owner", "admin", "billing", "technical", "viewer", "operator"]
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


class RegistrationIn(BaseModel):
    kind: Literal["private", "business"]
    structure: Literal["single", "collective"]
    email: EmailStr
    password: str = Field(max_length=1024)
    name: SingleLine = Field(min_length=1, max_length=200, description="Contact person")
    country: str = Field(pattern=r"^[A-Z]{2}$")
    language: Language = "en"
    company_name: SingleLine | None = Field(default=None, max_length=200)
    vat_number: SingleLine | None = Field(default=None, max_length=32)
    main_number: SingleLine | None = Field(default=None, max_length=32,
                                    description="Single accounts: the main number, e.g. +41445551234")
    address: AddressIn


class BrandOut(BaseModel):
    """The reseller whose customer this account is, as its client shows it."""

    reseller_id: int
    name: str
    accent_color: str | None
    logo_media_type: str | None
    logo_digest: str | None = Field(description="Changes when the logo does: a cache key")


class MeOut(BaseModel):
    user: UserOut
    account: AccountOut
    permissions: list[str]
    brand: BrandOut | None = Field(default=None, description="A reseller's customer: the reseller's "
                                   "name, accent colour and logo (GET /accounts/{id}/brand/logo)")


class AboutOut(BaseModel):
    version: str = Field(description="The provider's software version, for the client's About")
    api_version: str = Field(description="The version of /api/v1 it serves")


class ProfileIn(BaseModel):
    name: SingleLine | None = Field(default=None, min_length=1, max_length=200)
    company_name: SingleLine | None = Field(default=None, max_length=200)
    vat_number: SingleLine | None = Field(default=None, max_length=32)
    language: Language | None = None


class AddressPatch(BaseModel):
    name: SingleLine | None = Field(default=None, min_length=1, max_length=200)
    company: SingleLine | None = Field(default=None, max_length=200)
    street: SingleLine | None = Field(default=None, min_length=1, max_length=200)
    postal_code: SingleLine | None = Field(default=None, min_length=1, max_length=16)
    city: SingleLine | None = Field(default=None, min_length=1, max_length=100)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    is_default: bool | None = None


class NewAddressIn(AddressIn):
    is_default: bool = False
