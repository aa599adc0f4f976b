"""Tables of the shop: the catalog and the cart (columns declared once each)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.payments.formatting import cents, money_text
from desktop.models.payments.record_model import Column, RecordModel


def _t(text: str) -> str:
    return QCoreApplication.translate("ShopTables", text)


def price_text(p: Any) -> str:
    if p.is_credit:
        return _t("%1 to %2").replace("%1", money_text(p.amount_min, p.currency)).replace(
            "%2", money_text(p.amount_max, p.currency))
    parts = []
    if p.one_off:
        parts.append(_t("%1 once").replace("%1", money_text(p.one_off, p.currency)))
    if p.monthly:
        unit = _t("%1 per user and month") if p.per_user else _t("%1 per month")
        parts.append(unit.replace("%1", money_text(p.monthly, p.currency)))
    return ", ".join(parts) or _t("Included")


def product_columns() -> list[Column]:
    return [
        Column(lambda: _t("Product"), lambda p: p.name, lambda p: p.name),
        Column(lambda: _t("Price (net)"), price_text, lambda p: cents(p.monthly or p.one_off)),
        Column(lambda: _t("Description"), lambda p: p.description, lambda p: p.description),
    ]


def cart_columns(currency: str) -> list[Column]:
    return [
        Column(lambda: _t("Item"), lambda i: i.name, lambda i: i.name),
        Column(lambda: _t("Users / quantity"), lambda i: str(i.quantity), lambda i: i.quantity,
               align_right=True),
        Column(lambda: _t("Months"), lambda i: str(i.months) if i.months else "–", lambda i: i.months or 0,
               align_right=True),
        Column(lambda: _t("Net"), lambda i: money_text(i.net, currency), lambda i: cents(i.net),
               align_right=True),
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
