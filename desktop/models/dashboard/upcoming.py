"""What comes next and how it will be paid: the automatic top-up (when the balance will reach its
threshold at the recent rate), prepaid renewals, and the next monthly invoice. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from desktop.models.dashboard.figures import Forecast


@dataclass(frozen=True)
class TopUpPlan:
    enabled: bool
    threshold: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Renewal:
    name: str
    on: date
    price: Decimal
    auto_renew: bool


@dataclass(frozen=True)
class Upcoming:
    kind: str  # top_up | renewal | invoice
    on: date | None  # None: not at the recent rate
    amount: Decimal | None
    paid_by: str  # card | balance | uncovered | manual | the invoices' method: card, sepa, bank_transfer
    name: str = ""


def next_invoice_day(last_period: str | None, today: date) -> date:
    """Monthly invoices are issued on the 1st for the month before: the next 1st after today
    (and never before the month after the last invoiced one)."""
    nxt = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    if last_period:
        y, m = int(last_period[:4]), int(last_period[5:7])
        after_last = date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1)
        nxt = max(nxt, after_last)
    return nxt


def renewal_payer(balance: Decimal, price: Decimal, card_saved: bool, auto_renew: bool) -> str:
    """How a prepaid renewal will be paid, by the provider's rule: from the balance when it covers
    the whole price, else charged to the saved card, else not at all (the subscription goes into
    grace). Read from the same balance the page shows, so the two never contradict each other."""
    if not auto_renew:
        return "manual"
    if balance >= price:
        return "balance"
    return "card" if card_saved else "uncovered"


def invoice_payer(charge_card: bool, card_saved: bool, mandate: bool) -> str:
    """How the next monthly invoice will be collected, by the invoice run's rule: the default
    card when the business option is on and a card is saved, else SEPA direct debit under an
    active mandate, else bank transfer. The settings now, not how the last invoice was paid."""
    if charge_card and card_saved:
        return "card"
    return "sepa" if mandate else "bank_transfer"


def upcoming(today: date, balance: Decimal, fc: Forecast, top_up: TopUpPlan | None,
             renewals: Sequence[Renewal], last_period: str | None, invoice_method: str | None,
             card_saved: bool = False) -> list[Upcoming]:
    """Soonest first; events without a date (no recent debits) last."""
    out: list[Upcoming] = []
    if top_up is not None and top_up.enabled:
        if balance < top_up.threshold:
            on: date | None = today
        elif fc.daily_debit > 0:
            on = today + timedelta(days=int((balance - top_up.threshold) / fc.daily_debit))
        else:
            on = None
        out.append(Upcoming("top_up", on, top_up.amount, "card"))
    for r in renewals:
        if r.on >= today:
            out.append(Upcoming("renewal", r.on, r.price,
                                renewal_payer(balance, r.price, card_saved, r.auto_renew), r.name))
    if invoice_method is not None:
        out.append(Upcoming("invoice", next_invoice_day(last_period, today), None, invoice_method))
    return sorted(out, key=lambda u: (u.on is None, u.on or today))
