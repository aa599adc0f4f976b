"""Bodies of the operator back office (/api/v1/operator/...); the sandbox's back-office acts
take the same ones."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from provider.api.schemas.base import AccountSummary, Orm
from provider.api.text import SingleLine


class BankBookingOut(Orm):
    id: int
    booked_on: date
    amount: Decimal
    currency: str
    credit: bool
    reversal: bool
    reference: str
    remittance: str
    counterparty: str
    end_to_end_id: str
    return_reason: str
    outcome: str
    reason: str
    invoice_id: int | None
    account_id: int | None
    payment_id: int | None
    applied: Decimal
    surplus: Decimal
    suggestions: list[int] = Field(description="Invoices whose open amount and customer name fit; "
                                   "never applied without an operator")
    matched_by: str | None
    matched_at: datetime | None

    @field_validator("suggestions", mode="before")
    @classmethod
    def _ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(x) for x in value.split(",") if x]
        return value


class BankStatementOut(BaseModel):
    statement_id: int | None
    already_imported: bool
    message: str
    iban: str
    counts: dict[str, int] = Field(description="New bookings by outcome")
    unmatched: list[BankBookingOut]


class CreditNoteIn(BaseModel):
    amount: Decimal = Field(gt=0, le=Decimal("1000000"), decimal_places=2)
    reason: SingleLine = Field(min_length=1, max_length=500)


class PortingAdvanceIn(BaseModel):
    status: Literal["confirmed", "scheduled", "completed", "rejected"]
    scheduled_for: date | None = None
    reason: SingleLine | None = Field(default=None, max_length=300)


class MatchIn(BaseModel):
    invoice_id: int = Field(ge=1, le=2**31 - 1)


class CallImportOut(BaseModel):
    records: int
    layout: str
    already_imported: bool
    accounts: int


class RefundIn(BaseModel):
    amount: Decimal | None = Field(default=None, gt=0, le=Decimal("1000000"), decimal_places=2,
                                   description="Default: all that can be refunded")
    reason: SingleLine = Field(min_length=1, max_length=150)


class RefundOut(Orm):
    id: int
    account_id: int
    method: str
    status: str
    amount: Decimal
    currency: str
    refund_of_id: int | None
    created_at: datetime
    settled_at: datetime | None


class DirectDebitFileOut(Orm):
    id: int
    message_id: str
    collect_on: date
    currency: str
    debits: int
    total: Decimal
    created_at: datetime


class ResellerOut(AccountSummary):
    pass
