"""Table models of the review dialog: one month's calls (with their dispute state) and the
zone-by-zone comparison of two months. No I/O: the dialog loads from the store in Ops."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class CallColumn(IntEnum):
    START, TO, ZONE, DURATION, PRICE, DISPUTE = range(6)

    def header(self) -> str:
        return [QCoreApplication.translate("ReviewModels", "Start (UTC)"),
                QCoreApplication.translate("ReviewModels", "To"),
                QCoreApplication.translate("ReviewModels", "Zone"),
                QCoreApplication.translate("ReviewModels", "Duration"),
                QCoreApplication.translate("ReviewModels", "Price"),
                QCoreApplication.translate("ReviewModels", "Dispute")][self]


class CallsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.calls: list[Any] = []
        self.disputes: dict[int, dict[str, Any]] = {}

    zone_label: Any = staticmethod(lambda zone: zone)  # set by the view: the zone in the UI language

    def set_calls(self, calls: list[Any], disputes: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.calls = calls
        self.disputes = {d["call_id"]: d for d in disputes}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.calls)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CallColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return CallColumn(section).header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        call = self.calls[index.row()]
        col = CallColumn(index.column())
        if role == OBJECT_ROLE:
            return call
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (CallColumn.DURATION, CallColumn.PRICE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        dispute = self.disputes.get(call.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return dispute["note"] if dispute else None
        if col == CallColumn.START:
            t = call.started_at
            return t.isoformat() if role == SORT_ROLE else f"{t:%Y-%m-%d %H:%M:%S}"
        if col == CallColumn.TO:
            return "+" + call.to_number
        if col == CallColumn.ZONE:
            return self.zone_label(call.zone)
        if col == CallColumn.DURATION:
            secs = call.duration_s
            return secs if role == SORT_ROLE else f"{secs // 60}:{secs % 60:02d}"
        if col == CallColumn.PRICE:
            return float(call.price) if role == SORT_ROLE else f"{call.price:.2f}"
        if dispute is None:
            return ""
        if dispute.get("sent_at"):
            return QCoreApplication.translate("ReviewModels", "sent")
        return QCoreApplication.translate("ReviewModels", "kept, not sent yet")


class CompareModel(QAbstractTableModel):
    """Rows: each zone, then the invoice totals; columns: month A, month B, difference."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str]] = []
        self.titles = ("", "")

    zone_label: Any = staticmethod(lambda zone: zone)

    def set_months(self, a: Any, b: Any, money: Any) -> None:
        """`a`, `b`: desktop.store.MonthSummary; `money(Decimal) -> str` formats in the account's way."""
        self.beginResetModel()
        self.titles = (a.period, b.period)
        rows = []
        for zone in sorted(set(a.zones) | set(b.zones)):
            ca, _sa, ma = a.zones.get(zone, (0, 0, Decimal("0")))
            cb, _sb, mb = b.zones.get(zone, (0, 0, Decimal("0")))
            label = self.zone_label(zone)
            calls = QCoreApplication.translate("ReviewModels", "%1: calls").replace("%1", label)
            amount = QCoreApplication.translate("ReviewModels", "%1: amount").replace("%1", label)
            rows.append((calls, str(ca), str(cb), f"{cb - ca:+d}"))
            rows.append((amount, money(ma), money(mb), money(mb - ma)))
        for label, attr in ((QCoreApplication.translate("ReviewModels", "Net"), "net"),
                            (QCoreApplication.translate("ReviewModels", "VAT"), "vat"),
                            (QCoreApplication.translate("ReviewModels", "Total"), "gross")):
            va = getattr(a.invoice, attr) if a.invoice else Decimal("0")
            vb = getattr(b.invoice, attr) if b.invoice else Decimal("0")
            rows.append((label, money(va), money(vb), money(vb - va)))
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            what = QCoreApplication.translate("ReviewModels", "What")
            difference = QCoreApplication.translate("ReviewModels", "Difference")
            return [what, self.titles[0], self.titles[1], difference][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
