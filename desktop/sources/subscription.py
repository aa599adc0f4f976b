"""The Hosted PBX subscription: what the account has, the packages it could have, the prepaid
term, the provider's quotes for adding users and upgrading, and the changes that wait for a date
(downgrade, fewer users, cancellation)."""

from __future__ import annotations

from decimal import Decimal

from desktop.api_client.automatic_payments import AutomaticPaymentsApi
from desktop.api_client.shop import ShopApi
from desktop.api_client.subscription import SubscriptionApi
from desktop.api_client.subscription_types import (
    CatalogPackage,
    PendingChange,
    PrepaidTerm,
    Quote,
    SubscriptionOverview,
    SubscriptionView,
)
from desktop.sources.base import AreaApi, Source


class SubscriptionSource(Source):
    api = AreaApi(SubscriptionApi)

    def overview(self) -> SubscriptionOverview:
        """Everything the subscription page shows: the subscription and its pending changes, the
        packages in its currency, the provider's date, and the prepaid term if it is prepaid."""
        view = self.api.subscription()
        sub = view.subscription
        account = self.backends.account
        currency = (sub.currency if sub is not None else "") or (account.currency if account else "CHF")
        prepaid = self.prepaid_term() if sub is not None and sub.billing == "prepaid" else None
        return SubscriptionOverview(view=view, packages=tuple(self.packages(currency)),
                                    today=self.today(), prepaid=prepaid)

    def packages(self, currency: str) -> list[CatalogPackage]:
        """The Hosted PBX packages, smallest first (the catalog names no tier; the price orders them)."""
        rows = sorted((p for p in ShopApi(self.client, self.account_id).catalog(currency) if p.is_package),
                      key=lambda p: p.monthly)
        return [CatalogPackage(code=p.code, name=p.name, tier=i + 1, monthly=p.monthly, currency=p.currency)
                for i, p in enumerate(rows)]

    def prepaid_term(self) -> PrepaidTerm | None:
        """The running prepaid package's term (bought in the shop), if there is one."""
        running = [s for s in AutomaticPaymentsApi(self.client, self.account_id).prepaid_subscriptions()
                   if s.status in ("active", "grace")]
        if not running:
            return None
        last = running[-1]
        payer = self._renewal_payer(last.renewal_price, last.auto_renew)
        return PrepaidTerm(ends_at=last.ends_at, auto_renew=last.auto_renew, renewal_price=last.renewal_price,
                           status=last.status, paid_by=payer)

    def _renewal_payer(self, price: Decimal, auto_renew: bool) -> str:
        """Who pays the renewal, from the balance and cards as they are now; "" for a role that
        may not read them (the page then names no payer rather than failing)."""
        from desktop.api_client.account import AccountApi
        from desktop.api_client.errors import ApiError
        from desktop.api_client.payments import PaymentsApi
        from desktop.models.dashboard.upcoming import renewal_payer

        try:
            balance = AccountApi(self.client, self.account_id).account().balance
            card_saved = bool(PaymentsApi(self.client, self.account_id).cards())
        except ApiError as err:
            if err.status in (403, 404):
                return ""
            raise
        return renewal_payer(balance, price, card_saved, auto_renew)

    def quote_add_users(self, count: int) -> Quote:
        return self.api.quote_add_users(count)

    def quote_upgrade(self, product: str) -> Quote:
        return self.api.quote_upgrade(product)

    def add_users(self, count: int) -> SubscriptionView:
        return self.api.add_users(count)

    def upgrade(self, product: str) -> SubscriptionView:
        return self.api.upgrade(product)

    def request_change(self, kind: str, *, product: str | None = None,
                       users: int | None = None) -> PendingChange:
        return self.api.request_change(kind, product=product, users=users)

    def withdraw_change(self, change_id: int) -> PendingChange:
        return self.api.withdraw_change(change_id)
