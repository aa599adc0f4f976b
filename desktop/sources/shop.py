"""The shop: the catalog in the account's currency, the cart with the provider's totals (VAT
included), billing addresses, and checking out (paying through desktop.sources.payments)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

from desktop.api_client.orders_types import Order
from desktop.api_client.payments_types import PaymentChoice, PaymentState
from desktop.api_client.shop import ShopApi
from desktop.api_client.shop_types import BillingAddress, Cart, Product
from desktop.sources.base import AreaApi, Source
from desktop.sources.payments import PaymentOptions, PaymentsSource, PayRequest


@dataclass(frozen=True)
class ShopContents:
    products: tuple[Product, ...]  # what can be bought
    cart: Cart


@dataclass(frozen=True)
class CheckoutOptions:
    addresses: tuple[BillingAddress, ...]
    payment: PaymentOptions


class ShopSource(Source):
    api = AreaApi(ShopApi)

    @cached_property
    def payments(self) -> PaymentsSource:
        return PaymentsSource(self.backends)

    def contents(self, currency: str) -> ShopContents:
        products = tuple(p for p in self.api.catalog(currency) if p.purchasable)
        return ShopContents(products, self.api.cart())

    def add_item(self, product: str, quantity: int = 1, months: int | None = None,
                 amount: Decimal | None = None) -> Cart:
        return self.api.add_item(product, quantity, months, amount)

    def update_item(self, item_id: int, *, quantity: int | None = None, months: int | None = None) -> Cart:
        return self.api.update_item(item_id, quantity=quantity, months=months)

    def remove_item(self, item_id: int) -> Cart:
        return self.api.remove_item(item_id)

    def checkout_options(self) -> CheckoutOptions:
        return CheckoutOptions(tuple(self.api.addresses()), self.payments.options())

    def add_address(self, **address: Any) -> BillingAddress:
        """name, street, postal_code, city, country, company (optional)."""
        return self.api.add_address(**address)

    def checkout(self, address_id: int, request: PayRequest, expected_gross: Decimal | None, key: str,
                 tokens: dict[PayRequest, PaymentChoice]) -> Order | PaymentState:
        """Pay the cart. A declined card raises ApiError (402) carrying `order_id`: the order stays
        pending, and is paid again through desktop.sources.orders. A card the bank wants confirmed
        answers the PaymentState to wait for (desktop.sources.payments)."""
        return self.api.checkout(address_id, self.payments.choice(request, tokens), expected_gross, key)
