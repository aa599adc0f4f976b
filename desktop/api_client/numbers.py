"""Typed calls for numbers: the account's numbers, the number pool, porting requests with their
interim forwarding, and VoIP accounts with their passwords.

Blocking, like ApiClient: call through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from datetime import date

from desktop.api_client.client import AccountRoutes
from desktop.api_client.numbers_types import AreaCode, PhoneNumber, PortingRequest, VoipAccount, VoipSecret


class NumbersApi(AccountRoutes):
    # ----- numbers -----

    def numbers(self) -> list[PhoneNumber]:
        return [PhoneNumber.from_json(n) for n in self.client.request("GET", f"{self.base}/numbers")]

    def area_codes(self) -> list[AreaCode]:
        return [AreaCode.from_json(a) for a in self.client.request("GET", f"{self.base}/number-pool")]

    def order_number(self, area_code: str) -> PhoneNumber:
        return PhoneNumber.from_json(self.client.request(
            "POST", f"{self.base}/numbers", json={"area_code": area_code.strip()}))

    # ----- porting -----

    def porting_requests(self) -> list[PortingRequest]:
        return [PortingRequest.from_json(r)
                for r in self.client.request("GET", f"{self.base}/porting-requests")]

    def request_porting(self, numbers: list[str], previous_provider: str, contract_end: date,
                        desired_date: date, forward_to: str | None = None,
                        show_old_caller_id: bool = False) -> PortingRequest:
        return PortingRequest.from_json(self.client.request(
            "POST", f"{self.base}/porting-requests",
            json={"numbers": numbers, "previous_provider": previous_provider,
                  "contract_end": contract_end.isoformat(), "desired_date": desired_date.isoformat(),
                  "forward_to": forward_to or None, "show_old_caller_id": show_old_caller_id}))

    def set_interim(self, request_id: int, forward_to: str | None,
                    show_old_caller_id: bool) -> PortingRequest:
        return PortingRequest.from_json(self.client.request(
            "PUT", f"{self.base}/porting-requests/{int(request_id)}/interim",
            json={"forward_to": forward_to or None, "show_old_caller_id": show_old_caller_id}))

    # ----- VoIP -----

    def voip_accounts(self) -> list[VoipAccount]:
        return [VoipAccount.from_json(v) for v in self.client.request("GET", f"{self.base}/voip-accounts")]

    def add_extension(self, extension: str) -> VoipAccount:
        return VoipAccount.from_json(self.client.request(
            "POST", f"{self.base}/voip-accounts", json={"extension": extension.strip()}))

    def voip_password(self, voip_id: int) -> VoipSecret:
        return VoipSecret.from_json(self.client.request(
            "GET", f"{self.base}/voip-accounts/{int(voip_id)}/password"))

    def change_voip_password(self, voip_id: int, password: str) -> VoipSecret:
        return VoipSecret.from_json(self.client.request(
            "PUT", f"{self.base}/voip-accounts/{int(voip_id)}/password", json={"password": password}))

    def regenerate_voip_password(self, voip_id: int) -> VoipSecret:
        return VoipSecret.from_json(self.client.request(
            "POST", f"{self.base}/voip-accounts/{int(voip_id)}/password/regenerate"))
