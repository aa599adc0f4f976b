"""The reseller dashboard's one read, as the provider's JSON (the local store keeps it as is).
Blocking: call through desktop.tasks.Op."""

from __future__ import annotations

from typing import Any

from desktop.api_client.client import AccountRoutes


class ResellerDashboardApi(AccountRoutes):
    def dashboard_json(self) -> dict[str, Any]:
        return self.client.request("GET", f"{self.base}/reseller-dashboard")
