"""The reseller's customers as a table: one column list (headers, text, the provider's sort key)
in one place, rows arriving in keyset pages through canFetchMore/fetchMore (the page runs the
Op). The provider sorts: with 10,000 customers the rows loaded are not all there are."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.models.money import money_text
from desktop.models.record_model import RAW_ROLE, SORT_ROLE, Column, RecordModel

__all__ = ["RAW_ROLE", "SORT_ROLE", "CustomerColumn", "CustomersModel", "column_of", "count_text",
           "negative_colour", "sort_for", "status_text"]

# A dark red reads on a light table and a light red on a dark one; neither reads on the other.
NEGATIVE_ON_LIGHT = QColor("#b71c1c")
NEGATIVE_ON_DARK = QColor("#ff8a80")


def negative_colour() -> QColor:
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return NEGATIVE_ON_DARK if base.lightness() < 128 else NEGATIVE_ON_LIGHT


def count_text(n: int, more: bool) -> str:
    """"55 customers shown": Qt's numerus forms (English from plurals_en.ts)."""
    return CustomerCounts().shown(n, more)


class CustomerCounts(QObject):
    """The context of the customer list's counts: lupdate marks plurals only in a method's
    self.tr() with n."""

    def shown(self, n: int, more: bool) -> str:
        if more:
            return self.tr("%n customer(s) shown, scroll for more", "", n)
        return self.tr("%n customer(s) shown", "", n)


def status_text(status: str) -> str:
    names = {"active": QCoreApplication.translate("CustomersModel", "Active"),
             "closed": QCoreApplication.translate("CustomersModel", "Closed")}
    return names.get(status, status)


class CustomerColumn(IntEnum):
    USER_ID = 0
    NAME = 1
    COUNTRY = 2
    STATUS = 3
    BALANCE = 4
    OPEN_INVOICES = 5
    OPEN_AMOUNT = 6


# The provider's sort key for each column. A column left out cannot be sorted: the provider could
# not page through it in that order, and sorting only the rows loaded would be a lie.
SERVER_SORT: dict[int, str] = {
    CustomerColumn.USER_ID: "user_id", CustomerColumn.NAME: "name", CustomerColumn.COUNTRY: "country",
    CustomerColumn.STATUS: "status", CustomerColumn.BALANCE: "balance",
    CustomerColumn.OPEN_INVOICES: "open_invoices", CustomerColumn.OPEN_AMOUNT: "open_amount"}


def sort_for(column: int, order: Qt.SortOrder) -> str | None:
    """The provider's sort for a column and order ("-balance"), None if the column cannot sort."""
    key = SERVER_SORT.get(column)
    if key is None:
        return None
    return f"-{key}" if order == Qt.SortOrder.DescendingOrder else key


def column_of(sort: str | None) -> tuple[int, Qt.SortOrder] | None:
    """The column and order a provider sort shows as in the header; None for the provider's own."""
    if not sort:
        return None
    key = sort.removeprefix("-")
    order = Qt.SortOrder.DescendingOrder if sort.startswith("-") else Qt.SortOrder.AscendingOrder
    for column, name in SERVER_SORT.items():
        if name == key:
            return int(column), order
    return None


def _columns() -> list[Column]:
    red = lambda c: negative_colour() if c.balance < 0 else None  # noqa: E731 - a one-line colour rule
    return [
        Column(lambda: QCoreApplication.translate("CustomersModel", "User ID"), lambda c: c.user_id,
               lambda c: (len(c.user_id), c.user_id)),
        Column(lambda: QCoreApplication.translate("CustomersModel", "Customer"), lambda c: c.display_name,
               lambda c: c.display_name.casefold()),
        Column(lambda: QCoreApplication.translate("CustomersModel", "Country"), lambda c: c.country,
               lambda c: c.country),
        Column(lambda: QCoreApplication.translate("CustomersModel", "Status"),
               lambda c: status_text(c.status), lambda c: c.status),
        Column(lambda: QCoreApplication.translate("CustomersModel", "Balance"),
               lambda c: money_text(c.balance, c.currency), lambda c: (c.currency, c.balance), True, red),
        Column(lambda: QCoreApplication.translate("CustomersModel", "Open invoices"),
               lambda c: str(c.open_invoices), lambda c: c.open_invoices, True),
        Column(lambda: QCoreApplication.translate("CustomersModel", "Open amount"),
               lambda c: money_text(c.open_amount, c.currency), lambda c: (c.currency, c.open_amount), True),
    ]


class CustomersModel(RecordModel):

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_columns(), parent)
        self.cursor: str | None = None  # the provider's keyset cursor for the next page

    def show_first(self, items: Any, next_cursor: str | None) -> None:
        self.cursor = next_cursor
        self.set_records(items, has_more=next_cursor is not None)

    def show_next(self, items: Any, next_cursor: str | None) -> None:
        self.cursor = next_cursor
        self.append_page(items, has_more=next_cursor is not None)
