"""The account's users with their roles, and the open invitations, as tables."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from desktop.models.dates import date_text
from desktop.models.record_table import RecordTableModel

ROLE_ORDER = {"owner": 0, "admin": 1, "billing": 2, "technical": 3, "viewer": 4}


class MemberColumn(IntEnum):
    NAME = 0
    EMAIL = 1
    ROLE = 2
    SINCE = 3


class _RoleNamed(RecordTableModel):
    def __init__(self, role_name: Callable[[str], str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.role_name = role_name or (lambda role: role)  # the views' words for roles


class MembersModel(_RoleNamed):
    Column = MemberColumn

    def headers(self) -> dict[int, str]:
        return {MemberColumn.NAME: self.tr("Name"), MemberColumn.EMAIL: self.tr("E-mail"),
                MemberColumn.ROLE: self.tr("Role"), MemberColumn.SINCE: self.tr("User since")}

    def display(self, row: Any, column: int) -> str:
        if column == MemberColumn.NAME:
            return row.name
        if column == MemberColumn.EMAIL:
            return row.email
        if column == MemberColumn.ROLE:
            return self.role_name(row.role)
        return date_text(row.created_at)

    def sort_key(self, row: Any, column: int) -> Any:
        if column == MemberColumn.ROLE:
            return ROLE_ORDER.get(row.role, 9)
        if column == MemberColumn.SINCE:
            return row.created_at.isoformat() if row.created_at else ""
        return super().sort_key(row, column)


class InvitationColumn(IntEnum):
    EMAIL = 0
    ROLE = 1
    SENT = 2
    EXPIRES = 3


class InvitationsModel(_RoleNamed):
    Column = InvitationColumn

    def headers(self) -> dict[int, str]:
        return {InvitationColumn.EMAIL: self.tr("E-mail"), InvitationColumn.ROLE: self.tr("Role"),
                InvitationColumn.SENT: self.tr("Sent on"),
                InvitationColumn.EXPIRES: self.tr("Valid until")}

    def display(self, row: Any, column: int) -> str:
        if column == InvitationColumn.EMAIL:
            return row.email
        if column == InvitationColumn.ROLE:
            return self.role_name(row.role)
        if column == InvitationColumn.SENT:
            return date_text(row.created_at)
        return date_text(row.expires_at)

    def sort_key(self, row: Any, column: int) -> Any:
        if column == InvitationColumn.ROLE:
            return ROLE_ORDER.get(row.role, 9)
        if column in (InvitationColumn.SENT, InvitationColumn.EXPIRES):
            value = row.created_at if column == InvitationColumn.SENT else row.expires_at
            return value.isoformat() if value else ""
        return super().sort_key(row, column)
