"""Data sources: one per area, between the pages and where the data lives.

    view  ──Op──▶  source  ──▶  api_client (the provider) · store (this computer) · scratch store

A page asks its area's source (`ctx.sources.invoices.page(...)`, always through desktop.tasks.Op)
and shows what comes back; it never builds an API object or opens a store. The source decides
where each answer comes from (the provider, the profile's local store, or the scratch store of a
customer a reseller acts for), holds the orchestration a question needs (several requests, a
store filled first, the offline fallbacks) and returns typed records, never the provider's JSON.

Every method that answers blocks (network or disk): call it through an Op, never on the UI
thread. Building sources does nothing slow: no request, no file, and an area's modules are
imported only when a page of that area first asks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.api_client import AccountInfo, ApiClient
    from desktop.sources.access import AccessSource
    from desktop.sources.account import AccountSource
    from desktop.sources.automatic_payments import AutomaticPaymentsSource
    from desktop.sources.dashboard import DashboardSource
    from desktop.sources.invoices import InvoicesSource
    from desktop.sources.numbers import NumbersSource
    from desktop.sources.orders import OrdersSource
    from desktop.sources.payments import PaymentsSource
    from desktop.sources.reseller import ResellerSource
    from desktop.sources.reseller_bulk import BulkSource
    from desktop.sources.reseller_dashboard import ResellerDashboardSource
    from desktop.sources.sandbox import SandboxSource
    from desktop.sources.shop import ShopSource
    from desktop.sources.subscription import SubscriptionSource
    from desktop.store import LocalStore
    from desktop.store.scratch import ScratchStore


@dataclass(frozen=True)
class Backends:
    """Where one account's data can come from; what every source is built with."""

    client: ApiClient | None  # the provider; None for a store read on its own (tests, benches)
    account: AccountInfo | None  # whose data; None before anyone is signed in
    store: LocalStore | None = None  # the profile's local store, once it is open
    scratch: ScratchStore | None = None  # acting for a customer: its throw-away store
    offline: bool = False  # the provider cannot be reached: answer from the store or refuse

    @property
    def online(self) -> bool:
        return self.client is not None and not self.offline

    @property
    def account_id(self) -> int:
        if self.account is None:
            raise LookupError("No account is signed in.")
        return self.account.id


class Sources:
    """The sources of one account, by area. Each is made when first asked for."""

    def __init__(self, backends: Backends) -> None:
        self.backends = backends

    @classmethod
    def of(cls, client: Any, account: Any, *, store: Any = None, scratch: Any = None,
           offline: bool = False) -> Sources:
        return cls(Backends(client, account, store, scratch, offline))

    def with_offline(self, offline: bool) -> Sources:
        """The same account's sources, the provider reachable or not."""
        return Sources(replace(self.backends, offline=offline))

    def with_store(self, store: LocalStore | None) -> Sources:
        """The same account's sources, reading the profile's store (it opened, or another one)."""
        return Sources(replace(self.backends, store=store))

    def for_customer(self, account: AccountInfo, scratch: ScratchStore | None) -> Sources:
        """A reseller's customer: the provider for every page (the profile's store holds the
        reseller's own data), and the customer's scratch store for the dashboard."""
        return Sources(replace(self.backends, account=account, store=None, scratch=scratch))

    @property
    def stored(self) -> bool:
        """Whether this computer keeps the account's invoices (the profile's store is open)."""
        return self.backends.store is not None

    @cached_property
    def account(self) -> AccountSource:
        from desktop.sources.account import AccountSource

        return AccountSource(self.backends)

    @cached_property
    def shop(self) -> ShopSource:
        from desktop.sources.shop import ShopSource

        return ShopSource(self.backends)

    @cached_property
    def orders(self) -> OrdersSource:
        from desktop.sources.orders import OrdersSource

        return OrdersSource(self.backends)

    @cached_property
    def invoices(self) -> InvoicesSource:
        from desktop.sources.invoices import InvoicesSource

        return InvoicesSource(self.backends)

    @cached_property
    def payments(self) -> PaymentsSource:
        from desktop.sources.payments import PaymentsSource

        return PaymentsSource(self.backends)

    @cached_property
    def automatic_payments(self) -> AutomaticPaymentsSource:
        from desktop.sources.automatic_payments import AutomaticPaymentsSource

        return AutomaticPaymentsSource(self.backends)

    @cached_property
    def subscription(self) -> SubscriptionSource:
        from desktop.sources.subscription import SubscriptionSource

        return SubscriptionSource(self.backends)

    @cached_property
    def numbers(self) -> NumbersSource:
        from desktop.sources.numbers import NumbersSource

        return NumbersSource(self.backends)

    @cached_property
    def access(self) -> AccessSource:
        from desktop.sources.access import AccessSource

        return AccessSource(self.backends)

    @cached_property
    def dashboard(self) -> DashboardSource:
        from desktop.sources.dashboard import DashboardSource

        return DashboardSource(self.backends)

    @cached_property
    def reseller(self) -> ResellerSource:
        from desktop.sources.reseller import ResellerSource

        return ResellerSource(self.backends)

    @cached_property
    def reseller_dashboard(self) -> ResellerDashboardSource:
        from desktop.sources.reseller_dashboard import ResellerDashboardSource

        return ResellerDashboardSource(self.backends)

    @cached_property
    def reseller_bulk(self) -> BulkSource:
        from desktop.sources.reseller_bulk import BulkSource

        return BulkSource(self.backends)

    @cached_property
    def sandbox(self) -> SandboxSource:
        from desktop.sources.sandbox import SandboxSource

        return SandboxSource(self.backends)
