"""What every area's source shares: the backends it was built with, and the provider's date."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.api_client import ApiClient
    from desktop.sources import Backends


class Source:
    def __init__(self, backends: Backends) -> None:
        self.backends = backends

    @property
    def client(self) -> ApiClient:
        client = self.backends.client
        if client is None:
            raise LookupError("This needs the provider, and there is no connection to it.")
        return client

    @property
    def account_id(self) -> int:
        return self.backends.account_id

    def today(self) -> date:
        """The provider's date (the sandbox clock may differ from this computer's). Blocking."""
        from desktop.api_client import ApiError

        try:
            return self.client.sandbox_clock().date()
        except ApiError:  # not a sandbox (no clock route): the provider's day is the real day
            return datetime.now().date()
