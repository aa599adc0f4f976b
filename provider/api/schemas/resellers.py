"""Reseller back office: the customer list and the consolidated overview."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel

from provider.api.schemas.base import AccountSummary
from provider.api.schemas.invoices import InvoiceOut


class CustomerOut(AccountSummary):
    status: str
    balance: Decimal
    open_invoices: int
    open_amount: Decimal


class CustomerPage(BaseModel):
    items: list[CustomerOut]
    next_cursor: str | None


class OpenInvoiceOut(InvoiceOut):
    account_id: int


class MonthRevenue(BaseModel):
    month: str  # YYYY-MM of issue
    currency: str
    net: Decimal


class TopCustomer(BaseModel):
    id: int
    user_id: str
    name: str
    currency: str
    net: Decimal


class Overview(BaseModel):
    customers: int
    balances: dict[str, Decimal]
    revenue_12_months: dict[str, Decimal]
    open_invoices: dict[str, object]  # count, totals per currency, overdue (count past due)
    revenue_by_month: list[MonthRevenue]
    top_customers: list[TopCustomer]
    oldest_open: list[OpenInvoiceOut]
