"""Tables of the shop: the catalog and the cart (columns declared once each)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.money import cents, money_text
from desktop.models.record_model import Column, RecordModel, count_column, money_column
from desktop.models.shop.product_texts import product_description, product_name

# Named `translate` so that lupdate finds the strings (it does not follow other aliases).
translate = QCoreApplication.translate


def price_text(p: Any) -> str:
    if p.is_credit:
        return (
            translate("ShopTables", "%1 to %2")
            .replace("%1", money_text(p.amount_min, p.currency))
            .replace("%2", money_text(p.amount_max, p.currency))
        )
    parts = []
    if p.one_off:
        parts.append(translate("ShopTables", "%1 once").replace("%1", money_text(p.one_off, p.currency)))
    if p.monthly:
        unit = (
            translate("ShopTables", "%1 per user and month")
            if p.per_user
            else translate("ShopTables", "%1 per month")
        )
        parts.append(unit.replace("%1", money_text(p.monthly, p.currency)))
    return ", ".join(parts) or translate("ShopTables", "Included")


def product_columns() -> list[Column]:
    return [
        Column(lambda: translate("ShopTables", "Product"), lambda p: product_name(p.code, p.name),
               lambda p: product_name(p.code, p.name)),
        Column(
            lambda: translate("ShopTables", "Price (net)"),
            price_text,
            lambda p: cents(p.monthly or p.one_off),
        ),
        Column(
            lambda: translate("ShopTables", "Description"),
            lambda p: product_description(p.code, p.description),
            lambda p: product_description(p.code, p.description),
        ),
    ]


def cart_columns(currency: str) -> list[Column]:
    return [
        Column(lambda: translate("ShopTables", "Item"), lambda i: product_name(i.product, i.name),
               lambda i: product_name(i.product, i.name)),
        count_column(lambda: translate("ShopTables", "Users / quantity"), lambda i: i.quantity),
        Column(
            lambda: translate("ShopTables", "Months"),
            lambda i: str(i.months) if i.months else "–",
            lambda i: i.months or 0,
            align_right=True,
        ),
        money_column(lambda: translate("ShopTables", "Net"), lambda i: i.net, currency),
    ]


class CatalogModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(product_columns(), parent)


class CartModel(RecordModel):
    def __init__(self, currency: str = "", parent: Any = None) -> None:
        super().__init__(cart_columns(currency), parent)
        self.currency = currency

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self.columns = cart_columns(currency)
