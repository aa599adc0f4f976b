"""The Sandbox panel's source: what the panel can act on (the account's invoices and porting
requests still waiting), and the sandbox's acts (desktop/api_client/sandbox_tools.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.api_client.invoices import InvoicesApi
from desktop.api_client.invoices_types import Invoice
from desktop.api_client.numbers import NumbersApi
from desktop.api_client.numbers_types import PortingRequest
from desktop.api_client.sandbox_tools import ClockMoved, SandboxApi
from desktop.sources.base import AreaApi, Source

WAITING_PORTING = ("submitted", "confirmed", "scheduled")


@dataclass(frozen=True)
class SandboxTargets:
    invoices: tuple[Invoice, ...]  # newest first: credit notes and bank transfers are for these
    porting: tuple[PortingRequest, ...]  # not completed or rejected yet


class SandboxSource(Source):
    api = AreaApi(SandboxApi)

    def targets(self) -> SandboxTargets:
        page = InvoicesApi(self.client, self.account_id).invoice_page(limit=20, kind="invoice")
        porting = NumbersApi(self.client, self.account_id).porting_requests()
        return SandboxTargets(tuple(Invoice.from_json(i) for i in page.items),
                              tuple(p for p in porting if p.status in WAITING_PORTING))

    def move_clock(self, days: int, hours: int) -> ClockMoved:
        return self.api.move_clock(days, hours)

    def generate_calls(self, count: int, days: int) -> int:
        return self.api.generate_calls(count, days)

    def bank_transfer(self, invoice_id: int) -> Invoice:
        return self.api.bank_transfer(invoice_id)

    def credit_note(self, invoice_id: int, amount: Decimal, reason: str) -> Invoice:
        return self.api.credit_note(invoice_id, amount, reason)

    def answer_porting(self, porting_id: int, status: str, scheduled_for: date | None) -> str:
        return self.api.answer_porting(porting_id, status, scheduled_for)
