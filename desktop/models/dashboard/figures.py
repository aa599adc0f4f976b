"""Pure functions behind the dashboard's charts: no Qt, no HTTP, no disk. Money stays Decimal."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0")
SPEND_KINDS = ("subscription", "numbers", "calls", "one_off")
FORECAST_DAYS = 30  # the "recent rate": average daily debit over this many days before today
# A recurring line for a phone number is described "<product> +<digits>" by the provider.
_NUMBER_LINE = re.compile(r"\+\d{4,}")


@dataclass(frozen=True)
class LedgerEntry:
    at: datetime
    kind: str  # top_up | usage | renewal | refund | reversal
    amount: Decimal  # credit positive, debit negative


@dataclass(frozen=True)
class BalancePoint:
    at: datetime
    balance: Decimal
    top_up: Decimal | None = None  # the top-up booked at this point, for the marker


@dataclass(frozen=True)
class Item:
    kind: str  # recurring | calls | one_off | credit (the provider's invoice line kinds)
    description: str
    amount: Decimal  # net


@dataclass(frozen=True)
class InvoiceSpend:
    period: str  # "2026-03"
    gross: Decimal
    items: tuple[Item, ...]


@dataclass(frozen=True)
class MonthSpend:
    period: str
    by_kind: dict[str, Decimal] = field(default_factory=dict)

    @property
    def total(self) -> Decimal:
        return sum(self.by_kind.values(), ZERO)


@dataclass(frozen=True)
class ZoneUsage:
    zone: str
    calls: int
    minutes: Decimal
    cost: Decimal


@dataclass(frozen=True)
class Forecast:
    daily_debit: Decimal  # average over the window, positive
    run_out_on: date | None  # None: no debits lately, the credit does not run out at this rate


def spend_kind(item: Item) -> str:
    if item.kind == "calls":
        return "calls"
    if item.kind == "recurring":
        return "numbers" if _NUMBER_LINE.search(item.description) else "subscription"
    return "one_off"  # one-off fees and credits


def invoice_spend(inv: InvoiceSpend) -> dict[str, Decimal]:
    """The invoice's gross split by kind: each kind's net plus its share of the VAT, in cents, the
    rounding remainder on the largest kind, so the parts always add up to the invoice's gross."""
    net: dict[str, Decimal] = {}
    for item in inv.items:
        kind = spend_kind(item)
        net[kind] = net.get(kind, ZERO) + item.amount
    total_net = sum(net.values(), ZERO)
    if not net:
        return {"one_off": inv.gross} if inv.gross else {}
    if total_net == 0:
        parts = dict(net)
    else:
        parts = {k: (v * inv.gross / total_net).quantize(CENT, ROUND_HALF_UP) for k, v in net.items()}
    rest = inv.gross - sum(parts.values(), ZERO)
    if rest:
        biggest = max(parts, key=lambda k: abs(parts[k]))
        parts[biggest] += rest
    return parts


def spend_by_month(invoices: Iterable[InvoiceSpend]) -> list[MonthSpend]:
    """Per month (oldest first), the invoices' gross stacked by kind."""
    months: dict[str, dict[str, Decimal]] = {}
    for inv in invoices:
        month = months.setdefault(inv.period, {})
        for kind, amount in invoice_spend(inv).items():
            month[kind] = month.get(kind, ZERO) + amount
    return [MonthSpend(p, {k: months[p][k] for k in SPEND_KINDS if k in months[p]}) for p in sorted(months)]


def balance_series(entries: Sequence[LedgerEntry], opening: Decimal = ZERO) -> list[BalancePoint]:
    """The running balance after each entry (oldest first); top-ups carry their amount."""
    points: list[BalancePoint] = []
    balance = opening
    for e in sorted(entries, key=lambda e: e.at):
        balance += e.amount
        points.append(BalancePoint(e.at, balance, e.amount if e.kind == "top_up" else None))
    return points


def forecast(entries: Sequence[LedgerEntry], balance: Decimal, today: date,
             window: int = FORECAST_DAYS) -> Forecast:
    """The day the credit runs out at the recent rate: the debits (usage, renewals) booked in the
    last `window` days (today and the window - 1 days before it), averaged per day; the balance
    lasts floor(balance / rate) more days. No debits: None; nothing left to spend: today."""
    first = today - timedelta(days=window - 1)
    debits = -sum((e.amount for e in entries if e.amount < 0 and e.kind in ("usage", "renewal")
                   and first <= e.at.date() <= today), ZERO)
    rate = (debits / window).quantize(CENT, ROUND_HALF_UP)
    if rate <= 0:
        return Forecast(ZERO, None)
    if balance <= 0:
        return Forecast(rate, today)
    return Forecast(rate, today + timedelta(days=int(balance / rate)))


def zone_usage(rows: Iterable[tuple[str, int, int, Decimal]]) -> list[ZoneUsage]:
    """(zone, calls, seconds, cost) rows into minutes and cost per zone, most expensive first."""
    out = [ZoneUsage(z, n, (Decimal(s) / 60).quantize(CENT, ROUND_HALF_UP), c) for z, n, s, c in rows]
    return sorted(out, key=lambda u: (-u.cost, u.zone))
