"""A reseller's legal identity, logo and accent colour (operator back office); the brand its
customers' client shows is schemas/accounts.BrandOut (/me)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from provider.api.schemas.accounts import CountryCode
from provider.api.text import SingleLine


class BankAccountIn(BaseModel):
    currency: Literal["CHF", "EUR"]
    iban: SingleLine = Field(min_length=15, max_length=42, description="IBAN, spaces allowed")
    bic: SingleLine | None = Field(default=None, min_length=8, max_length=11)
    reference_type: Literal["QRR", "SCOR"] = Field(
        description="QRR: Swiss QR reference, needs a QR-IBAN; SCOR: RF creditor reference")


class ResellerIdentityIn(BaseModel):
    """Who the reseller's customers' invoices are from, and where they pay. Registrations are
    keyed by country (and EU for the non-Union OSS); its own country's is required."""

    name: SingleLine = Field(min_length=1, max_length=70)
    street: SingleLine = Field(min_length=1, max_length=70)
    postal_code: SingleLine = Field(min_length=1, max_length=16)
    city: SingleLine = Field(min_length=1, max_length=70)
    country: str = CountryCode
    email: SingleLine = Field(default="", max_length=254)
    website: SingleLine = Field(default="", max_length=200)
    vat: dict[str, SingleLine] = Field(max_length=32, description="country (or EU) -> VAT number")
    bank_accounts: list[BankAccountIn] = Field(min_length=1, max_length=2)


class BankAccountOut(BaseModel):
    currency: str
    iban: str
    bic: str | None
    reference_type: str


class ResellerIdentityOut(BaseModel):
    seller_id: int
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    email: str
    website: str
    vat: dict[str, str]
    bank_accounts: list[BankAccountOut]


class AccentIn(BaseModel):
    accent_color: str = Field(max_length=7, description="#RRGGBB, at least 4.5:1 against white")


class ResellerProfileOut(BaseModel):
    reseller_id: int
    identity: ResellerIdentityOut | None
    accent_color: str | None
    logo_media_type: str | None
    logo_digest: str | None
    updated_at: datetime | None


class LogoIn(BaseModel):
    """The logo file, base64 in JSON (binary bodies are not accepted: see api/problems.py)."""

    media_type: Literal["image/png", "image/svg+xml"]
    data_base64: str = Field(min_length=4, max_length=700_000, pattern=r"^[A-Za-z0-9+/\r\n]+={0,2}\s*$",
                             description="The file's bytes in base64; the file under 500 kB")
