"""The dashboard's reads that the invoice sync does not bring: the prepaid ledger (every entry,
paged by `before_id`), the automatic top-up and the prepaid subscriptions, as the provider's JSON
so the store keeps fields this client does not know yet. Blocking: run through desktop.tasks.Op."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from desktop.api_client.client import AccountRoutes
from desktop.api_client.dashboard_types import LedgerRow
from desktop.api_client.paging import newest_first

LEDGER_PAGE = 500  # the provider's largest page


class DashboardApi(AccountRoutes):
    def ledger_json(self, after_id: int = 0) -> list[dict[str, Any]]:
        """Entries newer than `after_id`, newest first (the ledger is append-only, so what was
        fetched once never changes and a resync asks only for the new ones)."""
        return newest_first(self, "/ledger", LEDGER_PAGE, newer_than=after_id, check=LedgerRow.from_json)

    def plans_json(self) -> dict[str, Any]:
        """The automatic top-up and the prepaid subscriptions: what comes next and how it is paid.
        The six reads are sent at once (the dashboard's charts wait for them, and one after
        another they were six round trips)."""
        paths = {"auto_top_up": "/auto-top-up", "subscriptions": "/prepaid-subscriptions", "account": "",
                 "cards": "/cards", "invoice_autopay": "/invoice-autopay", "mandate": "/sepa-mandate"}
        with ThreadPoolExecutor(len(paths), thread_name_prefix="dashboard-plans") as pool:
            sent = {key: pool.submit(self.client.request, "GET", f"{self.base}{path}")
                    for key, path in paths.items()}
            got = {key: future.result() for key, future in sent.items()}
        return {"auto_top_up": got["auto_top_up"],
                "subscriptions": list(got["subscriptions"] or []),
                "balance": str(got["account"].get("balance", "0")),
                # Whether a renewal the balance does not cover falls back to a card.
                "card_saved": bool(got["cards"]),
                # How the next monthly invoice will be collected, as the invoice run decides it.
                "invoice_card": bool(got["invoice_autopay"].get("charge_card")),
                "sepa_mandate": got["mandate"] is not None}
