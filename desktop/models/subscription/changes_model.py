"""Pending changes of the subscription (downgrade, fewer users, cancellation) as a table."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from desktop.models.dates import date_text
from desktop.models.record_table import RecordTableModel


class ChangeColumn(IntEnum):
    KIND = 0
    DETAIL = 1
    EFFECTIVE = 2
    REQUESTED = 3


class PendingChangesModel(RecordTableModel):
    Column = ChangeColumn

    def __init__(self, package_name: Callable[[str], str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.package_name = package_name or (lambda code: code)

    def headers(self) -> dict[int, str]:
        return {ChangeColumn.KIND: self.tr("Change"), ChangeColumn.DETAIL: self.tr("To"),
                ChangeColumn.EFFECTIVE: self.tr("Effective on"),
                ChangeColumn.REQUESTED: self.tr("Requested on")}

    def users_text(self, users: int) -> str:
        # Spelled out, not %n: English needs no numerus catalogue then.
        return self.tr("1 user") if users == 1 else self.tr("%1 users").replace("%1", str(users))

    def kind_text(self, kind: str) -> str:
        return {"downgrade": self.tr("Downgrade"), "fewer_users": self.tr("Fewer users"),
                "cancel": self.tr("Cancellation")}.get(kind, kind)

    def display(self, row: Any, column: int) -> str:
        if column == ChangeColumn.KIND:
            return self.kind_text(row.kind)
        if column == ChangeColumn.DETAIL:
            if row.kind == "downgrade" and row.product_code:
                return self.package_name(row.product_code)
            if row.kind == "fewer_users" and row.users:
                return self.users_text(row.users)
            return self.tr("End of the subscription")
        if column == ChangeColumn.EFFECTIVE:
            return date_text(row.effective_on)
        return date_text(row.requested_at)

    def sort_key(self, row: Any, column: int) -> Any:
        if column == ChangeColumn.EFFECTIVE:
            return row.effective_on.isoformat()
        if column == ChangeColumn.REQUESTED:
            return row.requested_at.isoformat() if row.requested_at else ""
        return super().sort_key(row, column)
