"""Resellers (portal rules, 8): customer accounts under a reseller, search with keyset pages,
and consolidated balances, revenue and open invoices. Acting for a customer is the ordinary
/accounts/{customer_id}/... routes: account_scope lets a reseller's staff in, never another's."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import Select, String, exists, func, or_, select
from sqlalchemy.orm import Session

from provider.db.models import Account, Invoice, LedgerEntry, User
from provider.domain.errors import RuleViolation
from provider.domain.money import ZERO, to_money
from provider.runtime import Runtime
from provider.services import accounts


def require_reseller(account: Account) -> None:
    if not account.is_reseller:
        raise RuleViolation("not-reseller", "This account is not a reseller account.", 409)


def create_customer(db: Session, rt: Runtime, reseller: Account, reg: accounts.Registration) -> Account:
    require_reseller(reseller)
    account, _owner = accounts.register(db, rt, reg)
    account = db.get(Account, account.id, populate_existing=True)
    assert account is not None
    account.reseller_id = reseller.id
    db.commit()
    return account


@dataclass(frozen=True)
class CustomerFilter:
    """Narrowing of the customer list, done in the database so paging stays keyset."""

    status: str | None = None
    balance_below: Decimal | None = None
    balance_at_least: Decimal | None = None
    open_invoices: bool | None = None


def _filtered(query: Select[tuple[Account]], f: CustomerFilter) -> Select[tuple[Account]]:
    if f.status:
        query = query.where(Account.status == f.status)
    if f.balance_below is not None or f.balance_at_least is not None:
        balance = (select(func.coalesce(func.sum(LedgerEntry.amount), 0))
                   .where(LedgerEntry.account_id == Account.id).correlate(Account).scalar_subquery())
        if f.balance_below is not None:
            query = query.where(balance < f.balance_below)
        if f.balance_at_least is not None:
            query = query.where(balance >= f.balance_at_least)
    if f.open_invoices is not None:
        has_open = exists().where(Invoice.account_id == Account.id, Invoice.status == "open")
        query = query.where(has_open if f.open_invoices else ~has_open)
    return query


def search(db: Session, reseller: Account, q: str | None, after_id: int | None,
           limit: int, narrow: CustomerFilter | None = None) -> list[Account]:
    require_reseller(reseller)
    query = _filtered(select(Account).where(Account.reseller_id == reseller.id), narrow or CustomerFilter())
    if q and q.strip():
        like = f"%{q.strip().casefold()}%"
        owner_emails = select(User.account_id).where(User.email.like(like), User.role == "owner")
        query = query.where(or_(func.lower(Account.name).like(like),
                                func.lower(func.coalesce(Account.company_name, "")).like(like),
                                Account.user_id.like(like), Account.id.in_(owner_emails)))
    if after_id is not None:
        query = query.where(Account.id > after_id)
    return list(db.scalars(query.order_by(Account.id).limit(limit)))


def _money(db: Session, value: object) -> Decimal:
    return to_money(Decimal(str(value))) if value is not None else ZERO


def balances(db: Session, ids: list[int]) -> dict[int, Decimal]:
    if not ids:
        return {}
    rows = db.execute(select(LedgerEntry.account_id, func.sum(LedgerEntry.amount))
                      .where(LedgerEntry.account_id.in_(ids)).group_by(LedgerEntry.account_id))
    return {aid: _money(db, total) for aid, total in rows}


def open_invoices(db: Session, ids: list[int]) -> dict[int, tuple[int, Decimal]]:
    if not ids:
        return {}
    rows = db.execute(select(Invoice.account_id, func.count(), func.sum(Invoice.gross))
                      .where(Invoice.account_id.in_(ids), Invoice.status == "open")
                      .group_by(Invoice.account_id))
    return {aid: (n, _money(db, total)) for aid, n, total in rows}


def overview(db: Session, reseller: Account, now: datetime) -> dict[str, object]:
    """Totals per currency across the reseller's customers: prepaid balances, revenue invoiced
    in the last 12 months (net), and open invoices."""
    require_reseller(reseller)
    customers = list(db.execute(select(Account.id, Account.currency)
                                .where(Account.reseller_id == reseller.id)))
    ids = [aid for aid, _ in customers]
    currency = dict(customers)
    bal: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for aid, amount in balances(db, ids).items():
        bal[currency[aid]] += amount
    revenue: dict[str, Decimal] = defaultdict(lambda: ZERO)
    opened: dict[str, Decimal] = defaultdict(lambda: ZERO)
    count = 0
    if ids:
        since = now - timedelta(days=365)
        for cur, total in db.execute(select(Invoice.currency, func.sum(Invoice.net)).where(
                Invoice.account_id.in_(ids), Invoice.issued_at >= since).group_by(Invoice.currency)):
            revenue[cur] = _money(db, total)
        for aid, (n, total) in open_invoices(db, ids).items():
            opened[currency[aid]] += total
            count += n
    by_month, top, overdue = _revenue_by_month(db, reseller, now), _top_customers(db, reseller, now), 0
    if ids:
        overdue = db.scalar(select(func.count()).select_from(Invoice).join(
            Account, Account.id == Invoice.account_id).where(
            Account.reseller_id == reseller.id, Invoice.status == "open", Invoice.due_on < now.date())) or 0
    return {"customers": len(ids), "balances": dict(bal), "revenue_12_months": dict(revenue),
            "open_invoices": {"count": count, "totals": dict(opened), "overdue": overdue},
            "revenue_by_month": by_month, "top_customers": top}


def _revenue_by_month(db: Session, reseller: Account, now: datetime) -> list[dict[str, object]]:
    """Net invoiced per calendar month of issue and currency over the last 12 months, oldest first."""
    since = now - timedelta(days=365)
    month = func.substr(func.cast(Invoice.issued_at, String), 1, 7)
    rows = db.execute(select(month, Invoice.currency, func.sum(Invoice.net))
                      .join(Account, Account.id == Invoice.account_id)
                      .where(Account.reseller_id == reseller.id, Invoice.issued_at >= since)
                      .group_by(month, Invoice.currency).order_by(month, Invoice.currency))
    return [{"month": m, "currency": cur, "net": _money(db, total)} for m, cur, total in rows]


def _top_customers(db: Session, reseller: Account, now: datetime, limit: int = 10) -> list[dict[str, object]]:
    """The customers with the most net invoiced in the last 12 months (per their own currency)."""
    since = now - timedelta(days=365)
    total = func.sum(Invoice.net)
    rows = db.execute(select(Account.id, Account.user_id, Account.name, Account.company_name,
                             Account.currency, total).join(Invoice, Invoice.account_id == Account.id)
                      .where(Account.reseller_id == reseller.id, Invoice.issued_at >= since)
                      .group_by(Account.id, Account.user_id, Account.name, Account.company_name,
                                Account.currency)
                      .order_by(total.desc(), Account.id).limit(limit))
    return [{"id": aid, "user_id": uid, "name": company or name, "currency": cur, "net": _money(db, t)}
            for aid, uid, name, company, cur, t in rows]


def open_invoice_list(db: Session, reseller: Account, limit: int) -> list[Invoice]:
    require_reseller(reseller)
    return list(db.scalars(select(Invoice).join(Account, Account.id == Invoice.account_id).where(
        Account.reseller_id == reseller.id, Invoice.status == "open")
        .order_by(Invoice.due_on, Invoice.id).limit(limit)))
