"""Numbers (the account's, the pool by area code), porting requests with interim forwarding and
caller ID, VoIP accounts with their passwords."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from provider.api.schemas.base import Orm
from provider.api.text import SingleLine


class NumberOut(Orm):
    id: int
    number: str
    area_code: str
    country: str
    product_code: str
    status: str
    porting_request_id: int | None
    assigned_at: datetime | None


class AreaCodeOut(BaseModel):
    area_code: str
    country: str
    free: int


class OrderNumberIn(BaseModel):
    area_code: str = Field(pattern=r"^\d{2,6}$")


class PortingIn(BaseModel):
    numbers: list[str] = Field(min_length=1, max_length=50)
    previous_provider: SingleLine = Field(max_length=200)
    contract_end: date
    desired_date: date
    forward_to: SingleLine | None = Field(default=None, max_length=30)
    show_old_caller_id: bool = False


class PortingInterimIn(BaseModel):
    forward_to: SingleLine | None = Field(default=None, max_length=30)
    show_old_caller_id: bool = False


class PortingOut(Orm):
    id: int
    numbers: list[str]
    previous_provider: str
    contract_end: date
    desired_date: date
    status: str
    scheduled_for: date | None
    rejection_reason: str | None
    forward_to: str | None
    show_old_caller_id: bool
    created_at: datetime
    updated_at: datetime


class VoipOut(Orm):
    id: int
    phone_number_id: int | None
    extension: str | None
    sip_user: str
    registrar_host: str
    registrar_port: int
    password_changed_at: datetime


class VoipPasswordOut(BaseModel):
    sip_user: str
    password: str


class VoipPasswordIn(BaseModel):
    password: str = Field(max_length=128)


class ExtensionIn(BaseModel):
    extension: SingleLine = Field(max_length=6)
