"""Numbers & VoIP: the account's numbers, VoIP accounts and porting requests; ordering a number
from the pool (with its price from the catalog), porting numbers in with the forwarding until
then, extensions, and the VoIP passwords."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.api_client.numbers import NumbersApi
from desktop.api_client.numbers_types import AreaCode, PhoneNumber, PortingRequest, VoipAccount, VoipSecret
from desktop.api_client.shop import ShopApi
from desktop.sources.base import AreaApi, Source

LOCAL_NUMBER = "number_local"  # the catalog's product for a number from the pool


@dataclass(frozen=True)
class NumbersOverview:
    numbers: tuple[PhoneNumber, ...]
    voip: tuple[VoipAccount, ...]
    porting: tuple[PortingRequest, ...]


@dataclass(frozen=True)
class NumberOffer:
    """The pool's area codes, and what a number costs once and a month (net, in `currency`)."""

    area_codes: tuple[AreaCode, ...]
    one_off: Decimal
    monthly: Decimal


class NumbersSource(Source):
    api = AreaApi(NumbersApi)

    def overview(self) -> NumbersOverview:
        return NumbersOverview(tuple(self.api.numbers()), tuple(self.api.voip_accounts()),
                               tuple(self.api.porting_requests()))

    def number_offer(self, currency: str) -> NumberOffer:
        product = next((p for p in ShopApi(self.client, self.account_id).catalog(currency)
                        if p.code == LOCAL_NUMBER), None)
        zero = Decimal("0")
        return NumberOffer(tuple(self.api.area_codes()), product.one_off if product else zero,
                           product.monthly if product else zero)

    def order_number(self, area_code: str) -> PhoneNumber:
        return self.api.order_number(area_code)

    def porting_requests(self) -> list[PortingRequest]:
        return self.api.porting_requests()

    def request_porting(self, numbers: list[str], previous_provider: str, contract_end: date,
                        desired_date: date, forward_to: str | None = None,
                        show_old_caller_id: bool = False) -> PortingRequest:
        return self.api.request_porting(numbers, previous_provider, contract_end, desired_date, forward_to,
                                        show_old_caller_id)

    def set_interim(self, request_id: int, forward_to: str | None,
                    show_old_caller_id: bool) -> PortingRequest:
        return self.api.set_interim(request_id, forward_to, show_old_caller_id)

    def add_extension(self, extension: str) -> VoipAccount:
        return self.api.add_extension(extension)

    def voip_password(self, voip_id: int) -> VoipSecret:
        return self.api.voip_password(voip_id)

    def change_voip_password(self, voip_id: int, password: str) -> VoipSecret:
        return self.api.change_voip_password(voip_id, password)

    def regenerate_voip_password(self, voip_id: int) -> VoipSecret:
        return self.api.regenerate_voip_password(voip_id)
