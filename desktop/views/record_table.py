"""The one table view of the data pages: over a RecordModel (desktop/models/record_model.py) or any
model answering its RAW_ROLE and SORT_ROLE.

Whole rows selected, one at a time; fixed row heights (a million rows scroll without measuring
them); sorting by the model's sort key through a proxy, or none (`sortable=False`: a table that
big, or one shown in the source's order only); Tab leaves the table, the arrows move inside it;
Enter or a double click acts on the row (`on_activate`, else Qt's `activated` signal); a message
inside the table while it has no rows (why it is empty, loading, or could not be loaded).
Ctrl+C (the platform's Copy) copies the selected rows as tab-separated text with the header
line, as spreadsheets paste it. Column widths, order and sort the user chose come back with the
window (desktop/views/window_memory.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.models.record_model import RAW_ROLE, SORT_ROLE
from desktop.views.page_kit import wrapped_label
from desktop.views.window_memory import memory_of, watch_header


class RecordTable(QTableView):
    def __init__(self, model: Any, parent: QWidget | None = None, name: str = "", *,
                 sortable: bool = True, source_order: bool = False, stretch_column: int | None = None,
                 highlight_header: bool = True) -> None:
        """`source_order`: rows stay in the order the source gave them until a header is clicked.
        `stretch_column`: the column that takes the spare width (None: the last one).
        `highlight_header`: the header's labels turn bold over the chosen row, as Qt does."""
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.source = model
        self.proxy: QSortFilterProxyModel | None = None
        if sortable:
            self.proxy = QSortFilterProxyModel(self)
            self.proxy.setSourceModel(model)
            self.proxy.setSortRole(SORT_ROLE)
            self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.proxy.setFilterKeyColumn(-1)
            self.setModel(self.proxy)
            self.setSortingEnabled(True)
            if source_order:
                self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        else:
            self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Shift, Ctrl) for copying; the row acted on is the first selected.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(highlight_header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch_column is None)
        self.stretch_column = stretch_column
        if stretch_column is not None:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.on_activate: Callable[[Any], None] | None = None
        self.fitting = False
        self.layout_touched = False
        self.widths_restored: bool | None = None  # None: not asked yet (first shown)
        watch_header(self, header)
        self.doubleClicked.connect(lambda _i: self._activate())
        self.empty_label = wrapped_label(self.viewport(), "empty_message")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The palette's placeholder colour, so the message reads in light and dark mode alike.
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.hide()
        shown = self.model()
        shown.modelReset.connect(self._show_empty)
        shown.rowsInserted.connect(self._show_empty)
        shown.rowsRemoved.connect(self._show_empty)

    # -- what is chosen --------------------------------------------------------------------------
    def selected(self) -> Any:
        """The record of the selected row, or None."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        # With several rows selected (for copying) the one acted on is the current one.
        current = self.currentIndex()
        chosen = next((r for r in rows if current.isValid() and r.row() == current.row()), rows[0])
        row = chosen.row() if self.proxy is None else self.proxy.mapToSource(chosen).row()
        return self.source.record(row)

    def current(self) -> Any:
        """The record of the current row (set by keyboard or click), or None. Unlike `selected`,
        already right while currentRowChanged is delivered, before the selection follows."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.model().index(index.row(), 0).data(RAW_ROLE)

    def select_first(self) -> None:
        if self.model().rowCount() and not self.selectionModel().hasSelection():
            self.selectRow(0)

    def fit_columns(self) -> None:
        self.resizeColumnsToContents()
        if self.horizontalHeader().stretchLastSection():
            self.horizontalHeader().setStretchLastSection(True)

    def resizeColumnsToContents(self) -> None:  # Qt's name; pages call it after each load
        if self.widths_restored:
            return  # the widths the user chose last time stay
        self.fitting = True
        try:
            super().resizeColumnsToContents()
        finally:
            self.fitting = False

    def showEvent(self, event: QShowEvent) -> None:
        if self.widths_restored is None:
            memory = memory_of(self)
            self.widths_restored = bool(memory is not None and memory.restore_table(self))
        super().showEvent(event)

    # -- copying ---------------------------------------------------------------------------------
    def selected_text(self) -> str:
        """The selected rows as shown (visible columns in their order), tab-separated, with the
        header line; tabs and line breaks inside a cell become spaces."""
        model, header = self.model(), self.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        columns = [c for c in columns if not header.isSectionHidden(c)]
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})

        def cell(value: object) -> str:
            return " ".join(str(value if value is not None else "").split())

        lines = ["\t".join(cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        lines += ["\t".join(cell(model.index(r, c).data()) for c in columns) for r in rows]
        return "\n".join(lines) + "\n" if rows else ""

    def copy_selection(self) -> bool:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)
        return bool(text)

    # -- the message while empty -----------------------------------------------------------------
    def set_empty_text(self, text: str) -> None:
        """What the table says while it has no rows; "" says nothing."""
        self.empty_label.setText(text)
        self.setAccessibleDescription(text)
        self._show_empty()

    def _show_empty(self) -> None:
        self.empty_label.setVisible(bool(self.empty_label.text()) and self.model().rowCount() == 0)
        self._place_empty()

    def _place_empty(self) -> None:
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        area.setHeight(min(area.height(), self.empty_label.heightForWidth(area.width()) + 24))
        self.empty_label.setGeometry(area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_stretch_readable()
        self._place_empty()

    def _keep_stretch_readable(self) -> None:
        """The stretching column takes the spare width, and none when there is none: too narrow
        a view gave it a few pixels ("tems", "D…"). Then it keeps the width of its header and
        contents and the table scrolls sideways; with room again it stretches again."""
        col = self.stretch_column
        if col is None or self.model().columnCount() <= col:
            return
        header = self.horizontalHeader()
        wanted = max(header.sectionSizeHint(col), self.sizeHintForColumn(col))
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != col and not header.isSectionHidden(c))
        stretch = QHeaderView.ResizeMode.Stretch
        if self.viewport().width() < others + wanted:
            if header.sectionResizeMode(col) == stretch:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, wanted)
        elif header.sectionResizeMode(col) != stretch:
            header.setSectionResizeMode(col, stretch)

    # -- acting on a row -------------------------------------------------------------------------
    def _activate(self) -> None:
        if self.on_activate is not None and self.selected() is not None:
            self.on_activate(self.selected())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.copy_selection():
            return
        if (self.on_activate is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.selected() is not None):
            self._activate()
            return
        super().keyPressEvent(event)
