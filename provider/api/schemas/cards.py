"""Saved cards and the SEPA mandate: the means of automatic payments."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from provider.api.text import SingleLine


class CardOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    is_default: bool


class CardIn(BaseModel):
    token: str = Field(min_length=1, max_length=64)
    make_default: bool = False


class CardPatch(BaseModel):
    is_default: Literal[True]


class MandateIn(BaseModel):
    iban: str = Field(min_length=5, max_length=42)
    holder: SingleLine = Field(min_length=1, max_length=200)
    signed_on: date | None = None


class MandateOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    iban: str
    holder: str
    reference: str
    signed_on: date
