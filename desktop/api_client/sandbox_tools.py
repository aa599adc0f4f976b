"""The sandbox's own acts on one account (sandbox mode only): move the clock and see which jobs
ran, generate calls, and the back office's or a carrier's answers (a bank transfer arriving, a
credit note, a porting request confirmed or scheduled). Their results reach the app through
the event stream like real ones.

Blocking, like ApiClient: call through desktop.tasks.Op (pages ask desktop.sources)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.api_client.client import AccountRoutes
from desktop.api_client.invoices_types import Invoice


@dataclass(frozen=True)
class ClockMoved:
    now: datetime
    jobs: dict[str, int]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ClockMoved:
        return cls(now=datetime.fromisoformat(str(data["now"]).replace("Z", "+00:00")),
                   jobs={str(k): int(v) for k, v in (data.get("jobs") or {}).items()})


class SandboxApi(AccountRoutes):
    def move_clock(self, days: int, hours: int) -> ClockMoved:
        return ClockMoved.from_json(self.client.request(
            "POST", "/sandbox/clock/advance", json={"days": days, "hours": hours}, auth=False))

    def generate_calls(self, count: int, days: int) -> int:
        data = self.client.request("POST", "/sandbox/calls", auth=False,
                                   json={"account_id": int(self.base.rsplit("/", 1)[1]), "count": count,
                                         "days": days})
        return int(data["count"])

    def bank_transfer(self, invoice_id: int) -> Invoice:
        return Invoice.from_json(self.client.request(
            "POST", f"/sandbox/invoices/{int(invoice_id)}/bank-transfer", auth=False))

    def credit_note(self, invoice_id: int, amount: Decimal, reason: str) -> Invoice:
        return Invoice.from_json(self.client.request(
            "POST", f"/sandbox/invoices/{int(invoice_id)}/credit-notes", auth=False,
            json={"amount": str(amount), "reason": reason}))

    def answer_porting(self, porting_id: int, status: str, scheduled_for: date | None) -> str:
        body: dict[str, Any] = {"status": status}
        if scheduled_for is not None:
            body["scheduled_for"] = scheduled_for.isoformat()
        data = self.client.request("POST", f"/sandbox/porting-requests/{int(porting_id)}/advance",
                                   json=body, auth=False)
        return str(data["status"])
