"""The shop's endpoints: catalog, cart, billing addresses, checkout (a new card is tokenized at
the payment gateway first: desktop.api_client.payments.tokenize_card).

Blocking calls: run them through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop.api_client.client import AccountRoutes
from desktop.api_client.errors import ApiError
from desktop.api_client.orders_types import Order
from desktop.api_client.payments_types import PaymentChoice, PaymentState
from desktop.api_client.shop_types import BillingAddress, Cart, Product


class ShopApi(AccountRoutes):
    def catalog(self, currency: str) -> list[Product]:
        """The shop at the prices this account pays (a reseller's customer: the reseller's
        retail prices), in the account's currency; `currency` is what the caller expects."""
        del currency  # the provider answers in the account's currency, which the caller asked for
        data = self.client.request("GET", f"{self.base}/catalog")
        return [Product.from_json(p) for p in data["products"]]

    def cart(self) -> Cart:
        return Cart.from_json(self.client.request("GET", f"{self.base}/cart"))

    def add_item(self, product: str, quantity: int = 1, months: int | None = None,
                 amount: Decimal | None = None) -> Cart:
        body: dict[str, Any] = {"product": product, "quantity": int(quantity)}
        if months is not None:
            body["months"] = int(months)
        if amount is not None:
            body["amount"] = str(amount)
        return Cart.from_json(self.client.request("POST", f"{self.base}/cart/items", json=body))

    def update_item(self, item_id: int, *, quantity: int | None = None, months: int | None = None,
                    amount: Decimal | None = None) -> Cart:
        body: dict[str, Any] = {}
        if quantity is not None:
            body["quantity"] = int(quantity)
        if months is not None:
            body["months"] = int(months)
        if amount is not None:
            body["amount"] = str(amount)
        return Cart.from_json(self.client.request("PATCH", f"{self.base}/cart/items/{int(item_id)}",
                                                  json=body))

    def remove_item(self, item_id: int) -> Cart:
        self.client.request("DELETE", f"{self.base}/cart/items/{int(item_id)}")
        return self.cart()

    def addresses(self) -> list[BillingAddress]:
        return [BillingAddress.from_json(a)
                for a in self.client.request("GET", f"{self.base}/billing-addresses")]

    def add_address(self, *, name: str, street: str, postal_code: str, city: str, country: str,
                    company: str | None = None) -> BillingAddress:
        body = {"name": name, "street": street, "postal_code": postal_code, "city": city,
                "country": country}
        if company:
            body["company"] = company
        return BillingAddress.from_json(self.client.request("POST", f"{self.base}/billing-addresses",
                                                            json=body))

    def checkout(self, address_id: int, payment: PaymentChoice, expected_gross: Decimal | None,
                 idempotency_key: str) -> Order | PaymentState:
        """Pay the cart. A declined card raises ApiError (402) carrying `order_id`: the order
        stays pending and can be paid again. A card the bank wants confirmed answers its
        PaymentState (with the page to open); the order stays pending meanwhile."""
        body: dict[str, Any] = {"billing_address_id": int(address_id), "payment": payment.to_json()}
        if expected_gross is not None:
            body["expected_gross"] = str(expected_gross)
        try:
            data = self.client.request("POST", f"{self.base}/checkout", json=body, paying=True,
                                       idempotency_key=idempotency_key)
        except ApiError as err:
            if err.status == 402:  # the order exists and stays pending: say which one
                newest = self.client.request("GET", f"{self.base}/orders", params={"limit": 1})
                err.order_id = int(newest[0]["id"]) if newest else None  # type: ignore[attr-defined]
            raise
        if data.get("next_action"):
            return PaymentState.from_json(data, self.client.settings.base_url)
        return Order.from_json(data.get("order") or data)
