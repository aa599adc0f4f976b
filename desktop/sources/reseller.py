"""The reseller workspace: customers (searched, filtered and sorted by the provider, in keyset
pages), a new customer, the consolidated overview, and the customer a staff member opens to act
for. The provider does the searching and sorting: with 10,000 customers the rows loaded are not
all there are."""

from __future__ import annotations

from desktop.api_client.reseller import ResellerApi, acting_me
from desktop.api_client.reseller_types import (
    Customer,
    CustomerPage,
    CustomerQuery,
    ResellerOverview,
    WholesaleStatement,
)
from desktop.api_client.types import Address, Me, Registration
from desktop.sources.base import AreaApi, Source

__all__ = ["Address", "CustomerPage", "CustomerQuery", "Registration", "ResellerSource"]


class ResellerSource(Source):
    api = AreaApi(ResellerApi)

    def customers(self, query: CustomerQuery, cursor: str | None = None, limit: int = 100) -> CustomerPage:
        """One page in the query's order; `cursor` is the previous page's for the same query."""
        return self.api.customers(query, cursor, limit)

    def create_customer(self, registration: Registration) -> Customer:
        return self.api.create_customer(registration)

    def overview(self) -> ResellerOverview:
        return self.api.overview()

    def open_customer(self, staff: Me, customer_id: int) -> Me:
        """Who `staff` is while acting for the customer: the customer's account, the staff member's
        own user and role, owner-only acts removed (404 for anyone not the reseller's customer)."""
        return acting_me(staff, self.api.customer_account(customer_id))

    def wholesale_statement(self, period: str) -> WholesaleStatement:
        """The month's margin report (YYYY-MM): per customer retail billed, wholesale owed, margin."""
        return self.api.wholesale_statement(period)

    def save_statement_csv(self, period: str, path: str) -> str:
        """The provider's CSV of the month written to `path` (readable by the user alone)."""
        return _write_private(path, self.api.wholesale_statement_csv(period))

    def save_statement(self, st: WholesaleStatement, path: str, kind: str, lang: str, issuer: str) -> str:
        """A statement already loaded, written to `path` as `kind` "pdf" or "xlsx" in the
        document language `lang`, naming the reseller `issuer` (no request)."""
        from datetime import datetime

        if kind == "pdf":
            from desktop.reports.statement_pdf import render_statement

            data = render_statement(st, lang, issuer, datetime.now().astimezone())
        else:
            from desktop.reports.statement_xlsx import render_workbook

            data = render_workbook(st, lang, issuer)
        return _write_private(path, data)


def _write_private(path: str, data: bytes) -> str:
    """`data` written to `path`, readable by the user alone (statements are business figures)."""
    import os

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return path
