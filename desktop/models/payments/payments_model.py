"""The payment history's table, and the words for how and what for a payment was made (which the
orders and invoices say too)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.dates import date_text, iso_key
from desktop.models.payments.cards import card_label_text
from desktop.models.record_model import Column, RecordModel, money_column

# Named `translate` so that lupdate finds the strings (it does not follow other aliases).
translate = QCoreApplication.translate



def method_name(method: str | None) -> str:
    names = {
        "card": QCoreApplication.translate("PaymentsTables", "Card"),
        "new_card": QCoreApplication.translate("PaymentsTables", "Card"),
        "credit": QCoreApplication.translate("PaymentsTables", "Prepaid credit"),
        "sepa": QCoreApplication.translate("PaymentsTables", "SEPA direct debit"),
        "bank_transfer": QCoreApplication.translate("PaymentsTables", "Bank transfer"),
        "none": QCoreApplication.translate("PaymentsTables", "Not chosen"),
    }
    return names.get(method or "none", method or "–")


def purpose_name(purpose: str) -> str:
    names = {
        "order": QCoreApplication.translate("PaymentsTables", "Order"),
        "top_up": QCoreApplication.translate("PaymentsTables", "Automatic top-up"),
        "renewal": QCoreApplication.translate("PaymentsTables", "Prolongation"),
        "refund": QCoreApplication.translate("PaymentsTables", "Refund"),
        "invoice": QCoreApplication.translate("PaymentsTables", "Invoice"),
    }
    return names.get(purpose, purpose)


def paid_for_text(payment: Any) -> str:
    """What a payment was for, with the number that names it: "Invoice 2026-000123", "Order 12",
    "Refund of order 12"; a top-up or a prolongation is named by its kind alone."""
    number = getattr(payment, "invoice_number", None)
    if payment.purpose == "invoice" and number:
        return translate("PaymentsTables", "Invoice %1").replace("%1", number)
    if payment.purpose == "order" and payment.order_id:
        return translate("PaymentsTables", "Order %1").replace("%1", str(payment.order_id))
    if payment.purpose == "refund" and payment.order_id:
        return translate("PaymentsTables", "Refund of order %1").replace("%1", str(payment.order_id))
    return purpose_name(payment.purpose)


def payment_columns() -> list[Column]:
    return [
        Column(
            lambda: translate("PaymentsTables", "Date"),
            lambda p: date_text(p.settled_at or p.created_at),
            lambda p: iso_key(p.settled_at or p.created_at),
        ),
        Column(lambda: translate("PaymentsTables", "Reference"), lambda p: p.reference, lambda p: p.id),
        Column(
            lambda: translate("PaymentsTables", "For"),
            paid_for_text,
            lambda p: p.purpose,
        ),
        Column(
            lambda: translate("PaymentsTables", "Paid with"),
            lambda p: card_label_text(p.card_label) or method_name(p.method),
            lambda p: p.card_label or p.method,
        ),
        money_column(lambda: translate("PaymentsTables", "Amount"), lambda p: p.amount, lambda p: p.currency),
    ]


class PaymentsModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(payment_columns(), parent)
