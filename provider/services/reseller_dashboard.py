"""What a reseller's dashboard shows (docs/resellers.md#dashboard), in one read the client keeps in
its local store: per month of the last twelve its margin per currency (its customers' invoices'
net less what the provider's wholesale invoices charged for them), the customers it won and lost,
its top customers by margin over those months, and the customers whose payments fail now.

The margin comes from issued invoices only (the customers' and the provider's wholesale ones),
never worked out again line by line: it is what was billed and what is owed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from provider.db.models import Account, AutoTopUp, Invoice, InvoiceItem, Payment
from provider.domain.money import ZERO
from provider.services import wholesale_invoicing
from provider.services.resellers import require_reseller

MONTHS = 12
TOP = 10
FAILED_DAYS = 30  # a card payment that failed this recently counts as failing


def months_back(today: date, count: int = MONTHS) -> list[str]:
    """The last `count` finished months, oldest first (YYYY-MM)."""
    y, m, out = today.year, today.month, []
    for _ in range(count):
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        out.append(f"{y:04d}-{m:02d}")
    return out[::-1]


@dataclass(frozen=True)
class Failing:
    account_id: int
    user_id: str
    name: str
    reason: str  # overdue_invoice | card_failed | top_up_failed
    since: datetime | date
    currency: str
    amount: Decimal


def dashboard(db: Session, reseller: Account, now: datetime) -> dict[str, object]:
    require_reseller(reseller)
    periods = months_back(now.date())
    customers = {a.id: a for a in db.scalars(select(Account).where(Account.reseller_id == reseller.id))}
    billed: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO)
    currency_of: dict[int, str] = {}
    if customers:
        for aid, period, currency, net in db.execute(select(
                Invoice.account_id, Invoice.period, Invoice.currency, Invoice.net).join(
                Account, Account.id == Invoice.account_id).where(
                Account.reseller_id == reseller.id, Invoice.kind == "invoice", Invoice.period.in_(periods))):
            billed[(aid, period)] += net
            currency_of[aid] = currency
    owed: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO)
    by_user = {a.user_id: a.id for a in customers.values()}
    for item in db.scalars(select(InvoiceItem).join(Invoice, Invoice.id == InvoiceItem.invoice_id).where(
            Invoice.account_id == reseller.id, InvoiceItem.code == wholesale_invoicing.CODE)):
        p = item.params or {}
        aid, period = by_user.get(str(p.get("customer"))), str(p.get("period"))
        if aid is not None and period in periods:
            owed[(aid, period)] += item.amount
    # Only months the provider has invoiced count: a month's margin needs both sides.
    invoiced = {period for _, period in owed}
    margin: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    per_customer: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for (aid, period), retail in billed.items():
        if period not in invoiced:
            continue
        cost = owed.get((aid, period), ZERO)
        cell = margin[(period, currency_of[aid])]
        cell[0] += retail
        cell[1] += cost
        per_customer[aid] += retail - cost
    won, lost = defaultdict(int), defaultdict(int)
    for a in customers.values():
        won[f"{a.created_at:%Y-%m}"] += 1
        if a.closed_at is not None:
            lost[f"{a.closed_at:%Y-%m}"] += 1
    top = sorted(per_customer.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    return {
        "periods": periods,
        "margin": [{"period": p, "currency": c, "retail": str(v[0]), "wholesale": str(v[1]),
                    "margin": str(v[0] - v[1])} for (p, c), v in sorted(margin.items())],
        # Customers won and lost: this month so far too (a customer made today shows today).
        "customers": [{"period": p, "won": won.get(p, 0), "lost": lost.get(p, 0)}
                      for p in [*periods, f"{now:%Y-%m}"]],
        "active_customers": sum(1 for a in customers.values() if a.status == "active"),
        "top_customers": [_who(customers[aid]) | {"currency": currency_of[aid], "margin": str(m)}
                          for aid, m in top],
        "failing_payments": [_who(customers[f.account_id]) | {
            "reason": f.reason, "since": f.since.isoformat(), "currency": f.currency, "amount": str(f.amount)}
            for f in failing(db, reseller, now)],
    }


def _who(a: Account) -> dict[str, object]:
    return {"account_id": a.id, "user_id": a.user_id, "name": a.company_name or a.name}


def failing(db: Session, reseller: Account, now: datetime) -> list[Failing]:
    """Customers whose money does not come in, worst first per customer (one row each): an
    invoice past due and reminded, a card payment failed in the last 30 days, an automatic top-up
    that keeps failing."""
    mine = Account.reseller_id == reseller.id
    found: dict[int, Failing] = {}
    for inv, a in db.execute(select(Invoice, Account).join(Account, Account.id == Invoice.account_id).where(
            mine, Invoice.kind == "invoice", Invoice.status == "open", Invoice.due_on < now.date())
            .order_by(Invoice.due_on, Invoice.id)):
        if a.id not in found:
            found[a.id] = Failing(a.id, a.user_id, a.company_name or a.name, "overdue_invoice", inv.due_on,
                                  inv.currency, inv.open_amount)
    since = now - timedelta(days=FAILED_DAYS)
    newest = select(Payment.account_id, func.max(Payment.id).label("pid")).join(
        Account, Account.id == Payment.account_id).where(mine, Payment.method == "card",
                                                          Payment.created_at >= since).group_by(
        Payment.account_id).subquery()
    for pay, a in db.execute(select(Payment, Account).join(newest, newest.c.pid == Payment.id).join(
            Account, Account.id == Payment.account_id).where(Payment.status == "failed")):
        if a.id not in found:
            found[a.id] = Failing(a.id, a.user_id, a.company_name or a.name, "card_failed", pay.created_at,
                                  pay.currency, pay.amount)
    for top, a in db.execute(select(AutoTopUp, Account).join(Account, and_(
            Account.id == AutoTopUp.account_id, mine)).where(AutoTopUp.failures > 0)):
        if a.id not in found:
            found[a.id] = Failing(a.id, a.user_id, a.company_name or a.name, "top_up_failed", top.updated_at,
                                  a.currency, top.amount)
    return sorted(found.values(), key=lambda f: (f.reason != "overdue_invoice", str(f.since), f.account_id))
