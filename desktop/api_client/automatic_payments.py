"""Typed calls for the automatic payments: the automatic top-up, the prolongation of prepaid
packages, the monthly invoice charged to the card (business) and the SEPA direct-debit mandate.

Blocking, like ApiClient: call through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from decimal import Decimal

from desktop.api_client.automatic_payments_types import AutoTopUp, Mandate, PrepaidSubscription
from desktop.api_client.client import AccountRoutes


class AutomaticPaymentsApi(AccountRoutes):
    # ----- automatic top-up -----
    def auto_top_up(self) -> AutoTopUp:
        return AutoTopUp.from_json(self.client.request("GET", f"{self.base}/auto-top-up"))

    def set_auto_top_up(self, enabled: bool, threshold: Decimal, amount: Decimal,
                        card_id: int | None) -> AutoTopUp:
        body = {"enabled": enabled, "threshold": str(threshold), "amount": str(amount), "card_id": card_id}
        return AutoTopUp.from_json(self.client.request("PUT", f"{self.base}/auto-top-up", json=body))

    # ----- prolongation -----
    def prepaid_subscriptions(self) -> list[PrepaidSubscription]:
        return [PrepaidSubscription.from_json(s)
                for s in self.client.request("GET", f"{self.base}/prepaid-subscriptions") or []]

    def set_auto_renew(self, subscription_id: int, auto_renew: bool) -> PrepaidSubscription:
        return PrepaidSubscription.from_json(self.client.request(
            "PATCH", f"{self.base}/prepaid-subscriptions/{int(subscription_id)}",
            json={"auto_renew": auto_renew}))

    # ----- the monthly invoice on the card -----
    def invoice_autopay(self) -> bool:
        return bool(self.client.request("GET", f"{self.base}/invoice-autopay").get("charge_card"))

    def set_invoice_autopay(self, charge_card: bool) -> bool:
        data = self.client.request("PUT", f"{self.base}/invoice-autopay", json={"charge_card": charge_card})
        return bool(data.get("charge_card"))

    # ----- SEPA mandate -----
    def mandate(self) -> Mandate | None:
        data = self.client.request("GET", f"{self.base}/sepa-mandate")
        return Mandate.from_json(data) if data else None

    def sign_mandate(self, iban: str, holder: str) -> Mandate:
        return Mandate.from_json(self.client.request("PUT", f"{self.base}/sepa-mandate",
                                                     json={"iban": iban, "holder": holder}))

    def revoke_mandate(self) -> None:
        self.client.request("DELETE", f"{self.base}/sepa-mandate")
