"""The account as the provider has it now: its balance, currency and services.

Blocking, like ApiClient: call through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from desktop.api_client.client import AccountRoutes
from desktop.api_client.types import AccountInfo


class AccountApi(AccountRoutes):
    def account(self) -> AccountInfo:
        return AccountInfo.from_json(self.client.request("GET", self.base))

    def brand_logo(self) -> bytes | None:
        """The logo of the account's reseller (PNG or SVG bytes); None when there is none."""
        return self.client.get_bytes(f"{self.base}/brand/logo")
