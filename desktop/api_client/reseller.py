"""Typed calls for the reseller workspace: customers (search, filters, sort, keyset pages), creating a
customer, the consolidated overview, and the Me a staff member acts as for one customer.

Blocking, like ApiClient: call through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from desktop.api_client.client import AccountRoutes
from desktop.api_client.reseller_types import (
    Customer,
    CustomerPage,
    CustomerQuery,
    ResellerOverview,
    WholesaleStatement,
)
from desktop.api_client.types import AccountInfo, Me, Registration

# Never done on a customer's behalf (docs/rules.md#access-rights): the provider refuses them, the
# client hides them.
OWNER_ONLY = frozenset({"account.close", "account.transfer_ownership", "account.require_two_factor",
                        "reseller.customers"})


def acting_me(staff: Me, customer: AccountInfo) -> Me:
    """The customer's account with the staff member's own user and role, minus owner-only acts."""
    return Me(user=staff.user, account=customer, permissions=frozenset(staff.permissions - OWNER_ONLY))


class ResellerApi(AccountRoutes):
    def customers(self, query: CustomerQuery, cursor: str | None = None, limit: int = 100) -> CustomerPage:
        """One page in the query's order; `cursor` is the previous page's next_cursor for the same query."""
        params: dict[str, str] = {**query.params(), "limit": str(limit)}
        if cursor is not None:
            params["cursor"] = str(cursor)
        data = self.client.request("GET", f"{self.base}/customers", params=params)
        cursor_next = data.get("next_cursor")
        return CustomerPage(items=tuple(Customer.from_json(c) for c in data["items"]),
                            next_cursor=str(cursor_next) if cursor_next is not None else None)

    def create_customer(self, registration: Registration) -> Customer:
        return Customer.from_json(self.client.request("POST", f"{self.base}/customers",
                                                      json=registration.to_json()))

    def overview(self) -> ResellerOverview:
        return ResellerOverview.from_json(self.client.request("GET", f"{self.base}/reseller-overview"))

    def wholesale_statement(self, period: str) -> WholesaleStatement:
        """The month's margin report (period YYYY-MM): per customer retail, wholesale, margin."""
        return WholesaleStatement.from_json(self.client.request(
            "GET", f"{self.base}/wholesale-statements/{period}"))

    def wholesale_statement_csv(self, period: str) -> bytes:
        """The same statement as the provider's CSV file (UTF-8 with BOM, ';'-separated)."""
        return self.client.get_bytes(f"{self.base}/wholesale-statements/{period}/csv") or b""

    def customer_account(self, customer_id: int) -> AccountInfo:
        """The customer's account (404 for anyone not the reseller's customer)."""
        return AccountInfo.from_json(self.client.request("GET", f"/accounts/{int(customer_id)}"))
