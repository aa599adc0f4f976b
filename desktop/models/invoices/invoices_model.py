"""The invoices' tables: the list of invoices and credit notes, and one invoice's items; the
words for an invoice's status and an item's kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.dates import date_text, iso_key
from desktop.models.record_model import WARN, Column, RecordModel, count_column, money_column

# Named `translate` so that lupdate finds the strings (it does not follow other aliases).
translate = QCoreApplication.translate



def invoice_status_name(invoice: Any) -> str:
    if invoice.status == "open" and invoice.overdue:
        return QCoreApplication.translate("PaymentsTables", "Overdue")
    names = {
        "open": QCoreApplication.translate("PaymentsTables", "Open"),
        "paid": QCoreApplication.translate("PaymentsTables", "Paid"),
        "credited": QCoreApplication.translate("PaymentsTables", "Credited"),
    }
    return names.get(invoice.status, invoice.status)


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
            lambda i: iso_key(i.issued_at),
        ),
        Column(
            lambda: translate("PaymentsTables", "Due"),
            lambda i: date_text(i.due_on),
            lambda i: iso_key(i.due_on),
        ),
        count_column(lambda: translate("PaymentsTables", "Calls"), lambda i: i.call_count),
        money_column(lambda: translate("PaymentsTables", "Total"), lambda i: i.gross, lambda i: i.currency),
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
        count_column(lambda: translate("PaymentsTables", "Pos."), lambda i: i.position),
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
            lambda i: iso_key(i.first_day),
        ),
        count_column(lambda: translate("PaymentsTables", "Quantity"), lambda i: i.quantity),
        money_column(lambda: translate("PaymentsTables", "Amount"), lambda i: i.amount, currency),
    ]


class InvoicesModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(invoice_columns(), parent)


class InvoiceItemsModel(RecordModel):
    def __init__(self, currency: str = "", describe: Any = None, parent: Any = None) -> None:
        super().__init__(item_columns(currency, describe), parent)
