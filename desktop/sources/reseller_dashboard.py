"""The reseller dashboard's figures, always read from the profile's local store: online, the
provider's newest figures are fetched into the store first; offline (or when the provider fails)
the store's last figures are shown, with the time they were fetched. Without a store (acting for
a customer never shows this page) they come straight from the provider."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.sources.base import Source

if TYPE_CHECKING:
    from desktop.models.reseller.dashboard_figures import ResellerFigures


class NoFiguresYet(LookupError):
    """Offline before the dashboard was ever fetched on this computer."""


class ResellerDashboardSource(Source):
    def figures(self) -> tuple[ResellerFigures, bool]:
        """(the figures, whether they are fresh from the provider). Blocking (network, disk)."""
        from desktop.api_client import ApiError
        from desktop.api_client.reseller_dashboard import ResellerDashboardApi
        from desktop.models.reseller.dashboard_figures import figures
        from desktop.store.reseller_dashboard import read_reseller_dashboard, sync_reseller_dashboard

        b = self.backends
        api = ResellerDashboardApi(self.client, self.account_id) if b.online else None
        if b.store is None:
            if api is None:
                raise NoFiguresYet("The dashboard needs a connection to the provider.")
            return figures(datetime.now(UTC), api.dashboard_json()), True
        fresh, failure = False, None
        if api is not None:
            try:
                sync_reseller_dashboard(b.store, api.dashboard_json)
                fresh = True
            except ApiError as e:
                if e.kind == "problem" and (e.status or 500) < 500:
                    raise  # refused (no permission, no reseller): nothing kept is shown instead
                failure = e  # the provider went away or failed: the figures kept still show
        kept = read_reseller_dashboard(b.store.path)
        if kept is None:
            if failure is not None:
                raise failure
            raise NoFiguresYet("The dashboard appears once this computer has fetched it from the provider.")
        return figures(*kept), fresh
