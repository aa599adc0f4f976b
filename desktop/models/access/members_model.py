"""The account's users with their roles, and the open invitations, as tables."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from desktop.models.dates import date_text, iso_key
from desktop.models.record_model import Column, RecordModel

ROLE_ORDER = {"owner": 0, "admin": 1, "billing": 2, "technical": 3, "viewer": 4}



class MemberColumn(IntEnum):
    NAME = 0
    EMAIL = 1
    ROLE = 2
    SINCE = 3


class MembersModel(RecordModel):
    def __init__(self, role_name: Callable[[str], str] | None = None, parent: Any = None) -> None:
        named = role_name or (lambda role: role)  # the views' words for roles
        super().__init__([
            Column(lambda: self.tr("Name"), lambda m: m.name),
            Column(lambda: self.tr("E-mail"), lambda m: m.email),
            Column(lambda: self.tr("Role"), lambda m: named(m.role), lambda m: ROLE_ORDER.get(m.role, 9)),
            Column(lambda: self.tr("User since"), lambda m: date_text(m.created_at),
                   lambda m: iso_key(m.created_at)),
        ], parent)


class InvitationsModel(RecordModel):
    def __init__(self, role_name: Callable[[str], str] | None = None, parent: Any = None) -> None:
        named = role_name or (lambda role: role)
        super().__init__([
            Column(lambda: self.tr("E-mail"), lambda i: i.email),
            Column(lambda: self.tr("Role"), lambda i: named(i.role), lambda i: ROLE_ORDER.get(i.role, 9)),
            Column(lambda: self.tr("Sent on"), lambda i: date_text(i.created_at),
                   lambda i: iso_key(i.created_at)),
            Column(lambda: self.tr("Valid until"), lambda i: date_text(i.expires_at),
                   lambda i: iso_key(i.expires_at)),
        ], parent)
