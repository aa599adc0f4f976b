"""Typed results of the access-rights endpoints: the account's users and open invitations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.api_client.parsing import timestamp as _dt


@dataclass(frozen=True)
class Member:
    id: int
    email: str
    name: str
    role: str
    created_at: datetime | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Member:
        return cls(id=int(d["id"]), email=str(d["email"]), name=str(d.get("name") or ""),
                   role=str(d["role"]), created_at=_dt(d.get("created_at")))


@dataclass(frozen=True)
class Invitation:
    id: int
    email: str
    role: str
    created_at: datetime | None = None
    expires_at: datetime | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Invitation:
        return cls(id=int(d["id"]), email=str(d["email"]), role=str(d["role"]),
                   created_at=_dt(d.get("created_at")), expires_at=_dt(d.get("expires_at")))
