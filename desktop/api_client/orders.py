"""Typed calls for orders: the list (newest first, paged by id), one order, paying a pending one
again, cancelling. Paying and cancelling carry the caller's idempotency key.

Blocking, like ApiClient: call through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from typing import Any

from desktop.api_client.client import AccountRoutes
from desktop.api_client.orders_types import Order
from desktop.api_client.payments_types import PaymentChoice, PaymentState

ORDER_PAGE = 50


class OrdersApi(AccountRoutes):
    def orders(self, before_id: int | None = None, limit: int = ORDER_PAGE) -> list[Order]:
        """Newest first; the next page starts below the last id of this one."""
        params: dict[str, Any] = {"limit": limit}
        if before_id is not None:
            params["before_id"] = int(before_id)
        return [Order.from_json(o) for o in self.client.request("GET", f"{self.base}/orders", params=params)]

    def order(self, order_id: int) -> Order:
        return Order.from_json(self.client.request("GET", f"{self.base}/orders/{int(order_id)}"))

    def pay_order(self, order_id: int, payment: PaymentChoice, idempotency_key: str) -> Order | PaymentState:
        """The paid order; or, for a card the bank wants confirmed, the payment's state with the
        page to open (the order stays pending meanwhile)."""
        data = self.client.request("POST", f"{self.base}/orders/{int(order_id)}/payments",
                                   json={"payment": payment.to_json()}, paying=True,
                                   idempotency_key=idempotency_key)
        if isinstance(data, dict) and data.get("next_action"):
            return PaymentState.from_json(data, self.client.settings.base_url)
        return Order.from_json(data.get("order") or data) if isinstance(data, dict) else self.order(order_id)

    def cancel_order(self, order_id: int, idempotency_key: str) -> Order:
        data = self.client.request("POST", f"{self.base}/orders/{int(order_id)}/cancel", paying=True,
                                   idempotency_key=idempotency_key)
        return Order.from_json(data.get("order") or data)
