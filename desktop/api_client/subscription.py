"""Typed calls for the Hosted PBX subscription: the subscription with its pending changes, the
provider's quotes, adding users, upgrading, and the changes that wait for a date.

Blocking, like ApiClient: call through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from typing import Any

from desktop.api_client.client import AccountRoutes
from desktop.api_client.subscription_types import PendingChange, Quote, SubscriptionView


class SubscriptionApi(AccountRoutes):
    def subscription(self) -> SubscriptionView:
        return SubscriptionView.from_json(self.client.request("GET", f"{self.base}/subscription"))

    def quote_add_users(self, count: int) -> Quote:
        return Quote.from_json(self.client.request("POST", f"{self.base}/subscription/quote",
                                                   json={"action": "add_users", "count": int(count)}))

    def quote_upgrade(self, product: str) -> Quote:
        return Quote.from_json(self.client.request("POST", f"{self.base}/subscription/quote",
                                                   json={"action": "upgrade", "product": product}))

    def add_users(self, count: int) -> SubscriptionView:
        return SubscriptionView.from_json(self.client.request(
            "POST", f"{self.base}/subscription/users", json={"count": int(count)}))

    def upgrade(self, product: str) -> SubscriptionView:
        return SubscriptionView.from_json(self.client.request(
            "POST", f"{self.base}/subscription/upgrade", json={"product": product}))

    def request_change(self, kind: str, *, product: str | None = None,
                       users: int | None = None) -> PendingChange:
        body: dict[str, Any] = {"kind": kind}
        if product is not None:
            body["product"] = product
        if users is not None:
            body["users"] = int(users)
        return PendingChange.from_json(self.client.request(
            "POST", f"{self.base}/subscription/changes", json=body))

    def withdraw_change(self, change_id: int) -> PendingChange:
        return PendingChange.from_json(self.client.request(
            "DELETE", f"{self.base}/subscription/changes/{int(change_id)}"))
