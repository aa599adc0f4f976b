"""Sandbox demo data (a seed hook): number pools, postpaid subscriptions for the
demo accounts, a year of calls and invoices, and a reseller with 55 customers.

Registered by `serve --sandbox` and `seed-demo` (provider/cli.py), not by every seed_demo()
call, so that tests which only need the demo sign-ins stay fast. Idempotent: it does nothing
once the demo reseller exists. Calls go in with bulk inserts and one argon2 hash serves every
customer owner, so a first sandbox start stays within a few seconds.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider import demo_telephony
from provider.db.models import (
    Account,
    AccountService,
    BillingAddress,
    Invoice,
    LedgerEntry,
    RecurringCharge,
    Subscription,
    User,
)
from provider.domain import catalog, seller
from provider.domain.tax import currency_for
from provider.runtime import Runtime
from provider.seed import DEMO_PASSWORD, DemoLogin

RESELLER_EMAIL = "owner@helvetia-reseller.example"
RESELLER_USER_ID = "64000"
CUSTOMERS = 55
POOLS = (("CH", "4144"), ("CH", "4131"), ("CH", "4161"), ("DE", "4930"), ("DE", "4940"))
CITIES = ("Zürich", "Bern", "Basel", "Luzern", "St. Gallen", "Winterthur", "Lugano", "Chur")
TRADES = ("Bäckerei", "Garage", "Praxis", "Architektur", "Treuhand", "Elektro", "Schreinerei",
          "Coiffeur", "Reisebüro", "Immobilien", "Gärtnerei")
LOGINS = (DemoLogin("Reseller (CH, 55 customers)", RESELLER_USER_ID, "owner"),
          DemoLogin("Reseller (CH, 55 customers)", RESELLER_EMAIL, "owner"))


def register(rt: Runtime) -> None:
    hooks = rt.extras.setdefault("seed_hooks", [])
    if seed not in hooks:  # type: ignore[operator]
        hooks.append(seed)  # type: ignore[union-attr]


def _month_start(day: date, back: int) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def _subscribe(db: Session, account: Account, code: str, users: int, since: date, now: datetime) -> None:
    prod = catalog.BY_CODE[code]
    db.add(Subscription(account_id=account.id, product_code=code, users=users, currency=account.currency,
                        billing="postpaid", status="active", started_on=since, created_at=now,
                        updated_at=now))
    db.add(RecurringCharge(account_id=account.id, kind="users", product_code=code,
                           description=f"{prod.name}, per user", params={"product": code}, quantity=users,
                           unit_monthly=prod.price(account.currency).monthly, currency=account.currency,
                           starts_on=since))
    db.add(AccountService(account_id=account.id, product=code, status="active",
                          started_at=datetime.combine(since, datetime.min.time(), tzinfo=UTC)))


def _customers(db: Session, rt: Runtime, reseller: Account, now: datetime,
               rng: random.Random) -> list[Account]:
    password_hash = rt.hashing.hash(DEMO_PASSWORD)
    made = []
    for i in range(1, CUSTOMERS + 1):
        country = "CH" if i % 5 else "LI"
        company = f"{rng.choice(TRADES)} {rng.choice(('Muster', 'Keller', 'Huber', 'Meier', 'Frei'))} {i}"
        account = Account(user_id=str(65000 + i), kind="business", structure="collective",
                          name=f"Kontakt {i}", company_name=company, country=country,
                          currency=currency_for(country), language="de", status="active",
                          is_reseller=False, reseller_id=reseller.id, created_at=now)
        db.add(account)
        db.flush()
        db.add(User(account_id=account.id, email=f"customer{i}@helvetia-reseller.example",
                    name=account.name, role="owner", password_hash=password_hash, created_at=now,
                    password_changed_at=now))
        db.add(BillingAddress(account_id=account.id, name=account.name, company=company,
                              street=f"Hauptstrasse {i}", postal_code=f"{8000 + i}",
                              city=rng.choice(CITIES), country=country, is_default=True, created_at=now))
        db.add(AccountService(account_id=account.id, product="sip_trunk", status="active", started_at=now))
        made.append(account)
    return made


def seed(rt: Runtime, db: Session) -> list[DemoLogin]:
    from provider.services import calls, invoicing, sellers, telephony, wholesale_invoicing

    if db.scalar(select(User.id).where(User.email == RESELLER_EMAIL)) is not None:
        db.commit()
        return list(LOGINS)
    now = rt.clock.now(db)
    today = now.date()
    rng = random.Random(2026)
    if not sellers.registrations(db):  # `seed-demo` outside the sandbox: demo data's own seller
        sellers.store(db, seller.parse(seller.SANDBOX), "sandbox", now)
    for country, area in POOLS:
        telephony.stock_pool(db, country, area, 40)
    by_email = {u.email: u.account_id for u in db.scalars(select(User).where(User.role == "owner"))}
    alpen = db.get(Account, by_email.get("owner@alpenblick.example"))
    nord = db.get(Account, by_email.get("owner@nordlicht.example"))
    anna = db.get(Account, by_email.get("anna.keller@example.ch"))
    year_ago = _month_start(today, 12)
    traffic: list[tuple[Account, int]] = []
    if alpen is not None and db.scalar(select(Subscription.id).where(
            Subscription.account_id == alpen.id)) is None:
        _subscribe(db, alpen, "pbx_business", 8, year_ago, now)
        traffic.append((alpen, 160))
    if nord is not None and db.scalar(select(Subscription.id).where(
            Subscription.account_id == nord.id)) is None:
        _subscribe(db, nord, "pbx_basic", 4, year_ago, now)
        traffic.append((nord, 90))
    since = datetime.combine(year_ago, time(9), tzinfo=UTC)
    for account, area, porting in ((alpen, "4144", ("+41 44 380 22 10", "Swisscom")),
                                   (nord, "4940", ("+49 40 3290 1100", "Telekom"))):
        if account is not None and not telephony.numbers_of(db, account):
            demo_telephony.lines(db, rt, account, area, 3, since, porting)
            demo_telephony.provisioning_order(db, account, now)
    if anna is not None:
        db.add(LedgerEntry(account_id=anna.id, kind="top_up", amount=Decimal("150.00"), currency="CHF",
                           description="Demo credit", reference=f"demo:credit:{anna.id}", created_at=now))
        traffic.append((anna, 25))
    reseller = Account(user_id=RESELLER_USER_ID, kind="business", structure="collective",
                       name="Petra Vogel", company_name="Helvetia Telecom Partner AG", country="CH",
                       currency="CHF", language="de", status="active", is_reseller=True, created_at=now)
    db.add(reseller)
    db.flush()
    db.add(User(account_id=reseller.id, email=RESELLER_EMAIL, name="Petra Vogel", role="owner",
                password_hash=rt.hashing.hash(DEMO_PASSWORD), created_at=now, password_changed_at=now))
    db.add(BillingAddress(account_id=reseller.id, name="Petra Vogel", company="Helvetia Telecom Partner AG",
                          street="Limmatquai 4", postal_code="8001", city="Zürich", country="CH",
                          is_default=True, created_at=now))
    for n, customer in enumerate(_customers(db, rt, reseller, now, rng)):
        _subscribe(db, customer, ("pbx_basic", "pbx_business", "pbx_premium")[n % 3], 1 + n % 6,
                   _month_start(today, 1 + n % 4), now)
        traffic.append((customer, 12))
    db.flush()
    # A year of calls, month by month, the current month up to now.
    for back in range(12, -1, -1):
        first = _month_start(today, back)
        start = datetime.combine(first, datetime.min.time(), tzinfo=UTC)
        end = min(datetime.combine(_month_start(today, back - 1), datetime.min.time(), tzinfo=UTC), now)
        if end <= start:
            continue
        for account, per_month in traffic:
            if back > 4 and account.reseller_id is not None:
                continue
            made = calls.fake_calls(rng, calls.caller_numbers(db, account), per_month, start, end)
            calls.record(db, account, made, f"demo:{first.isoformat()}", now)
    db.commit()
    # A real year: each month's invoice issued on the 1st of the next (by the sandbox clock's
    # calendar), and every invoice older than the last two paid a few days after it was issued
    # (history settled before the sandbox existed: no payment records, so the payment history
    # starts empty, as the money-path tests expect).
    for back in range(12, 0, -1):
        first = _month_start(today, back)
        issued = datetime.combine(_month_start(today, back - 1), time(0, 5), tzinfo=UTC)
        invoicing.run_period(rt, first.year, first.month, issued_at=min(issued, now))
        # The reseller's invoice from the provider for the month, at wholesale, issued with it.
        wholesale_invoicing.issue(rt, reseller.id, invoicing.period_label(first.year, first.month),
                                  issued_at=min(issued, now))
    cutoff = _month_start(today, 2)
    for invoice in db.scalars(select(Invoice).where(Invoice.status == "open", Invoice.period_start < cutoff)):
        paid = min(invoice.issued_at + timedelta(days=rng.randint(3, 25), hours=rng.randint(7, 17)), now)
        invoice.status, invoice.paid_at, invoice.updated_at = "paid", paid, now
    db.commit()
    return list(LOGINS)
