"""The column sets of the Payments area's tables: orders, payment history, invoices.
One place for each table's headers, texts, sort keys and alignment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.models.dates import date_text
from desktop.models.money import cents, money_text
from desktop.models.record_model import Column, RecordModel

WARN = QColor("#c0392b")


# Named `translate` so that lupdate finds the strings (it does not follow other aliases).
translate = QCoreApplication.translate


def _when(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def order_status_name(status: str) -> str:
    names = {
        "pending": QCoreApplication.translate("PaymentsTables", "Pending – not paid yet"),
        "paid": QCoreApplication.translate("PaymentsTables", "Paid"),
        "provisioning": QCoreApplication.translate("PaymentsTables", "Being set up"),
        "completed": QCoreApplication.translate("PaymentsTables", "Completed"),
        "cancelled": QCoreApplication.translate("PaymentsTables", "Cancelled"),
    }
    return names.get(status, status)


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


def invoice_status_name(invoice: Any) -> str:
    if invoice.status == "open" and invoice.overdue:
        return QCoreApplication.translate("PaymentsTables", "Overdue")
    names = {
        "open": QCoreApplication.translate("PaymentsTables", "Open"),
        "paid": QCoreApplication.translate("PaymentsTables", "Paid"),
        "credited": QCoreApplication.translate("PaymentsTables", "Credited"),
    }
    return names.get(invoice.status, invoice.status)


def order_columns() -> list[Column]:
    return [
        Column(lambda: translate("PaymentsTables", "Order"), lambda o: f"#{o.id}", lambda o: o.id),
        Column(
            lambda: translate("PaymentsTables", "Date"),
            lambda o: date_text(o.created_at),
            lambda o: _when(o.created_at),
        ),
        Column(lambda: translate("PaymentsTables", "Items"), lambda o: o.summary(), lambda o: o.summary()),
        Column(
            lambda: translate("PaymentsTables", "Total"),
            lambda o: money_text(o.gross, o.currency),
            lambda o: cents(o.gross),
            align_right=True,
        ),
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


def payment_columns() -> list[Column]:
    return [
        Column(
            lambda: translate("PaymentsTables", "Date"),
            lambda p: date_text(p.settled_at or p.created_at),
            lambda p: _when(p.settled_at or p.created_at),
        ),
        Column(lambda: translate("PaymentsTables", "Reference"), lambda p: p.reference, lambda p: p.id),
        Column(
            lambda: translate("PaymentsTables", "For"),
            lambda p: purpose_name(p.purpose) + (f" #{p.order_id}" if p.order_id else ""),
            lambda p: p.purpose,
        ),
        Column(
            lambda: translate("PaymentsTables", "Paid with"),
            lambda p: p.card_label or method_name(p.method),
            lambda p: p.card_label or p.method,
        ),
        Column(
            lambda: translate("PaymentsTables", "Amount"),
            lambda p: money_text(p.amount, p.currency),
            lambda p: cents(p.amount),
            align_right=True,
        ),
    ]


def invoice_columns() -> list[Column]:
    return [
        Column(lambda: translate("PaymentsTables", "Number"), lambda i: i.number, lambda i: i.number),
        Column(
            lambda: translate("PaymentsTables", "Type"),
            lambda i: (
                translate("PaymentsTables", "Credit note")
                if i.kind == "credit_note"
                else translate("PaymentsTables", "Invoice")
            ),
            lambda i: i.kind,
        ),
        Column(
            lambda: translate("PaymentsTables", "Period"), lambda i: i.period or "–", lambda i: i.period or ""
        ),
        Column(
            lambda: translate("PaymentsTables", "Issued"),
            lambda i: date_text(i.issued_at),
            lambda i: _when(i.issued_at),
        ),
        Column(
            lambda: translate("PaymentsTables", "Due"),
            lambda i: date_text(i.due_on),
            lambda i: i.due_on.isoformat() if i.due_on else "",
        ),
        Column(
            lambda: translate("PaymentsTables", "Calls"),
            lambda i: str(i.call_count),
            lambda i: i.call_count,
            align_right=True,
        ),
        Column(
            lambda: translate("PaymentsTables", "Total"),
            lambda i: money_text(i.gross, i.currency),
            lambda i: cents(i.gross),
            align_right=True,
        ),
        Column(
            lambda: translate("PaymentsTables", "Status"),
            invoice_status_name,
            lambda i: i.status,
            foreground=lambda i: WARN if i.overdue else None,
        ),
    ]


def item_kind_name(kind: str) -> str:
    names = {
        "recurring": translate("PaymentsTables", "Monthly fee"),
        "calls": translate("PaymentsTables", "Calls"),
        "one_off": translate("PaymentsTables", "One-off"),
        "proration": translate("PaymentsTables", "Part of a month"),
        "credit": translate("PaymentsTables", "Credit"),
    }
    return names.get(kind, kind.replace("_", " "))


def item_columns(currency: str, describe: Any = None) -> list[Column]:
    """An invoice's items; `describe` turns the provider's (English) description into the UI's."""
    text = describe or (lambda s: s)

    def days(i: Any) -> str:
        if i.first_day and i.last_day:
            return f"{date_text(i.first_day)} – {date_text(i.last_day)}"
        return ""

    return [
        Column(
            lambda: translate("PaymentsTables", "Pos."),
            lambda i: str(i.position),
            lambda i: i.position,
            align_right=True,
        ),
        Column(
            lambda: translate("PaymentsTables", "Description"),
            lambda i: text(i.description),
            lambda i: i.description,
        ),
        Column(
            lambda: translate("PaymentsTables", "Kind"), lambda i: item_kind_name(i.kind), lambda i: i.kind
        ),
        Column(
            lambda: translate("PaymentsTables", "Days"),
            days,
            lambda i: i.first_day.isoformat() if i.first_day else "",
        ),
        Column(
            lambda: translate("PaymentsTables", "Quantity"),
            lambda i: str(i.quantity),
            lambda i: i.quantity,
            align_right=True,
        ),
        Column(
            lambda: translate("PaymentsTables", "Amount"),
            lambda i: money_text(i.amount, currency),
            lambda i: cents(i.amount),
            align_right=True,
        ),
    ]


class OrdersModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(order_columns(), parent)


class PaymentsModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(payment_columns(), parent)


class InvoicesModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(invoice_columns(), parent)


class InvoiceItemsModel(RecordModel):
    def __init__(self, currency: str = "", describe: Any = None, parent: Any = None) -> None:
        super().__init__(item_columns(currency, describe), parent)
