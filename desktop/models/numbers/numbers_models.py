"""Numbers, VoIP accounts (with their SIP settings) and porting requests as tables."""

from __future__ import annotations

from typing import Any

from desktop.models.dates import date_text, iso_key
from desktop.models.phone_numbers import grouped
from desktop.models.record_model import Column, RecordModel


class NumbersModel(RecordModel):
    """One row per number, with the SIP user of its VoIP account (joined by the page)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Number"), lambda n: grouped(n.number), lambda n: n.number),
            Column(lambda: self.tr("Status"), self.status_text),
            Column(lambda: self.tr("SIP user"), lambda n: self.sip_users.get(n.id, "–")),
            Column(lambda: self.tr("Since"), lambda n: date_text(n.assigned_at)),
        ], parent)
        self.sip_users: dict[int, str] = {}

    def set_numbers(self, numbers: list[Any], voip: list[Any]) -> None:
        self.sip_users = {v.phone_number_id: v.sip_user for v in voip if v.phone_number_id}
        self.set_records(numbers)

    def status_text(self, row: Any) -> str:
        if row.porting_request_id:
            return self.tr("Ported in")
        return {"active": self.tr("Active"), "free": self.tr("Free")}.get(row.status, row.status)


class VoipModel(RecordModel):
    """Registrar and port are the same for every line: the SIP settings panel shows them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Number or extension"), self.line_text),
            Column(lambda: self.tr("SIP user"), lambda v: v.sip_user),
            Column(lambda: self.tr("Password changed"), lambda v: date_text(v.password_changed_at),
                   lambda v: iso_key(v.password_changed_at)),
        ], parent)
        self.numbers: dict[int, str] = {}

    def set_accounts(self, voip: list[Any], numbers: list[Any]) -> None:
        self.numbers = {n.id: grouped(n.number) for n in numbers}
        self.set_records(voip)

    def line_text(self, row: Any) -> str:
        if row.phone_number_id and row.phone_number_id in self.numbers:
            return self.numbers[row.phone_number_id]
        if row.extension:
            return self.tr("Extension %1").replace("%1", row.extension)
        return "–"


class PortingModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Numbers"), lambda r: ", ".join(grouped(n) for n in r.numbers)),
            Column(lambda: self.tr("Previous provider"), lambda r: r.previous_provider),
            Column(lambda: self.tr("State"), self.state_text, tooltip=self.rejection_text),
            Column(lambda: self.tr("Date"), lambda r: date_text(r.scheduled_for or r.desired_date),
                   tooltip=lambda r: (self.tr("Scheduled for this date") if r.scheduled_for
                                      else self.tr("The date you asked for"))),
            Column(lambda: self.tr("Until then"), self.interim_text),
        ], parent)

    def state_text(self, row: Any) -> str:
        return {"submitted": self.tr("Submitted"), "confirmed": self.tr("Confirmed"),
                "scheduled": self.tr("Scheduled"), "completed": self.tr("Completed"),
                "rejected": self.tr("Rejected")}.get(row.status, row.status)

    def rejection_text(self, row: Any) -> str | None:
        return row.rejection_reason if row.status == "rejected" and row.rejection_reason else None

    def interim_text(self, row: Any) -> str:
        if row.status in ("completed", "rejected"):
            return "–"
        parts = []
        if row.forward_to:
            parts.append(self.tr("forwarded to %1").replace("%1", row.forward_to))
        if row.show_old_caller_id:
            parts.append(self.tr("old number shown on outgoing calls"))
        return "; ".join(parts) or self.tr("no forwarding")

    def display_state(self, row: Any) -> str:
        """The state with its reason or date, for the detail line under the table."""
        text = self.state_text(row)
        if row.status == "rejected" and row.rejection_reason:
            return f"{text}: {row.rejection_reason}"
        if row.status == "scheduled" and row.scheduled_for:
            return f"{text}: {date_text(row.scheduled_for)}"
        return text
