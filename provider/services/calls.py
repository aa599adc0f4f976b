"""Call detail records: rating, recording, the sandbox traffic generator, keyset paging.

A call is rated when it is recorded (domain/rating.py). A prepaid account pays its calls from
the ledger (one usage entry per recorded batch, with a unique reference); a postpaid account
(an active postpaid subscription) collects them for the monthly invoice.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, Select, bindparam, insert, select, tuple_
from sqlalchemy.orm import Session

from provider.db.models import Account, CallRecord, PhoneNumber, Subscription
from provider.domain import rating
from provider.domain.money import ZERO, to_money
from provider.runtime import Runtime
from provider.services import autotopup, ledger, price_book
from provider.services.payment_flow import charge_and_settle

ZONE_WEIGHTS = (("national_fixed", 55), ("national_mobile", 30), ("europe", 12), ("world", 3))
# Where calls go, by the caller's country: national prefixes at home; abroad the others.
NATIONAL = {"CH": (("4144", "4131", "4161"), ("4179", "4176")), "DE": (("4930", "4940"), ("49151", "49170"))}
ABROAD = {"europe": ("33", "39", "43", "34", "31"), "world": ("1", "44", "81", "61")}
# What a call page carries (api CallOut): read as plain rows.
PAGE_COLUMNS = (CallRecord.id, CallRecord.started_at, CallRecord.from_number, CallRecord.to_number,
                CallRecord.zone, CallRecord.duration_s, CallRecord.price, CallRecord.currency,
                CallRecord.prepaid, CallRecord.invoice_id)


@dataclass(frozen=True)
class CallIn:
    started_at: datetime
    from_number: str
    to_number: str
    zone: str
    duration_s: int


def postpaid_accounts(db: Session, account_ids: list[int]) -> set[int]:
    return set(db.scalars(select(Subscription.account_id).where(
        Subscription.account_id.in_(account_ids), Subscription.billing == "postpaid",
        Subscription.status == "active")))


def record(db: Session, account: Account, calls: list[CallIn], batch_ref: str,
           now: datetime) -> tuple[int, Decimal]:
    """Rate and store calls of one account; debit a prepaid account once for the batch.
    Returns (count, total net). The caller commits."""
    prepaid = account.id not in postpaid_accounts(db, [account.id])
    rows, total = [], ZERO
    books = price_book.Books(db)
    for c in calls:
        book = books.of(account.reseller_id, account.currency, c.started_at.date())
        price = book.call_price(c.zone, c.duration_s)
        total += price
        rows.append({"account_id": account.id, "started_at": c.started_at,
                     "from_number": c.from_number, "to_number": c.to_number, "zone": c.zone,
                     "duration_s": c.duration_s, "price": price, "currency": account.currency,
                     "prepaid": prepaid, "invoice_id": None})
    if rows:
        db.execute(insert(CallRecord), rows)
    if prepaid and total > ZERO:
        ledger.lock_account(db, account.id)
        ledger.post(db, account, "usage", -to_money(total), f"Calls ({len(rows)})",
                    f"calls:{account.id}:{batch_ref}"[:64], now)
    return len(rows), to_money(total)


def caller_numbers(db: Session, account: Account) -> list[str]:
    numbers = list(db.scalars(select(PhoneNumber.number).where(
        PhoneNumber.account_id == account.id, PhoneNumber.status == "active").limit(20)))
    if numbers:
        return numbers
    if account.user_id.isdigit() and len(account.user_id) > 8:  # a single account's main number
        return [account.user_id]
    base = "41" if account.currency == "CHF" else "49"
    return [f"{base}44{account.id % 10_000_000:07d}"]


def fake_calls(rng: random.Random, froms: list[str], count: int, start: datetime,
               end: datetime) -> list[CallIn]:
    """Realistic traffic: office hours, mostly national, durations long-tailed, some unanswered."""
    span = max(int((end - start).total_seconds()), 1)
    zones = [z for z, _ in ZONE_WEIGHTS]
    weights = [w for _, w in ZONE_WEIGHTS]
    calls = []
    for _ in range(count):
        at = start + timedelta(seconds=rng.randrange(span))
        if at.weekday() < 5 and not 7 <= at.hour < 19 and rng.random() < 0.8:
            at = at.replace(hour=rng.randrange(8, 18))
        at = min(max(at, start), end - timedelta(seconds=1))
        caller = rng.choice(froms)
        home = "DE" if caller.startswith("49") else "CH"
        fixed, mobile = NATIONAL[home]
        wanted = rng.choices(zones, weights)[0]
        other = NATIONAL["CH" if home == "DE" else "DE"][0]
        prefix = rng.choice({"national_fixed": fixed, "national_mobile": mobile,
                             "europe": ABROAD["europe"] + other, "world": ABROAD["world"]}[wanted])
        callee = prefix + "".join(str(rng.randrange(10)) for _ in range(11 - len(prefix)))
        duration = 0 if rng.random() < 0.12 else min(int(rng.lognormvariate(4.6, 1.0)), 7200)
        # Rated by the caller's country (a Swiss caller's call to Germany is Europe).
        calls.append(CallIn(at, caller, callee, rating.zone_of(caller, callee), duration))
    calls.sort(key=lambda c: c.started_at)
    return calls


def generate(rt: Runtime, account_id: int, count: int, start: datetime, end: datetime,
             seed: int | None = None) -> tuple[int, Decimal]:
    """Sandbox: make `count` calls between start and end for one account."""
    with rt.sessions() as db:
        account = db.get(Account, account_id)
        if account is None:
            from provider.domain.errors import NotFound

            raise NotFound("Account")
        now = rt.clock.now(db)
        rng = random.Random(seed)
        calls = fake_calls(rng, caller_numbers(db, account), count, start, end)
        result = record(db, account, calls, f"gen:{now.timestamp():.6f}:{rng.random():.12f}", now)
        # Generated calls are usage like any other: crossing the threshold starts one top-up.
        ledger.lock_account(db, account.id)
        payment_id = autotopup.start_if_needed(db, account, now)
        db.commit()
    if payment_id is not None:
        charge_and_settle(rt, payment_id)
    return result


def page(db: Session, account_id: int, *, invoice_id: int | None = None,
         after: tuple[datetime, int] | None = None, since: datetime | None = None,
         until: datetime | None = None, limit: int = 100) -> list[Row[Any]]:
    """Calls in (started_at, id) order after the cursor: an account's, or an invoice's.

    Plain rows with the columns a page shows, not ORM objects: pages are read-only, and building
    an instance (with its identity-map state) per call was the largest cost of a call page."""
    params: dict[str, object] = {"owner": invoice_id if invoice_id is not None else account_id,
                                 "since": since, "until": until, "limit": limit}
    if after is not None:
        params["after_at"], params["after_id"] = after
    query = _page_query(invoice_id is not None, since is not None, until is not None,
                        after is not None)
    return list(db.execute(query, params))


@functools.cache
def _page_query(by_invoice: bool, since: bool, until: bool, after: bool) -> Select[Any]:
    """One statement per shape of page, built once: building and keying a statement cost more
    than running it (bench/api_load.py)."""
    owner = CallRecord.invoice_id if by_invoice else CallRecord.account_id
    query = select(*PAGE_COLUMNS).where(owner == bindparam("owner"))
    if since:
        query = query.where(CallRecord.started_at >= bindparam("since"))
    if until:
        query = query.where(CallRecord.started_at < bindparam("until"))
    if after:
        query = query.where(tuple_(CallRecord.started_at, CallRecord.id) > tuple_(
            bindparam("after_at", type_=CallRecord.started_at.type),
            bindparam("after_id", type_=CallRecord.id.type)))
    return query.order_by(CallRecord.started_at, CallRecord.id).limit(bindparam("limit"))
