"""Who is calling: the signed-in user, their account and their session."""

from __future__ import annotations

from dataclasses import dataclass

from provider.db.models import Account, User
from provider.domain.roles import Perm, Role, allows


@dataclass(frozen=True)
class Principal:
    user: User
    account: Account
    session_id: int

    @property
    def role(self) -> Role:
        return Role(self.user.role)

    def may(self, perm: Perm) -> bool:
        return allows(self.role, perm)
