"""An invoice's itemized calls, built to hold a million rows in little memory.

Rows are kept column by column in typed arrays (times as epoch seconds, prices in cents,
numbers as integers, zones as indexes into a short list): about 45 bytes a call instead of
the ~500 a tuple of Python objects would take. A page is packed into a CallChunk on the worker
thread; appending it on the UI thread is a few memcpy's. Text is made only for visible cells.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.models.money import from_cents, money_text
from desktop.models.phone_numbers import grouped
from desktop.models.record_model import RAW_ROLE, SORT_ROLE, PagedTableModel

Index = QModelIndex | QPersistentModelIndex
DISPUTED = QColor("#b9770e")
_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                       Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE, RAW_ROLE})


class CallColumn(IntEnum):
    START = 0
    FROM = 1
    TO = 2
    ZONE = 3
    DURATION = 4
    PRICE = 5


def call_headers() -> list[str]:
    translate = QCoreApplication.translate  # by this name lupdate finds the strings
    return [translate("CallsTable", "Start"), translate("CallsTable", "From"), translate("CallsTable", "To"),
            translate("CallsTable", "Destination zone"), translate("CallsTable", "Duration"),
            translate("CallsTable", "Price")]


def encode_number(text: str) -> int:
    """`+41445551234` -> 141445551234, `0445551234` -> -10445551234 (the leading 1 keeps
    leading zeros, the sign says whether there was a '+'); 0 for anything else."""
    plus = text.startswith("+")
    digits = text[1:] if plus else text
    if not digits.isascii() or not digits.isdigit() or len(digits) > 17:
        return 0
    value = int("1" + digits)
    return value if plus else -value


def decode_number(value: int) -> str:
    if value == 0:
        return "?"
    return ("+" if value > 0 else "") + str(abs(value))[1:]


def duration_text(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class CallChunk:
    """Calls packed into arrays; made off the UI thread from the provider's JSON rows."""

    ARRAYS = ("ids", "starts", "froms", "tos", "zones", "durations", "prices")  # one per call each

    def __init__(self) -> None:
        self.ids = array("q")
        self.starts = array("q")
        self.froms = array("q")
        self.tos = array("q")
        self.zones = array("B")
        self.durations = array("l")
        self.prices = array("q")
        self.zone_names: list[str] = []

    def __len__(self) -> int:
        return len(self.ids)

    def extend(self, more: CallChunk) -> None:
        """`more`'s calls after these; it was packed with these zone names and maybe new ones."""
        for name in self.ARRAYS:
            getattr(self, name).extend(getattr(more, name))
        self.zone_names = more.zone_names

    @classmethod
    def from_json(cls, items: Iterable[dict[str, Any]], zone_names: list[str] | None = None) -> CallChunk:
        chunk = cls()
        names = list(zone_names or [])
        zone_index = {z: i for i, z in enumerate(names)}
        for c in items:
            zone = str(c.get("zone") or "")
            if zone not in zone_index:
                zone_index[zone] = len(names)
                names.append(zone)
            started = datetime.fromisoformat(str(c["started_at"]).replace("Z", "+00:00"))
            if started.tzinfo is None:
                started = started.replace(tzinfo=UTC)
            price = str(c.get("price") or "0")
            whole, _, frac = price.lstrip("-").partition(".")
            amount = int(whole or "0") * 100 + int((frac + "00")[:2])
            chunk.ids.append(int(c["id"]))
            chunk.starts.append(int(started.timestamp()))
            chunk.froms.append(encode_number(str(c.get("from_number") or "")))
            chunk.tos.append(encode_number(str(c.get("to_number") or "")))
            chunk.zones.append(zone_index[zone])
            chunk.durations.append(int(c.get("duration_s") or 0))
            chunk.prices.append(-amount if price.startswith("-") else amount)
        chunk.zone_names = names
        return chunk

    @classmethod
    def from_columns(cls, cols: Any, zone_names: list[str] | None = None) -> CallChunk:
        """From desktop.store.pages.call_columns: the arrays as they are, zones as indexes."""
        names = list(zone_names or [])
        zone_index = {z: i for i, z in enumerate(names)}
        for zone in set(cols.zones) - zone_index.keys():
            zone_index[zone] = len(names)
            names.append(zone)
        chunk = cls()
        chunk.ids, chunk.starts, chunk.froms, chunk.tos = cols.ids, cols.starts, cols.froms, cols.tos
        chunk.zones = array("B", map(zone_index.__getitem__, cols.zones))
        chunk.durations = array("l", cols.durations)
        chunk.prices = cols.prices
        chunk.zone_names = names
        return chunk

    @classmethod
    def from_packed(cls, rows: list[tuple], zone_names: list[str] | None = None) -> CallChunk:
        """From rows the store packed (desktop.store.pages.packed_call_rows): columns copied into
        the arrays in C; only the zone names and any value SQLite could not pack touch Python."""
        if not rows:
            chunk = cls()
            chunk.zone_names = list(zone_names or [])
            return chunk
        ids, starts, froms, tos, zones, durations, prices, _texts, _prices = zip(*rows, strict=True)
        if None in starts or None in prices:  # unusual text: the careful way for this page
            return cls.from_rows([(r[0], r[7], decode_number(r[2]), decode_number(r[3]), r[4], r[5], r[8])
                                  for r in rows], zone_names)
        names = list(zone_names or [])
        zone_index = {z: i for i, z in enumerate(names)}
        for zone in set(zones) - zone_index.keys():
            zone_index[zone] = len(names)
            names.append(zone)
        chunk = cls()
        chunk.ids = array("q", ids)
        chunk.starts = array("q", starts)
        chunk.froms = array("q", froms)
        chunk.tos = array("q", tos)
        chunk.zones = array("B", map(zone_index.__getitem__, zones))
        chunk.durations = array("l", durations)
        chunk.prices = array("q", prices)
        chunk.zone_names = names
        return chunk

    @classmethod
    def from_rows(cls, rows: Iterable[tuple], zone_names: list[str] | None = None) -> CallChunk:
        """From rows (id, started_at, from, to, zone, duration_s, price) of text and numbers, as
        the store keeps them."""
        return cls.from_json(({"id": r[0], "started_at": r[1], "from_number": r[2], "to_number": r[3],
                               "zone": r[4], "duration_s": r[5], "price": r[6]} for r in rows), zone_names)


class CallsModel(PagedTableModel):
    """Append-only; `fetchMore` emits `more_wanted` and the page runs the Op for the next page."""

    def __init__(self, currency: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.store = CallChunk()
        self._headers = call_headers()
        self.zone_label: Callable[[str], str] = lambda zone: zone.replace("_", " ")
        self.disputed: set[int] = set()  # call ids with a dispute, kept or sent

    def clear(self, currency: str = "") -> None:
        self.beginResetModel()
        self.currency = currency or self.currency
        self.store = CallChunk()
        self.disputed = set()
        self.has_more = False
        self.loading = False
        self.endResetModel()

    def append_chunk(self, chunk: CallChunk, has_more: bool) -> None:
        """`chunk` must have been packed with this model's zone names (see `zone_names`)."""
        self.loading = False
        self.has_more = has_more
        if not len(chunk):
            return
        first = len(self.store)
        self.beginInsertRows(QModelIndex(), first, first + len(chunk) - 1)
        self.store.extend(chunk)
        self.endInsertRows()

    @property
    def zone_names(self) -> list[str]:
        return list(self.store.zone_names)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.store)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CallColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def price(self, row: int) -> Any:
        return from_cents(self.store.prices[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():  # most roles asked on each paint: none
            return None
        row, col, s = index.row(), index.column(), self.store
        if role == Qt.ItemDataRole.DisplayRole:
            if col == CallColumn.START:
                return datetime.fromtimestamp(s.starts[row]).strftime("%Y-%m-%d %H:%M:%S")
            if col == CallColumn.FROM:
                return grouped(decode_number(s.froms[row]))
            if col == CallColumn.TO:
                return grouped(decode_number(s.tos[row]))
            if col == CallColumn.ZONE:
                return self.zone_label(s.zone_names[s.zones[row]])
            if col == CallColumn.DURATION:
                return duration_text(s.durations[row])
            return money_text(from_cents(s.prices[row]), self.currency)
        if role == Qt.ItemDataRole.ForegroundRole and self.disputed and s.ids[row] in self.disputed:
            return DISPUTED
        if role == Qt.ItemDataRole.ToolTipRole and self.disputed and s.ids[row] in self.disputed:
            return QCoreApplication.translate("CallsTable", "You disputed this call.")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (CallColumn.DURATION, CallColumn.PRICE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return (s.starts[row], s.froms[row], s.tos[row], s.zones[row], s.durations[row],
                    s.prices[row])[col]
        if role == RAW_ROLE:
            return s.ids[row]
        return None

    def mark_disputed(self, call_ids: Iterable[int]) -> None:
        """Show calls as disputed; repaints only rows already loaded that changed."""
        new = set(call_ids) - self.disputed
        if not new:
            return
        self.disputed |= new
        if len(self.store):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.store) - 1, len(CallColumn) - 1),
                                  [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole])

    def row_of(self, call_id: int) -> int:
        """The row of a loaded call, or -1 (a scan of the id array in C: a few ms for a million)."""
        try:
            return self.store.ids.index(call_id)
        except ValueError:
            return -1
