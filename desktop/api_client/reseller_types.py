"""What the reseller routes answer, as frozen records: Decimal for money, unknown fields ignored."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.api_client.parsing import money


def _money(value: Any) -> Decimal:
    return money(value).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Customer:
    id: int
    user_id: str
    name: str
    company_name: str | None
    country: str
    currency: str
    status: str
    balance: Decimal
    open_invoices: int
    open_amount: Decimal

    @property
    def display_name(self) -> str:
        return self.company_name or self.name

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Customer:
        return cls(id=int(data["id"]), user_id=str(data["user_id"]), name=str(data["name"]),
                   company_name=data.get("company_name"), country=str(data.get("country", "")),
                   currency=str(data.get("currency", "")), status=str(data.get("status", "active")),
                   balance=_money(data.get("balance")), open_invoices=int(data.get("open_invoices", 0)),
                   open_amount=_money(data.get("open_amount")))


@dataclass(frozen=True)
class CustomerQuery:
    """Search, filters and order the provider applies before paging (keyset by the sort key and
    id). `sort` is a provider sort key ("name", "-balance", ...); None is the provider's order."""

    text: str = ""
    status: str | None = None  # active | closed
    balance_below: Decimal | None = None
    balance_at_least: Decimal | None = None
    open_invoices: bool | None = None
    sort: str | None = None

    def params(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.text.strip():
            out["q"] = self.text.strip()
        if self.status:
            out["status"] = self.status
        if self.balance_below is not None:
            out["balance_below"] = str(self.balance_below)
        if self.balance_at_least is not None:
            out["balance_at_least"] = str(self.balance_at_least)
        if self.open_invoices is not None:
            out["open_invoices"] = "true" if self.open_invoices else "false"
        if self.sort:
            out["sort"] = self.sort
        return out


@dataclass(frozen=True)
class CustomerPage:
    items: tuple[Customer, ...]
    next_cursor: str | None  # opaque; valid only with the query (and sort) that answered it


@dataclass(frozen=True)
class MonthRevenue:
    month: str
    currency: str
    net: Decimal


@dataclass(frozen=True)
class TopCustomer:
    id: int
    user_id: str
    name: str
    currency: str
    net: Decimal


@dataclass(frozen=True)
class OpenInvoice:
    id: int
    account_id: int
    number: str
    currency: str
    gross: Decimal
    due_on: str


@dataclass(frozen=True)
class ResellerOverview:
    customers: int
    balances: dict[str, Decimal]
    revenue_12_months: dict[str, Decimal]
    open_count: int
    open_totals: dict[str, Decimal]
    overdue: int
    revenue_by_month: tuple[MonthRevenue, ...]
    top_customers: tuple[TopCustomer, ...]
    oldest_open: tuple[OpenInvoice, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ResellerOverview:
        opened = data.get("open_invoices") or {}
        return cls(
            customers=int(data.get("customers", 0)),
            balances={k: _money(v) for k, v in (data.get("balances") or {}).items()},
            revenue_12_months={k: _money(v) for k, v in (data.get("revenue_12_months") or {}).items()},
            open_count=int(opened.get("count", 0)),
            open_totals={k: _money(v) for k, v in (opened.get("totals") or {}).items()},
            overdue=int(opened.get("overdue", 0)),
            revenue_by_month=tuple(MonthRevenue(str(m["month"]), str(m["currency"]), _money(m["net"]))
                                   for m in data.get("revenue_by_month") or []),
            top_customers=tuple(TopCustomer(int(t["id"]), str(t["user_id"]), str(t["name"]),
                                            str(t["currency"]), _money(t["net"]))
                                for t in data.get("top_customers") or []),
            oldest_open=tuple(OpenInvoice(int(i["id"]), int(i["account_id"]), str(i.get("number", "")),
                                          str(i.get("currency", "")), _money(i.get("gross")),
                                          str(i.get("due_on", "")))
                              for i in data.get("oldest_open") or []))


@dataclass(frozen=True)
class StatementRow:
    """One customer in a month's wholesale statement (the margin report)."""

    account_id: int
    user_id: str
    name: str
    currency: str
    invoices: int
    retail: Decimal
    wholesale: Decimal
    margin: Decimal

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StatementRow:
        return cls(account_id=int(data["account_id"]), user_id=str(data["user_id"]), name=str(data["name"]),
                   currency=str(data["currency"]), invoices=int(data["invoices"]),
                   retail=_money(data["retail"]), wholesale=_money(data["wholesale"]),
                   margin=_money(data["margin"]))


@dataclass(frozen=True)
class WholesaleStatement:
    period: str
    rows: tuple[StatementRow, ...]
    totals: tuple[StatementRow, ...]  # one per currency; account_id 0, name "", user_id ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WholesaleStatement:
        totals = tuple(StatementRow(0, "", "", str(t["currency"]), 0, _money(t["retail"]),
                                    _money(t["wholesale"]), _money(t["margin"])) for t in data["totals"])
        return cls(period=str(data["period"]), rows=tuple(StatementRow.from_json(r) for r in data["rows"]),
                   totals=totals)
