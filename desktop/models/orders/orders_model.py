"""The orders table: one column list (headers, texts, sort keys, alignment) in one place, and
the words for an order's status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.dates import date_text, iso_key
from desktop.models.payments.payments_model import method_name
from desktop.models.record_model import WARN, Column, RecordModel, money_column

# Named `translate` so that lupdate finds the strings (it does not follow other aliases).
translate = QCoreApplication.translate



def order_status_name(status: str) -> str:
    names = {
        "pending": QCoreApplication.translate("PaymentsTables", "Pending – not paid yet"),
        "paid": QCoreApplication.translate("PaymentsTables", "Paid"),
        "provisioning": QCoreApplication.translate("PaymentsTables", "Being set up"),
        "completed": QCoreApplication.translate("PaymentsTables", "Completed"),
        "cancelled": QCoreApplication.translate("PaymentsTables", "Cancelled"),
    }
    return names.get(status, status)


def order_columns() -> list[Column]:
    return [
        Column(lambda: translate("PaymentsTables", "Order"), lambda o: f"#{o.id}", lambda o: o.id),
        Column(
            lambda: translate("PaymentsTables", "Date"),
            lambda o: date_text(o.created_at),
            lambda o: iso_key(o.created_at),
        ),
        Column(lambda: translate("PaymentsTables", "Items"), lambda o: o.summary(), lambda o: o.summary()),
        money_column(lambda: translate("PaymentsTables", "Total"), lambda o: o.gross, lambda o: o.currency),
        Column(
            lambda: translate("PaymentsTables", "Status"),
            lambda o: order_status_name(o.status),
            lambda o: o.status,
            foreground=lambda o: WARN if o.pending else None,
        ),
        Column(
            lambda: translate("PaymentsTables", "Paid with"),
            lambda o: method_name(o.payment_method) if o.paid_at else "–",
            lambda o: o.payment_method or "",
        ),
    ]


class OrdersModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(order_columns(), parent)
