"""Typed calls for access rights: users with roles, invitations, role changes, removal.

Blocking, like ApiClient: call through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from desktop.api_client.access_types import Invitation, Member
from desktop.api_client.client import AccountRoutes


class AccessApi(AccountRoutes):
    def users(self) -> list[Member]:
        return [Member.from_json(u) for u in self.client.request("GET", f"{self.base}/users")]

    def invitations(self) -> list[Invitation]:
        return [Invitation.from_json(i) for i in self.client.request("GET", f"{self.base}/invitations")]

    def invite(self, email: str, role: str) -> Invitation:
        return Invitation.from_json(self.client.request(
            "POST", f"{self.base}/invitations", json={"email": email.strip(), "role": role}))

    def revoke(self, invitation_id: int) -> None:
        self.client.request("DELETE", f"{self.base}/invitations/{int(invitation_id)}")

    def change_role(self, user_id: int, role: str) -> Member:
        return Member.from_json(self.client.request(
            "PATCH", f"{self.base}/users/{int(user_id)}", json={"role": role}))

    def remove(self, user_id: int) -> None:
        self.client.request("DELETE", f"{self.base}/users/{int(user_id)}")
