"""Invoices, their calls, call disputes, and the order/payment lists the local store caches.
Blocking: call through desktop.tasks.Op (or from the headless export)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.api_client.client import AccountRoutes
from desktop.api_client.invoices_types import Call, Dispute, InvoiceDetail, Page
from desktop.api_client.paging import newest_first

MAX_PAGE = 500  # the provider's largest page for invoices and calls


class InvoicesApi(AccountRoutes):
    def invoice_page(self, *, updated_since: datetime | None = None, cursor: str | None = None,
                     limit: int = MAX_PAGE, details: bool = False, **filters: str) -> Page:
        """Newest first; with `updated_since` the change feed instead (oldest change first).
        With `details`, each invoice as the detail route answers it (items, payment data)."""
        params: dict[str, Any] = {"limit": limit, **{k: v for k, v in filters.items() if v}}
        if details:
            params["details"] = "true"
        if updated_since is not None:
            params["updated_since"] = updated_since.isoformat()
        if cursor:
            params["cursor"] = cursor
        return _page(self.client.request("GET", f"{self.base}/invoices", params=params))

    def invoice_json(self, invoice_id: int) -> dict[str, Any]:
        return self.client.request("GET", f"{self.base}/invoices/{int(invoice_id)}")

    def invoice(self, invoice_id: int) -> InvoiceDetail:
        return InvoiceDetail.from_json(self.invoice_json(invoice_id))

    def call_page(self, invoice_id: int, cursor: str | None = None, limit: int = MAX_PAGE) -> Page:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return _page(self.client.request("GET", f"{self.base}/invoices/{int(invoice_id)}/calls",
                                         params=params))

    def calls(self, invoice_id: int) -> list[Call]:
        """Every call of the invoice, page by page (for its PDF)."""
        out: list[Call] = []
        cursor: str | None = None
        while True:
            page = self.call_page(invoice_id, cursor)
            out += [Call.from_json(c) for c in page.items]
            cursor = page.next_cursor
            if not cursor:
                return out

    def orders_json(self, limit: int = 200) -> list[dict[str, Any]]:
        """Every order, newest first (the provider pages them by `before_id`)."""
        return newest_first(self, "/orders", limit)

    def payments_json(self) -> list[dict[str, Any]]:
        return list(self.client.request("GET", f"{self.base}/payments") or [])

    def dispute_call(self, call_id: int, note: str) -> Dispute:
        """Send a dispute kept in the local store; the provider answers the same for a repeat."""
        return Dispute.from_json(self.client.request(
            "POST", f"{self.base}/calls/{int(call_id)}/disputes", json={"note": note}))

    def disputes(self) -> list[Dispute]:
        return [Dispute.from_json(d) for d in self.client.request("GET", f"{self.base}/call-disputes") or []]


def _page(data: dict[str, Any]) -> Page:
    return Page(items=tuple(data.get("items") or ()), next_cursor=data.get("next_cursor"))
