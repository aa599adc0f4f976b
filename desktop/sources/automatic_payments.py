"""Automatic payments: the saved cards they charge, the automatic top-up, the automatic
prolongation of prepaid packages, the monthly invoice charged to the card and the SEPA mandate
(business accounts), and the balance watch the header shows (below the top-up threshold, a top-up
or a prolongation that failed)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from desktop.api_client.automatic_payments import AutomaticPaymentsApi
from desktop.api_client.automatic_payments_types import AutoTopUp, Mandate, PrepaidSubscription
from desktop.api_client.payments_types import SavedCard
from desktop.sources.base import AreaApi, Source
from desktop.sources.payments import PaymentsSource


@dataclass(frozen=True)
class AutomaticPayments:
    cards: tuple[SavedCard, ...]
    top_up: AutoTopUp
    renewals: tuple[PrepaidSubscription, ...]
    invoice_card: bool  # the monthly invoice is charged to the default card (business)
    mandate: Mandate | None  # business
    balance: Decimal = Decimal("0")  # the prepaid balance now: a top-up switched on below it charges at once


@dataclass(frozen=True)
class BalanceWatch:
    balance: Decimal
    top_up: AutoTopUp
    renewals: tuple[PrepaidSubscription, ...]


class AutomaticPaymentsSource(Source):
    api = AreaApi(AutomaticPaymentsApi)

    @cached_property
    def payments(self) -> PaymentsSource:
        return PaymentsSource(self.backends)

    def overview(self, business: bool) -> AutomaticPayments:
        """Everything the page shows; the invoice card option and the mandate for business only."""
        return AutomaticPayments(tuple(self.payments.api.cards()), self.api.auto_top_up(),
                                 tuple(self.api.prepaid_subscriptions()),
                                 self.api.invoice_autopay() if business else False,
                                 self.api.mandate() if business else None, self.payments.balance())

    def balance_watch(self) -> BalanceWatch:
        return BalanceWatch(self.payments.balance(), self.api.auto_top_up(),
                            tuple(self.api.prepaid_subscriptions()))

    def top_up(self) -> AutoTopUp:
        return self.api.auto_top_up()

    def set_top_up(self, enabled: bool, threshold: Decimal, amount: Decimal,
                   card_id: int | None) -> AutoTopUp:
        return self.api.set_auto_top_up(enabled, threshold, amount, card_id)

    def set_auto_renew(self, subscription_id: int, auto_renew: bool) -> PrepaidSubscription:
        return self.api.set_auto_renew(subscription_id, auto_renew)

    def set_invoice_card(self, charge_card: bool) -> bool:
        return self.api.set_invoice_autopay(charge_card)

    def sign_mandate(self, iban: str, holder: str) -> Mandate:
        return self.api.sign_mandate(iban, holder)

    def revoke_mandate(self) -> None:
        self.api.revoke_mandate()
