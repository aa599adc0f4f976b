"""The reseller dashboard's answer (docs/resellers.md#dashboard)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field


class MarginMonth(BaseModel):
    period: str
    currency: str
    retail: Decimal
    wholesale: Decimal
    margin: Decimal = Field(description="retail less wholesale, to the cent")


class CustomerMonth(BaseModel):
    period: str
    won: int = Field(description="Customers created in the month")
    lost: int = Field(description="Customers closed in the month")


class TopCustomer(BaseModel):
    account_id: int
    user_id: str
    name: str
    currency: str
    margin: Decimal = Field(description="Over the months of the dashboard")


class FailingPayment(BaseModel):
    account_id: int
    user_id: str
    name: str
    reason: Literal["overdue_invoice", "card_failed", "top_up_failed"]
    since: str = Field(description="Due date of the overdue invoice, or when the payment failed")
    currency: str
    amount: Decimal


class ResellerDashboardOut(BaseModel):
    periods: list[str] = Field(description="The last twelve finished months, oldest first")
    margin: list[MarginMonth] = Field(description="Months the provider has invoiced at wholesale")
    customers: list[CustomerMonth] = Field(description="The same months and the current one so far")
    active_customers: int
    top_customers: list[TopCustomer]
    failing_payments: list[FailingPayment]
