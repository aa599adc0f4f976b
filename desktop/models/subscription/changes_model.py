"""Pending changes of the subscription (downgrade, fewer users, cancellation) as a table."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from desktop.models.dates import date_text, iso_key
from desktop.models.record_model import Column, RecordModel


class ChangeColumn(IntEnum):
    KIND = 0
    DETAIL = 1
    EFFECTIVE = 2
    REQUESTED = 3


class PendingChangesModel(RecordModel):
    def __init__(self, package_name: Callable[[str], str] | None = None, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Change"), lambda r: self.kind_text(r.kind)),
            Column(lambda: self.tr("To"), self.detail_text),
            Column(lambda: self.tr("Effective on"), lambda r: date_text(r.effective_on),
                   lambda r: iso_key(r.effective_on)),
            Column(lambda: self.tr("Requested on"), lambda r: date_text(r.requested_at),
                   lambda r: iso_key(r.requested_at)),
        ], parent)
        self.package_name = package_name or (lambda code: code)

    def users_text(self, users: int) -> str:
        return self.tr("%n user(s)", "", users)

    def kind_text(self, kind: str) -> str:
        return {"downgrade": self.tr("Downgrade"), "fewer_users": self.tr("Fewer users"),
                "cancel": self.tr("Cancellation")}.get(kind, kind)

    def detail_text(self, row: Any) -> str:
        if row.kind == "downgrade" and row.product_code:
            return self.package_name(row.product_code)
        if row.kind == "fewer_users" and row.users:
            return self.users_text(row.users)
        return self.tr("End of the subscription")
