"""The Payments area's endpoints: orders (and paying one again), payment history, saved cards,
automatic top-up, prolongation, the monthly-invoice card option and the SEPA mandate.
Invoices and their calls are desktop.api_client.invoices (shared with the local store).

Blocking calls: run them through desktop.tasks.Op.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop.api_client.client import ApiClient
from desktop.api_client.errors import ApiError
from desktop.api_client.payments_types import (
    AutoTopUp,
    Mandate,
    Order,
    Payment,
    PrepaidSubscription,
    SavedCard,
)
from desktop.api_client.shop_types import PaymentChoice

ORDER_PAGE = 50


class PaymentsApi:
    def __init__(self, client: ApiClient, account_id: int) -> None:
        self.client = client
        self.base = f"/accounts/{int(account_id)}"

    # ----- orders -----
    def orders(self, before_id: int | None = None, limit: int = ORDER_PAGE) -> list[Order]:
        """Newest first; the next page starts below the last id of this one."""
        params: dict[str, Any] = {"limit": limit}
        if before_id is not None:
            params["before_id"] = int(before_id)
        return [Order.from_json(o) for o in self.client.request("GET", f"{self.base}/orders", params=params)]

    def order(self, order_id: int) -> Order:
        return Order.from_json(self.client.request("GET", f"{self.base}/orders/{int(order_id)}"))

    def pay_order(self, order_id: int, payment: PaymentChoice, idempotency_key: str) -> Order:
        data = self.client.request("POST", f"{self.base}/orders/{int(order_id)}/payments",
                                   json={"payment": payment.to_json()}, paying=True,
                                   idempotency_key=idempotency_key)
        return Order.from_json(data.get("order") or data) if isinstance(data, dict) else self.order(order_id)

    def cancel_order(self, order_id: int, idempotency_key: str) -> Order:
        data = self.client.request("POST", f"{self.base}/orders/{int(order_id)}/cancel", paying=True,
                                   idempotency_key=idempotency_key)
        return Order.from_json(data.get("order") or data)

    # ----- payment history -----
    def payments(self) -> list[Payment]:
        return [Payment.from_json(p) for p in self.client.request("GET", f"{self.base}/payments") or []]

    def balance(self) -> Decimal:
        data = self.client.request("GET", self.base)
        return Decimal(str(data.get("balance") or "0"))

    # ----- saved cards -----
    def cards(self) -> list[SavedCard]:
        return [SavedCard.from_json(c) for c in self.client.request("GET", f"{self.base}/cards") or []]

    def add_card(self, token: str, make_default: bool = False) -> SavedCard:
        return SavedCard.from_json(self.client.request("POST", f"{self.base}/cards",
                                                       json={"token": token, "make_default": make_default}))

    def make_default(self, card_id: int) -> SavedCard:
        return SavedCard.from_json(self.client.request("PATCH", f"{self.base}/cards/{int(card_id)}",
                                                       json={"is_default": True}))

    def remove_card(self, card_id: int) -> None:
        self.client.request("DELETE", f"{self.base}/cards/{int(card_id)}")

    # ----- automatic payments -----
    def auto_top_up(self) -> AutoTopUp:
        return AutoTopUp.from_json(self.client.request("GET", f"{self.base}/auto-top-up"))

    def set_auto_top_up(self, enabled: bool, threshold: Decimal, amount: Decimal,
                        card_id: int | None) -> AutoTopUp:
        body = {"enabled": enabled, "threshold": str(threshold), "amount": str(amount), "card_id": card_id}
        return AutoTopUp.from_json(self.client.request("PUT", f"{self.base}/auto-top-up", json=body))

    def prepaid_subscriptions(self) -> list[PrepaidSubscription]:
        return [PrepaidSubscription.from_json(s)
                for s in self.client.request("GET", f"{self.base}/prepaid-subscriptions") or []]

    def set_auto_renew(self, subscription_id: int, auto_renew: bool) -> PrepaidSubscription:
        return PrepaidSubscription.from_json(self.client.request(
            "PATCH", f"{self.base}/prepaid-subscriptions/{int(subscription_id)}",
            json={"auto_renew": auto_renew}))

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


def declined_order_id(err: BaseException) -> int | None:
    """A declined payment (402) leaves its order pending; the order's id, when the answer says."""
    if isinstance(err, ApiError) and err.status == 402:
        return getattr(err, "order_id", None)
    return None
