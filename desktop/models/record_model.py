"""The one table-model base: a read-only table over a list of typed records.

A table declares its columns once (`Column`: header, text, sort key, alignment, colour, tooltip)
and hands over records with `set_records` (or page by page with `append_page`). The raw record is
at RAW_ROLE and the sort key at SORT_ROLE, so a QSortFilterProxyModel sorts money as money and
dates as dates, not as text. Headers are callables, translated when asked, so a language change
applies without rebuilding the model. No HTTP here: `fetchMore` emits `more_wanted`, the page runs
the Op for the next page and hands it to `append_page`.

`PagedTableModel` is that paging alone, for a model that keeps its rows another way (the invoice
calls' columnar model, desktop/models/invoices/calls_model.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from desktop.models.money import cents, money_text

WARN = QColor("#c0392b")  # a row that wants attention (a pending order, an overdue invoice)
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, RAW_ROLE, Qt.ItemDataRole.TextAlignmentRole,
                       Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole})


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # translated when asked, so a language change applies
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # None: the text, case-folded
    align_right: bool = False
    foreground: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str | None] | None = None



def money_column(header: Callable[[], str], amount: Callable[[Any], Decimal],
                 currency: str | Callable[[Any], str]) -> Column:
    """An amount in its currency (one for the table, or each row's own), right-aligned, sorted by
    its cents rather than its text."""
    currency_of = currency if callable(currency) else (lambda _r: currency)
    return Column(header, lambda r: money_text(amount(r), currency_of(r)), lambda r: cents(amount(r)),
                  align_right=True)


def count_column(header: Callable[[], str], count: Callable[[Any], int]) -> Column:
    """A whole number, right-aligned, sorted as a number."""
    return Column(header, lambda r: str(count(r)), count, align_right=True)


class PagedTableModel(QAbstractTableModel):
    """Rows that arrive in pages: `canFetchMore` while the source said there is more and no page
    is on its way; `fetchMore` asks for the next one through `more_wanted`."""

    more_wanted = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.has_more = False
        self.loading = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self.has_more and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.more_wanted.emit()


class RecordModel(PagedTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []

    # -- feeding -----------------------------------------------------------------------
    def set_records(self, records: Sequence[Any], has_more: bool = False) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.has_more = has_more
        self.loading = False
        self.endResetModel()

    def append_page(self, records: Sequence[Any], has_more: bool) -> None:
        self.loading = False
        self.has_more = has_more
        if records:
            first = len(self.records)
            self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
            self.records.extend(records)
            self.endInsertRows()

    def record(self, row: int) -> Any:
        return self.records[row]

    def display(self, record: Any, column: int) -> str:
        """The text `record` shows in `column`."""
        return self.columns[column].text(record)

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each paint: the common answers first, and
        # nothing looked up for the many roles no column answers.
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key is not None else column.text(record).casefold()
        if role == RAW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.align_right else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.foreground(record) if column.foreground is not None else None
        return column.tooltip(record) if column.tooltip is not None else None
