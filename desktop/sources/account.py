"""The account itself and its users' own business: the account as the provider has it now (its
balance), registering, passwords (change, forgotten, reset), accepting an invitation, and the
sandbox's mailbox (the mails the provider would have sent). The sign-in dialogs use it before
anyone is signed in: then only the calls that need no account work."""

from __future__ import annotations

from desktop.api_client.account import AccountApi
from desktop.api_client.two_factor import TwoFactorApi
from desktop.api_client.two_factor_types import TwoFactorSetup, TwoFactorStatus
from desktop.api_client.types import AccountInfo, Address, Mail, Me, Registration
from desktop.sources.base import Source

__all__ = ["AccountSource", "Address", "Registration", "TwoFactorSetup", "TwoFactorStatus"]


class AccountSource(Source):
    def account(self) -> AccountInfo:
        """The account now (balance, services), as its users may read it."""
        return AccountApi(self.client, self.account_id).account()

    def brand_logo(self) -> bytes | None:
        """The logo a reseller's customer's window shows (white label); None without one."""
        return AccountApi(self.client, self.account_id).brand_logo()

    def register(self, registration: Registration) -> Me:
        """Register and sign in as the new account's owner."""
        return self.client.register(registration)

    def change_password(self, old_password: str, new_password: str) -> None:
        self.client.change_password(old_password, new_password)

    # ----- two-factor sign-in of the signed-in user; the owner's requirement -----

    def two_factor(self) -> TwoFactorStatus:
        return TwoFactorApi(self.client).status()

    def start_two_factor(self) -> TwoFactorSetup:
        return TwoFactorApi(self.client).start()

    def confirm_two_factor(self, code: str) -> list[str]:
        """Turns it on: the recovery codes, to show this once."""
        return TwoFactorApi(self.client).confirm(code)

    def new_recovery_codes(self, code: str) -> list[str]:
        return TwoFactorApi(self.client).new_recovery_codes(code)

    def turn_off_two_factor(self, password: str, code: str) -> None:
        TwoFactorApi(self.client).turn_off(password, code)

    def require_two_factor(self, required: bool) -> bool:
        return TwoFactorApi(self.client, self.account_id).require(required)

    def start_sign_in_setup(self, challenge: str) -> TwoFactorSetup:
        """Setting it up during a sign-in the account's owner requires it for (no session yet)."""
        return TwoFactorApi(self.client).start_sign_in_setup(challenge)

    def request_password_reset(self, identifier: str, email: str) -> str:
        """The provider's answer (the same whether or not the address is known)."""
        return self.client.request_password_reset(identifier, email)

    def reset_password(self, token_or_link: str, new_password: str) -> None:
        self.client.reset_password(token_or_link, new_password)

    def accept_invitation(self, token_or_link: str, name: str, password: str) -> Me:
        return self.client.accept_invitation(token_or_link, name, password)

    def mailbox(self, to: str | None = None) -> list[Mail]:
        """The sandbox's outbox, newest first (sandbox providers only)."""
        return self.client.sandbox_mailbox(to)

    def mail(self, mail_id: int) -> Mail:
        return self.client.sandbox_mail(mail_id)
