"""Notifications derived from what each sync brings: the facts before and after are compared, and
each event is announced once (low balance, failed automatic payment, invoice or credit note
issued, porting date set). `events()` is pure; Notifier gathers the facts in an Op after every
store sync and emits `notified` for events not seen before. The first facts of a session are the
baseline: events already true then are not news. The invoices are known only once the store has
synced at least once: before that an empty store would make the first sync announce every
invoice ever issued."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.sync_listener import SyncListener
from desktop.tasks import Op

if TYPE_CHECKING:
    from desktop.sources import Sources

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Facts:
    balance: Decimal | None = None
    threshold: Decimal | None = None  # the automatic top-up's, when it is on
    top_up_failures: int = 0
    invoices: frozenset[tuple[int, str, str]] | None = None  # (id, number, kind); None: not known yet
    porting: dict[int, date | None] = field(default_factory=dict)  # request id -> scheduled_for


@dataclass(frozen=True)
class Event:
    key: str  # the same event always has the same key: it is announced once
    kind: str  # low_balance | top_up_failed | invoice_issued | credit_note_issued | porting_date_set
    detail: str = ""  # an invoice number, or a porting date (ISO)
    amount: Decimal | None = None


@dataclass(frozen=True)
class Notice:
    """One shown notification, as the in-app list keeps it: when it arrived (local time), its
    kind, the text it was shown with, and the event, so the text can be said again in another
    language."""

    at: datetime
    kind: str
    text: str
    event: Event


def _low(f: Facts) -> bool:
    return f.balance is not None and f.threshold is not None and f.balance < f.threshold


def events(before: Facts | None, after: Facts) -> list[Event]:
    if before is None:
        return []
    out: list[Event] = []
    if _low(after) and not _low(before):
        out.append(Event(f"low:{after.balance}", "low_balance", amount=after.balance))
    if after.top_up_failures > before.top_up_failures:
        out.append(Event(f"top-up-failed:{after.top_up_failures}", "top_up_failed"))
    if before.invoices is not None and after.invoices is not None:
        for inv_id, number, kind in sorted(after.invoices - before.invoices):
            # The store's invoice rows say which: a correction is announced as a credit note.
            issued = "credit_note_issued" if kind == "credit_note" else "invoice_issued"
            out.append(Event(f"invoice:{inv_id}", issued, number))
    for pid, day in sorted(after.porting.items()):
        if day is not None and before.porting.get(pid) != day:
            out.append(Event(f"porting:{pid}:{day.isoformat()}", "porting_date_set", day.isoformat()))
    return out


def gather(sources: Sources, can_payments: bool, can_technical: bool) -> Facts:
    """Blocking (network, disk): the Op's body. Parts the role cannot read stay empty."""
    balance = sources.payments.balance()
    threshold, failures = None, 0
    if can_payments:
        top_up = sources.automatic_payments.top_up()
        threshold = top_up.threshold if top_up.enabled else None
        failures = top_up.failures
    porting = {r.id: r.scheduled_for for r in sources.numbers.porting_requests()} if can_technical else {}
    return Facts(balance, threshold, failures, sources.invoices.issued(), porting)


class Notifier(QObject):
    notified = Signal(object)  # Event

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.facts: Facts | None = None
        self.seen: set[str] = set()
        self.syncs = SyncListener(self.check)

    def set_context(self, ctx: Any) -> None:
        same_account = (ctx is not None and ctx.me is not None and self.ctx is not None
                        and self.ctx.me is not None and ctx.me.account.id == self.ctx.me.account.id)
        if not same_account:
            self.facts = None  # another account (or none): a new baseline
        self.ctx = ctx
        self.syncs.follow(ctx)
        self.check()

    def check(self, _result: Any = None) -> None:
        ctx = self.ctx
        if ctx is None or ctx.me is None or ctx.offline or not ctx.can("billing.read"):
            return
        Op(gather, ctx.sources, ctx.can("billing.payments"), ctx.can("technical.read")).success(
            self.update).failure(lambda err: log.info("notification check failed: %s", type(err).__name__)
                                 ).key(f"notifier-{id(self)}").run()

    def update(self, facts: Facts) -> list[Event]:
        if not shiboken6.isValid(self):
            return []
        fresh = [e for e in events(self.facts, facts) if e.key not in self.seen]
        if facts.invoices is None and self.facts is not None:
            facts = replace(facts, invoices=self.facts.invoices)  # a check without the store keeps them
        self.facts = facts
        for event in fresh:
            self.seen.add(event.key)
            self.notified.emit(event)
        return fresh
