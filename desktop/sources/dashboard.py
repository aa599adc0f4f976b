"""The dashboard's figures: the balance over time, spending by month, calls by zone, the forecast
and what comes next, all computed from a local store (offline too).

Online, the ledger's new entries and the payment plans are brought into the store first. The
profile's own store is the account's; while a reseller's staff acts for a customer, the customer's
scratch store is filled with the customer's invoices from the provider first (its later fills
ask the change feed only for what is new), so the same figures come from the customer's data.

The dashboard is the first page shown: this module stays light, and what computing needs is
imported by the Op that computes, off the UI thread.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.sources.base import Source

if TYPE_CHECKING:
    from desktop.models.dashboard.snapshot import Snapshot
    from desktop.store.dashboard_data import DashboardData


class DashboardSource(Source):
    @property
    def for_customer(self) -> bool:
        """Acting for a customer: the figures come from the provider, through a scratch store."""
        return self.backends.store is None and self.backends.scratch is not None

    @property
    def available(self) -> bool:
        """Whether there is a store to compute from (the profile's, or a customer's scratch one)."""
        return self.backends.store is not None or self.backends.scratch is not None

    def snapshot(self, balance: Decimal, may_read_plans: bool) -> Snapshot:
        """Every figure, computed off the UI thread. `balance` is the account's as last known;
        `may_read_plans`: the role may read the automatic payments (else they are left out)."""
        from desktop.api_client.dashboard import DashboardApi
        from desktop.store.dashboard_data import read_dashboard, sync_dashboard

        b = self.backends
        if self.for_customer:
            store, online = b.scratch.fill(self.client), True  # type: ignore[union-attr]
        elif b.store is not None:
            store, online = b.store, b.online
        else:
            raise LookupError("The charts appear once this computer has synced the account.")
        if online:
            api = DashboardApi(self.client, self.account_id)
            sync_dashboard(store, api.ledger_json, api.plans_json if may_read_plans else None)
        return figures(read_dashboard(store.path), balance, date.today())


def figures(data: DashboardData, balance: Decimal, today: date) -> Snapshot:
    """The store's data in the models' terms, computed."""
    from desktop.api_client.automatic_payments_types import AutoTopUp, PrepaidSubscription
    from desktop.models.dashboard.snapshot import compute
    from desktop.models.dashboard.upcoming import Renewal, TopUpPlan, invoice_payer

    plans = data.plans
    top = plans.get("auto_top_up")
    top_up = AutoTopUp.from_json(top) if isinstance(top, dict) else None
    plan = TopUpPlan(top_up.enabled, top_up.threshold, top_up.amount) if top_up is not None else None
    # The day as every page names it (desktop/models/dates.py): in local time, not UTC's.
    renewals = [Renewal(sub.product_code, sub.ends_at.astimezone().date(), sub.renewal_price, sub.auto_renew)
                for sub in (PrepaidSubscription.from_json(s) for s in _list(plans.get("subscriptions")))
                if sub.status in ("active", "grace") and sub.ends_at is not None]
    fresh = plans.get("balance")  # the plans' fresh read, else the account as last known
    if fresh is not None:
        balance = Decimal(str(fresh))
    card_saved = bool(plans.get("card_saved"))
    method = data.invoice_method  # how the last invoice was paid, until the settings are read
    if method is not None and "invoice_card" in plans:
        method = invoice_payer(bool(plans["invoice_card"]), card_saved, bool(plans.get("sepa_mandate")))
    return compute(data.ledger, data.invoices, data.zones, balance, today, plan, renewals, data.last_period,
                   method, card_saved=card_saved)


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value or () if isinstance(v, dict)]
