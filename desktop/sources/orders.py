"""Orders: every order with its status, page by page (newest first); paying a pending one again
("pay now"), cancelling one before it is set up."""

from __future__ import annotations

from desktop.api_client.orders import ORDER_PAGE, OrdersApi
from desktop.api_client.orders_types import Order
from desktop.api_client.payments_types import PaymentChoice, PaymentState
from desktop.sources.base import AreaApi, Source
from desktop.sources.payments import PaymentsSource, PayRequest

__all__ = ["ORDER_PAGE", "OrdersSource"]


class OrdersSource(Source):
    api = AreaApi(OrdersApi)

    def page(self, before_id: int | None = None) -> list[Order]:
        """Up to ORDER_PAGE orders, newest first, below `before_id` (the last of the page before)."""
        return self.api.orders(before_id)

    def pay(self, order_id: int, request: PayRequest, key: str,
            tokens: dict[PayRequest, PaymentChoice]) -> Order | PaymentState:
        return self.api.pay_order(order_id, PaymentsSource(self.backends).choice(request, tokens), key)

    def cancel(self, order_id: int, key: str) -> Order:
        """A paid order is refunded the way it was paid."""
        return self.api.cancel_order(order_id, key)
