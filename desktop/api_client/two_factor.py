"""Two-factor sign-in: the signed-in user's own (/me/two-factor), the sign-in's second step, and
the owner's requirement for the account.

Blocking, like ApiClient: call through desktop.tasks.Op (views ask desktop.sources.account)."""

from __future__ import annotations

from desktop.api_client.client import ApiClient
from desktop.api_client.two_factor_types import TwoFactorSetup, TwoFactorStatus, recovery_codes
from desktop.api_client.types import Me


class TwoFactorApi:
    def __init__(self, client: ApiClient, account_id: int | None = None) -> None:
        self.client = client
        self.account_id = account_id

    # ----- the signed-in user's own -----

    def status(self) -> TwoFactorStatus:
        return TwoFactorStatus.from_json(self.client.request("GET", "/me/two-factor"))

    def start(self) -> TwoFactorSetup:
        """A new secret to scan; the one in use (if any) stays until a code confirms this one."""
        return TwoFactorSetup.from_json(self.client.request("POST", "/me/two-factor/setup"))

    def confirm(self, code: str) -> list[str]:
        """Turns it on; the recovery codes, shown this once."""
        return recovery_codes(self.client.request("POST", "/me/two-factor/confirm",
                                                  json={"code": code.strip()}))

    def new_recovery_codes(self, code: str) -> list[str]:
        return recovery_codes(self.client.request("POST", "/me/two-factor/recovery-codes",
                                                  json={"code": code.strip()}))

    def turn_off(self, password: str, code: str) -> None:
        self.client.request("POST", "/me/two-factor/turn-off",
                            json={"password": password, "code": code.strip()})

    def require(self, required: bool) -> bool:
        """The owner requires it of every user of the account (or no longer does)."""
        data = self.client.request("PUT", f"/accounts/{int(self.account_id or 0)}/two-factor-requirement",
                                   json={"required": required})
        return bool(data["required"])

    # ----- the sign-in's second step (no session yet) -----

    def sign_in_with_code(self, challenge: str, code: str) -> Me:
        data = self.client.request("POST", "/auth/sign-in/code",
                                   json={"challenge": challenge, "code": code.strip()}, auth=False)
        return self.client.adopt_tokens(data)

    def start_sign_in_setup(self, challenge: str) -> TwoFactorSetup:
        return TwoFactorSetup.from_json(self.client.request(
            "POST", "/auth/sign-in/two-factor-setup", json={"challenge": challenge}, auth=False))

    def confirm_sign_in_setup(self, challenge: str, code: str) -> tuple[Me, list[str]]:
        """Turns it on and signs in: who is signed in, and the recovery codes shown this once."""
        data = self.client.request("POST", "/auth/sign-in/two-factor-setup/confirm",
                                   json={"challenge": challenge, "code": code.strip()}, auth=False)
        return self.client.adopt_tokens(data), recovery_codes(data)
