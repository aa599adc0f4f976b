"""What many bodies share: reading a response from an ORM row's attributes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Orm(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class AccountSummary(Orm):
    """An account as lists of accounts show it (a reseller's customers, the operator's resellers)."""

    id: int
    user_id: str
    name: str
    company_name: str | None
    country: str
    currency: str
