"""Typed results and inputs. Parsers take what they know and ignore unknown fields."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal, TypedDict

from desktop.api_client.parsing import money as _money
from desktop.api_client.parsing import timestamp as _dt


@dataclass(frozen=True)
class UserInfo:
    id: int
    email: str
    name: str
    role: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UserInfo:
        return cls(id=int(data["id"]), email=str(data["email"]), name=str(data.get("name") or ""),
                   role=str(data["role"]))


@dataclass(frozen=True)
class AccountInfo:
    id: int
    user_id: str
    kind: str
    structure: str
    name: str
    company_name: str | None
    country: str
    currency: str
    language: str
    balance: Decimal
    services: tuple[str, ...] = ()
    status: str = "active"
    vat_number: str | None = None
    vat_rate_percent: Decimal | None = None
    reverse_charge: bool = False
    is_reseller: bool = False

    @property
    def is_business(self) -> bool:
        return self.kind == "business"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AccountInfo:
        vat_rate = data.get("vat_rate_percent")
        return cls(
            id=int(data["id"]), user_id=str(data["user_id"]), kind=str(data["kind"]),
            structure=str(data["structure"]), name=str(data["name"]),
            company_name=data.get("company_name"), country=str(data["country"]),
            currency=str(data["currency"]), language=str(data.get("language") or "en"),
            balance=_money(data.get("balance")), services=tuple(data.get("services") or ()),
            status=str(data.get("status") or "active"), vat_number=data.get("vat_number"),
            vat_rate_percent=_money(vat_rate) if vat_rate is not None else None,
            reverse_charge=bool(data.get("reverse_charge")),
            is_reseller=bool(data.get("is_reseller")),
        )


@dataclass(frozen=True)
class Brand:
    """The reseller whose customer the account is, as the client shows it (white label)."""

    reseller_id: int
    name: str
    accent_color: str | None
    logo_media_type: str | None
    logo_digest: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Brand:
        return cls(reseller_id=int(data["reseller_id"]), name=str(data["name"]),
                   accent_color=data.get("accent_color"), logo_media_type=data.get("logo_media_type"),
                   logo_digest=data.get("logo_digest"))


@dataclass(frozen=True)
class Me:
    user: UserInfo
    account: AccountInfo
    permissions: frozenset[str]
    brand: Brand | None = None

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Me:
        brand = data.get("brand")
        return cls(user=UserInfo.from_json(data["user"]), account=AccountInfo.from_json(data["account"]),
                   permissions=frozenset(str(p) for p in data.get("permissions") or ()),
                   brand=Brand.from_json(brand) if brand else None)


@dataclass(frozen=True)
class ProviderAbout:
    """Which provider software answers (GET /about), for About and the support bundle."""

    version: str
    api_version: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProviderAbout:
        return cls(version=str(data["version"]), api_version=str(data["api_version"]))


@dataclass(frozen=True)
class Mail:
    """A mail in the sandbox mailbox; `body` only when read one by one (`with_body`)."""

    id: int
    kind: str
    to_address: str
    subject: str
    created_at: datetime | None
    body: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mail:
        return cls(id=int(data["id"]), kind=str(data.get("kind") or ""),
                   to_address=str(data.get("to_address") or ""), subject=str(data.get("subject") or ""),
                   created_at=_dt(data.get("created_at")))

    @classmethod
    def with_body(cls, data: dict[str, Any]) -> Mail:
        """A mail read one by one: as listed, and its body."""
        body = data.get("body")
        return replace(cls.from_json(data), body=str(body) if body is not None else None)

    def link(self, action: str) -> str | None:
        """The first `switchboard://<action>?token=...` link in the body, if any."""
        if not self.body:
            return None
        marker = f"switchboard://{action}?"
        start = self.body.find(marker)
        if start < 0:
            return None
        end = start
        while end < len(self.body) and not self.body[end].isspace() and self.body[end] not in "<>\"'":
            end += 1
        return self.body[start:end]


@dataclass(frozen=True)
class Address:
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    company: str | None = None


@dataclass(frozen=True)
class Registration:
    """What the registration wizard collects. The password stays out of repr()."""

    kind: Literal["private", "business"]
    structure: Literal["single", "collective"]
    email: str
    password: str = field(repr=False)
    name: str
    country: str
    address: Address
    language: str = "en"
    company_name: str | None = None
    vat_number: str | None = None
    main_number: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: v for k, v in data.items() if v is not None}


class Handover(TypedDict):
    """A resumed session as plain data, which another process can take over
    (desktop/resume_child.py): the new tokens and the answer of /me."""

    access_token: str
    refresh_token: str
    me: dict[str, Any]
