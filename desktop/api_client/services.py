"""Typed calls for the account's services: the Hosted PBX subscription (with quotes and pending
changes), numbers, the number pool, porting requests and VoIP accounts.

Blocking, like ApiClient: views call these only through desktop.tasks.Op.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop.api_client.client import ApiClient
from desktop.api_client.errors import ApiError
from desktop.api_client.services_types import (
    AreaCode,
    CatalogPackage,
    PendingChange,
    PhoneNumber,
    PortingRequest,
    PrepaidTerm,
    Quote,
    SubscriptionOverview,
    SubscriptionView,
    VoipAccount,
    VoipSecret,
)


class ServicesApi:
    def __init__(self, client: ApiClient, account_id: int) -> None:
        self.client = client
        self.base = f"/accounts/{int(account_id)}"

    # ----- subscription -----

    def subscription(self) -> SubscriptionView:
        return SubscriptionView.from_json(self.client.request("GET", f"{self.base}/subscription"))

    def packages(self, currency: str) -> list[CatalogPackage]:
        """The Hosted PBX packages, smallest first (the catalog lists no tier; price orders them)."""
        rows = [p for p in self.client.request("GET", "/catalog", params={"currency": currency}, auth=False)
                if p.get("kind") == "package"]
        rows.sort(key=lambda p: Decimal(str(p["monthly"])))
        return [CatalogPackage(code=str(p["code"]), name=str(p["name"]), tier=i + 1,
                               monthly=Decimal(str(p["monthly"])), currency=str(p["currency"]))
                for i, p in enumerate(rows)]

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

    def prepaid_renewal(self) -> PrepaidTerm | None:
        """The running prepaid package's term (bought in the shop), if there is one."""
        rows = self.client.request("GET", f"{self.base}/prepaid-subscriptions")
        running = [r for r in rows if r.get("status") in ("active", "grace")]
        return PrepaidTerm.from_json(running[-1]) if running else None

    def overview(self) -> SubscriptionOverview:
        """Everything the subscription page shows, in one call from a task."""
        view = self.subscription()
        currency = view.subscription.currency if view.subscription else None
        return SubscriptionOverview(
            view=view, packages=tuple(self.packages(currency or self.account_currency())),
            today=self.today(),
            prepaid=self.prepaid_renewal() if view.subscription and view.subscription.billing == "prepaid"
            else None)

    def account_currency(self) -> str:
        return str(self.client.request("GET", self.base).get("currency") or "CHF")

    def today(self) -> date:
        """The provider's date (the sandbox clock may differ from this computer's)."""
        from datetime import datetime

        try:
            return self.client.sandbox_clock().date()
        except ApiError:  # not a sandbox (no clock route): the provider's day is the real day
            return datetime.now().date()

    # ----- numbers -----

    def numbers(self) -> list[PhoneNumber]:
        return [PhoneNumber.from_json(n) for n in self.client.request("GET", f"{self.base}/numbers")]

    def numbers_overview(self) -> tuple[list[PhoneNumber], list[VoipAccount], list[PortingRequest]]:
        """What the numbers page shows, in one call from a task."""
        return self.numbers(), self.voip_accounts(), self.porting_requests()

    def number_offer(self, currency: str) -> tuple[list[AreaCode], Decimal, Decimal]:
        """The pool's area codes, and a number's one-off and monthly fee in the account's currency."""
        local = next((p for p in self.client.request("GET", "/catalog", params={"currency": currency},
                                                     auth=False) if p.get("code") == "number_local"), {})
        return (self.area_codes(), Decimal(str(local.get("one_off", "0"))),
                Decimal(str(local.get("monthly", "0"))))

    def area_codes(self) -> list[AreaCode]:
        return [AreaCode.from_json(a) for a in self.client.request("GET", f"{self.base}/number-pool")]

    def order_number(self, area_code: str) -> PhoneNumber:
        return PhoneNumber.from_json(self.client.request(
            "POST", f"{self.base}/numbers", json={"area_code": area_code.strip()}))

    # ----- porting -----

    def porting_requests(self) -> list[PortingRequest]:
        return [PortingRequest.from_json(r)
                for r in self.client.request("GET", f"{self.base}/porting-requests")]

    def request_porting(self, numbers: list[str], previous_provider: str, contract_end: date,
                        desired_date: date, forward_to: str | None = None,
                        show_old_caller_id: bool = False) -> PortingRequest:
        return PortingRequest.from_json(self.client.request(
            "POST", f"{self.base}/porting-requests",
            json={"numbers": numbers, "previous_provider": previous_provider,
                  "contract_end": contract_end.isoformat(), "desired_date": desired_date.isoformat(),
                  "forward_to": forward_to or None, "show_old_caller_id": show_old_caller_id}))

    def set_interim(self, request_id: int, forward_to: str | None,
                    show_old_caller_id: bool) -> PortingRequest:
        return PortingRequest.from_json(self.client.request(
            "PUT", f"{self.base}/porting-requests/{int(request_id)}/interim",
            json={"forward_to": forward_to or None, "show_old_caller_id": show_old_caller_id}))

    # ----- VoIP -----

    def voip_accounts(self) -> list[VoipAccount]:
        return [VoipAccount.from_json(v) for v in self.client.request("GET", f"{self.base}/voip-accounts")]

    def add_extension(self, extension: str) -> VoipAccount:
        return VoipAccount.from_json(self.client.request(
            "POST", f"{self.base}/voip-accounts", json={"extension": extension.strip()}))

    def voip_password(self, voip_id: int) -> VoipSecret:
        return VoipSecret.from_json(self.client.request(
            "GET", f"{self.base}/voip-accounts/{int(voip_id)}/password"))

    def change_voip_password(self, voip_id: int, password: str) -> VoipSecret:
        return VoipSecret.from_json(self.client.request(
            "PUT", f"{self.base}/voip-accounts/{int(voip_id)}/password", json={"password": password}))

    def regenerate_voip_password(self, voip_id: int) -> VoipSecret:
        return VoipSecret.from_json(self.client.request(
            "POST", f"{self.base}/voip-accounts/{int(voip_id)}/password/regenerate"))
