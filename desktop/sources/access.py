"""Access rights: the account's users with their roles, and the open invitations."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.api_client.access import AccessApi
from desktop.api_client.access_types import Invitation, Member
from desktop.sources.base import AreaApi, Source


@dataclass(frozen=True)
class AccessOverview:
    members: tuple[Member, ...]
    invitations: tuple[Invitation, ...]


class AccessSource(Source):
    api = AreaApi(AccessApi)

    def overview(self) -> AccessOverview:
        return AccessOverview(tuple(self.api.users()), tuple(self.api.invitations()))

    def invite(self, email: str, role: str) -> Invitation:
        return self.api.invite(email, role)

    def revoke(self, invitation_id: int) -> None:
        self.api.revoke(invitation_id)

    def change_role(self, user_id: int, role: str) -> Member:
        return self.api.change_role(user_id, role)

    def remove(self, user_id: int) -> None:
        self.api.remove(user_id)
