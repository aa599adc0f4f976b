"""How the area's tables look and behave: whole rows selected, uniform row heights (so a
million rows scroll without measuring them), sorting by the model's sort key through a proxy,
Enter or double-click opens a row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.models.record_model import SORT_ROLE


def make_table(parent: QWidget, model: Any, *, name: str, sortable: bool = True,
               stretch_column: int | None = None) -> tuple[QTableView, QSortFilterProxyModel | None]:
    view = QTableView(parent)
    view.setObjectName(name)
    proxy: QSortFilterProxyModel | None = None
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(-1)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # provider's order until a header is clicked
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view, proxy


def selected_record(view: QTableView, role: int) -> Any:
    index = view.currentIndex()  # the current row (set by keyboard or click), not the selection:
    if not index.isValid():      # currentRowChanged fires before the selection follows
        return None
    return view.model().index(index.row(), 0).data(role)


def page_title(parent: QWidget, text: str) -> Any:
    from PySide6.QtWidgets import QLabel

    title = QLabel(text, parent)
    title.setObjectName("page_title")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    title.setFont(font)
    return title
