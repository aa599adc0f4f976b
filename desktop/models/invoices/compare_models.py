"""Table models of Compare months: one month's calls (with their dispute state) and the
zone-by-zone comparison of two months. No I/O: the dialog loads them through the invoices source."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.dates import iso_key
from desktop.models.record_model import Column, RecordModel

# Named `translate` so that lupdate finds the strings (it does not follow other aliases).
translate = QCoreApplication.translate


class CallsModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: translate("ReviewModels", "Start (UTC)"),
                   lambda c: f"{c.started_at:%Y-%m-%d %H:%M:%S}", lambda c: iso_key(c.started_at),
                   tooltip=self.note),
            Column(lambda: translate("ReviewModels", "To"), lambda c: "+" + c.to_number, tooltip=self.note),
            Column(lambda: translate("ReviewModels", "Zone"), lambda c: self.zone_label(c.zone),
                   tooltip=self.note),
            Column(lambda: translate("ReviewModels", "Duration"),
                   lambda c: f"{c.duration_s // 60}:{c.duration_s % 60:02d}", lambda c: c.duration_s, True,
                   tooltip=self.note),
            Column(lambda: translate("ReviewModels", "Price"), lambda c: f"{c.price:.2f}", lambda c: c.price,
                   True, tooltip=self.note),
            Column(lambda: translate("ReviewModels", "Dispute"), self.dispute_text, tooltip=self.note),
        ], parent)
        self.disputes: dict[int, Any] = {}  # call id -> its kept dispute (note, sent_at)
        self.zone_label: Callable[[str], str] = lambda zone: zone  # set by the view: the UI language's

    def set_calls(self, calls: Sequence[Any], disputes: Sequence[Any]) -> None:
        self.disputes = {d.call_id: d for d in disputes}
        self.set_records(calls)

    def note(self, call: Any) -> str | None:
        dispute = self.disputes.get(call.id)
        return dispute.note if dispute else None

    def dispute_text(self, call: Any) -> str:
        dispute = self.disputes.get(call.id)
        if dispute is None:
            return ""
        if dispute.sent_at:
            return translate("ReviewModels", "sent")
        return translate("ReviewModels", "kept, not sent yet")


class CompareModel(RecordModel):
    """Rows: each zone, then the invoice totals; columns: month A, month B, difference."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: translate("ReviewModels", "What"), lambda r: r[0]),
            Column(lambda: self.titles[0], lambda r: r[1], align_right=True),
            Column(lambda: self.titles[1], lambda r: r[2], align_right=True),
            Column(lambda: translate("ReviewModels", "Difference"), lambda r: r[3], align_right=True),
        ], parent)
        self.titles = ("", "")
        self.zone_label: Callable[[str], str] = lambda zone: zone

    def set_months(self, a: Any, b: Any, money: Callable[[Decimal], str]) -> None:
        """`a`, `b`: the two months' summaries (zones and invoice); `money` formats an amount."""
        self.titles = (a.period, b.period)
        rows = []
        for zone in sorted(set(a.zones) | set(b.zones)):
            ca, _sa, ma = a.zones.get(zone, (0, 0, Decimal("0")))
            cb, _sb, mb = b.zones.get(zone, (0, 0, Decimal("0")))
            label = self.zone_label(zone)
            calls = translate("ReviewModels", "%1: calls").replace("%1", label)
            amount = translate("ReviewModels", "%1: amount").replace("%1", label)
            rows.append((calls, str(ca), str(cb), f"{cb - ca:+d}"))
            rows.append((amount, money(ma), money(mb), money(mb - ma)))
        for label, attr in ((translate("ReviewModels", "Net"), "net"),
                            (translate("ReviewModels", "VAT"), "vat"),
                            (translate("ReviewModels", "Total"), "gross")):
            va = getattr(a.invoice, attr) if a.invoice else Decimal("0")
            vb = getattr(b.invoice, attr) if b.invoice else Decimal("0")
            rows.append((label, money(va), money(vb), money(vb - va)))
        self.set_records(rows)
