"""A table model over a list of typed records, with the paging the pages need.

Columns are declared once per table (header, text, sort key, alignment); the raw record and
the sort key are available under RAW_ROLE and SORT_ROLE, so a QSortFilterProxyModel sorts
money as money and dates as dates. The model does no HTTP: `fetchMore` emits `more_wanted`,
the page runs the Op and hands the next page to `append_page`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, RAW_ROLE, Qt.ItemDataRole.TextAlignmentRole,
                       Qt.ItemDataRole.ForegroundRole})


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # translated when asked, so a language change applies
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any]
    align_right: bool = False
    foreground: Callable[[Any], Any] | None = None


class RecordModel(QAbstractTableModel):
    more_wanted = Signal()

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self.has_more = False
        self.loading = False

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
        if role not in _ANSWERED or not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort_key(record)
        if role == RAW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(record)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self.has_more and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.more_wanted.emit()
