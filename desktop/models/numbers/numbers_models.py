"""Numbers, VoIP accounts (with their SIP settings) and porting requests as tables."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from desktop.models.dates import date_text
from desktop.models.record_table import RecordTableModel


class NumberColumn(IntEnum):
    NUMBER = 0
    STATUS = 1
    SIP_USER = 2
    SINCE = 3


class NumbersModel(RecordTableModel):
    """One row per number, with the SIP user of its VoIP account (joined by the page)."""

    Column = NumberColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sip_users: dict[int, str] = {}

    def set_numbers(self, numbers: list[Any], voip: list[Any]) -> None:
        self.sip_users = {v.phone_number_id: v.sip_user for v in voip if v.phone_number_id}
        self.set_rows(numbers)

    def headers(self) -> dict[int, str]:
        return {NumberColumn.NUMBER: self.tr("Number"), NumberColumn.STATUS: self.tr("Status"),
                NumberColumn.SIP_USER: self.tr("SIP user"), NumberColumn.SINCE: self.tr("Since")}

    def status_text(self, row: Any) -> str:
        if row.porting_request_id:
            return self.tr("Ported in")
        return {"active": self.tr("Active"), "free": self.tr("Free")}.get(row.status, row.status)

    def display(self, row: Any, column: int) -> str:
        if column == NumberColumn.NUMBER:
            return row.number
        if column == NumberColumn.STATUS:
            return self.status_text(row)
        if column == NumberColumn.SIP_USER:
            return self.sip_users.get(row.id, "–")
        return date_text(row.assigned_at)


class VoipColumn(IntEnum):
    # Registrar and port are the same for every line: the SIP settings panel shows them.
    LINE = 0
    SIP_USER = 1
    CHANGED = 2


class VoipModel(RecordTableModel):
    Column = VoipColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.numbers: dict[int, str] = {}

    def set_accounts(self, voip: list[Any], numbers: list[Any]) -> None:
        self.numbers = {n.id: n.number for n in numbers}
        self.set_rows(voip)

    def headers(self) -> dict[int, str]:
        return {VoipColumn.LINE: self.tr("Number or extension"), VoipColumn.SIP_USER: self.tr("SIP user"),
                VoipColumn.CHANGED: self.tr("Password changed")}

    def line_text(self, row: Any) -> str:
        if row.phone_number_id and row.phone_number_id in self.numbers:
            return self.numbers[row.phone_number_id]
        if row.extension:
            return self.tr("Extension %1").replace("%1", row.extension)
        return "–"

    def display(self, row: Any, column: int) -> str:
        if column == VoipColumn.LINE:
            return self.line_text(row)
        if column == VoipColumn.SIP_USER:
            return row.sip_user
        return date_text(row.password_changed_at)

    def sort_key(self, row: Any, column: int) -> Any:
        if column == VoipColumn.CHANGED:
            return row.password_changed_at.isoformat() if row.password_changed_at else ""
        return super().sort_key(row, column)


class PortingColumn(IntEnum):
    NUMBERS = 0
    PROVIDER = 1
    STATE = 2
    DATE = 3
    INTERIM = 4


class PortingModel(RecordTableModel):
    Column = PortingColumn

    def headers(self) -> dict[int, str]:
        return {PortingColumn.NUMBERS: self.tr("Numbers"),
                PortingColumn.PROVIDER: self.tr("Previous provider"),
                PortingColumn.STATE: self.tr("State"), PortingColumn.DATE: self.tr("Date"),
                PortingColumn.INTERIM: self.tr("Until then")}

    def state_text(self, row: Any) -> str:
        return {"submitted": self.tr("Submitted"), "confirmed": self.tr("Confirmed"),
                "scheduled": self.tr("Scheduled"), "completed": self.tr("Completed"),
                "rejected": self.tr("Rejected")}.get(row.status, row.status)

    def interim_text(self, row: Any) -> str:
        if row.status in ("completed", "rejected"):
            return "–"
        parts = []
        if row.forward_to:
            parts.append(self.tr("forwarded to %1").replace("%1", row.forward_to))
        if row.show_old_caller_id:
            parts.append(self.tr("old number shown on outgoing calls"))
        return "; ".join(parts) or self.tr("no forwarding")

    def display(self, row: Any, column: int) -> str:
        if column == PortingColumn.NUMBERS:
            return ", ".join(row.numbers)
        if column == PortingColumn.PROVIDER:
            return row.previous_provider
        if column == PortingColumn.STATE:
            return self.state_text(row)
        if column == PortingColumn.DATE:
            return date_text(row.scheduled_for or row.desired_date)
        return self.interim_text(row)

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == PortingColumn.STATE and row.status == "rejected" and row.rejection_reason:
            return row.rejection_reason
        if column == PortingColumn.DATE:
            return (self.tr("Scheduled for this date") if row.scheduled_for
                    else self.tr("The date you asked for"))
        return None

    def display_state(self, row: Any) -> str:
        """The state with its reason or date, for the detail line under the table."""
        text = self.state_text(row)
        if row.status == "rejected" and row.rejection_reason:
            return f"{text}: {row.rejection_reason}"
        if row.status == "scheduled" and row.scheduled_for:
            return f"{text}: {date_text(row.scheduled_for)}"
        return text
