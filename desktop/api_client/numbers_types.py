"""Typed results of the numbers, porting and VoIP endpoints. Parsers take what they know and
ignore unknown fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.api_client.parsing import day as _date
from desktop.api_client.parsing import timestamp as _dt


@dataclass(frozen=True)
class PhoneNumber:
    id: int
    number: str
    area_code: str
    country: str
    status: str
    porting_request_id: int | None = None
    assigned_at: datetime | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PhoneNumber:
        number = str(d["number"])
        return cls(id=int(d["id"]), number=number if number.startswith("+") else "+" + number,
                   area_code=str(d.get("area_code") or ""), country=str(d.get("country") or ""),
                   status=str(d.get("status") or ""),
                   porting_request_id=d.get("porting_request_id"), assigned_at=_dt(d.get("assigned_at")))


@dataclass(frozen=True)
class AreaCode:
    area_code: str
    country: str
    free: int

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> AreaCode:
        return cls(area_code=str(d["area_code"]), country=str(d.get("country") or ""),
                   free=int(d.get("free") or 0))


@dataclass(frozen=True)
class PortingRequest:
    id: int
    numbers: tuple[str, ...]
    previous_provider: str
    contract_end: date | None
    desired_date: date | None
    status: str
    scheduled_for: date | None = None
    rejection_reason: str | None = None
    forward_to: str | None = None
    show_old_caller_id: bool = False

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PortingRequest:
        fwd = d.get("forward_to")
        return cls(id=int(d["id"]), numbers=tuple(str(n) for n in d.get("numbers") or ()),
                   previous_provider=str(d.get("previous_provider") or ""),
                   contract_end=_date(d.get("contract_end")), desired_date=_date(d.get("desired_date")),
                   status=str(d.get("status") or ""), scheduled_for=_date(d.get("scheduled_for")),
                   rejection_reason=d.get("rejection_reason"),
                   forward_to=("+" + str(fwd).lstrip("+")) if fwd else None,
                   show_old_caller_id=bool(d.get("show_old_caller_id")))


@dataclass(frozen=True)
class VoipAccount:
    id: int
    sip_user: str
    registrar_host: str
    registrar_port: int
    phone_number_id: int | None = None
    extension: str | None = None
    password_changed_at: datetime | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> VoipAccount:
        return cls(id=int(d["id"]), sip_user=str(d["sip_user"]),
                   registrar_host=str(d.get("registrar_host") or ""),
                   registrar_port=int(d.get("registrar_port") or 5060),
                   phone_number_id=d.get("phone_number_id"), extension=d.get("extension"),
                   password_changed_at=_dt(d.get("password_changed_at")))


@dataclass(frozen=True)
class VoipSecret:
    """A VoIP password as the provider hands it out; kept out of repr() and logs."""

    sip_user: str
    password: str = field(repr=False)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> VoipSecret:
        return cls(sip_user=str(d["sip_user"]), password=str(d["password"]))
