"""Importing a call-record file from the switch: all of it or nothing.

Every line is read and checked first (domain/call_records_csv.py); one bad line, or a line
whose customer cannot be found, refuses the whole file with every such line named. Then, in
one transaction, the calls are rated (domain/rating.py, zones from domain/call_zones.py),
stored (COPY on PostgreSQL: a million records in seconds), prepaid accounts debited once per
file, and the file remembered by its SHA-256 so that importing it again changes nothing.
A prepaid debit that takes an account below its automatic top-up threshold starts the one
top-up, charged after the commit as for any other usage.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, Protocol

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from provider.db.models import Account, AutoTopUp, CallImport, CallRecord, PhoneNumber
from provider.domain import call_records_csv as cdr
from provider.domain.errors import FieldError, RuleViolation
from provider.domain.money import ZERO, to_money
from provider.runtime import Runtime
from provider.services import calls as calls_service
from provider.services import ledger, price_book
from provider.services.call_rating import Rated, Rating

if TYPE_CHECKING:
    from psycopg import Copy

MAX_ERRORS_SHOWN = 50
# Stored while the next chunk is read; small enough that the database does not wait long for
# the first chunk nor the import for its last.
CHUNK_LINES = 20_000


@dataclass
class ImportResult:
    records: int
    layout: str
    already_imported: bool = False
    totals: dict[int, Decimal] = field(default_factory=dict)  # account id -> rated net


class _Customer(NamedTuple):  # a tuple: read per call by C-level getters
    account_id: int
    currency: str
    country: str
    reseller_id: int | None = None  # its customers' calls are priced by its tariffs


def import_calls(db: Session, rt: Runtime, data: bytes, file_name: str, imported_by: str,
                 layout: str | None = None, zone: tzinfo | None = None) -> ImportResult:
    digest = hashlib.sha256(data).hexdigest()
    done = db.scalar(select(CallImport).where(CallImport.digest == digest))
    now = rt.clock.now(db)
    db.commit()
    if done is not None:
        return ImportResult(done.records, done.layout, already_imported=True)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refused([cdr.LineError(data[:exc.start].count(b"\n") + 1,
                                      "Not UTF-8 text.")]) from None
    reading = cdr.Reading(layout)
    chunks = cdr.read_chunks(text, reading, zone or UTC, CHUNK_LINES)
    # One transaction from here on: the calls, the debits and the file's record, or nothing.
    # Each chunk is stored while the next is read (on PostgreSQL one COPY, sent by its own
    # thread); customers and price books are read on a second connection meanwhile.
    with _lookups(db, rt) as lookup, _sink(db) as sink:
        customers, rating = _Customers(lookup), Rating(price_book.Books(lookup))
        read = 0
        for chunk in chunks:
            read += len(chunk.lines)
            if reading.errors:
                continue  # nothing more is stored; reading goes on to name every bad line
            found = customers.of(chunk)
            if not customers.errors:
                sink.write(rating.rated(chunk, found), customers.prepaid)  # type: ignore[arg-type]
    if reading.errors:
        db.rollback()
        raise _refused(reading.errors)
    if not read or reading.layout is None:
        db.rollback()
        raise RuleViolation.at_field("file", "calls.empty", "The file holds no call records.")
    if customers.errors:
        db.rollback()
        raise _refused(customers.errors)
    totals, counts = rating.totals(), rating.counts
    debited = sorted(a for a, total in totals.items() if a in customers.prepaid and total > ZERO)
    _lock_accounts(db, debited)
    accounts = {a.id: a for a in db.scalars(select(Account).where(Account.id.in_(debited)))}
    for account_id in debited:  # flushed together below: one round trip, not one per account
        ledger.post(db, accounts[account_id], "usage", -to_money(totals[account_id]),
                    f"Calls ({counts[account_id]})",
                    f"calls:{account_id}:import:{digest[:40]}", now, flush=False)
    db.flush()
    db.add(CallImport(digest=digest, file_name=file_name[:200], layout=reading.layout,
                      records=rating.records, imported_at=now, imported_by=imported_by[:254]))
    top_ups = _start_top_ups(db, debited, now)
    try:
        db.commit()
    except IntegrityError:  # the same file imported at the same moment elsewhere
        db.rollback()
        return ImportResult(rating.records, reading.layout, already_imported=True)
    for payment_id in top_ups:
        _charge_top_up(rt, payment_id)
    return ImportResult(rating.records, reading.layout,
                        totals={a: to_money(t) for a, t in totals.items()})


def _refused(errors: list[cdr.LineError]) -> RuleViolation:
    shown = errors[:MAX_ERRORS_SHOWN]
    more = f" (and {len(errors) - len(shown)} more)" if len(errors) > len(shown) else ""
    detail = (f"Nothing was imported: {len(errors)} line(s) cannot be read{more}. "
              + " ".join(f"Line {e.line}: {e.message}" for e in shown[:3]))
    return RuleViolation("call-records-refused", detail, 422,
                         [FieldError(f"line {e.line}", "calls.line", e.message) for e in shown])


class _Customers:
    """Who each line is for: by account code (the customer's user ID), else by the caller's
    number among the customers' active numbers; each code or number looked up once per file.
    Lines whose customer cannot be found go to `errors`."""

    def __init__(self, db: Session) -> None:
        self.db = db
        self.by_code: dict[str, _Customer] = {}
        self.by_number: dict[str, _Customer] = {}
        self.missing: set[str] = set()  # "code:..." and "number:..." not found
        self.prepaid: set[int] = set()  # the accounts found that are not billed monthly
        self.errors: list[cdr.LineError] = []

    def of(self, calls: cdr.Calls) -> list[_Customer | None]:
        """The customer of each call, None where it was not found (and an error added)."""
        codes, callers = calls.account_codes, calls.callers
        wanted = {"code:" + c for c in set(codes) if c}
        by_number = "" in set(codes)  # the caller's number names the customer
        if by_number:
            wanted |= {"number:" + n for a, n in zip(codes, callers, strict=True) if not a}
        keys = wanted - self.missing - {"code:" + c for c in self.by_code} - {
            "number:" + n for n in self.by_number}
        new = self._look_up(keys)
        self.missing |= keys - new.keys()
        for key, c in new.items():
            (self.by_code if key.startswith("code:") else self.by_number)[key.split(":", 1)[1]] = c
        accounts = {c.account_id for c in new.values()}
        self.prepaid |= accounts - calls_service.postpaid_accounts(self.db, sorted(accounts))
        if by_number:
            found = [self.by_code.get(a) if a else self.by_number.get(n)
                     for a, n in zip(codes, callers, strict=True)]
        else:
            found = list(map(self.by_code.get, codes))
        if wanted & self.missing:
            self.errors += [cdr.LineError(line, f"No customer has the user ID {a!r}." if a else
                                          f"No customer has the number {n!r}.")
                            for line, a, n, c in zip(calls.lines, codes, callers, found, strict=True)
                            if c is None]
        return found

    def _look_up(self, keys: set[str]) -> dict[str, _Customer]:
        codes = sorted(k[5:] for k in keys if k.startswith("code:"))
        numbers = sorted(k[7:] for k in keys if k.startswith("number:"))
        found: dict[str, _Customer] = {}
        for chunk in _chunks(codes):
            for user_id, aid, currency, country, reseller in self.db.execute(
                    select(Account.user_id, Account.id, Account.currency, Account.country,
                           Account.reseller_id)
                    .where(Account.user_id.in_(chunk), Account.status == "active")):
                found["code:" + user_id] = _Customer(aid, currency, country, reseller)
        for chunk in _chunks(numbers):
            for number, aid, currency, country, reseller in self.db.execute(
                    select(PhoneNumber.number, Account.id, Account.currency, Account.country,
                           Account.reseller_id)
                    .join(Account, Account.id == PhoneNumber.account_id)
                    .where(PhoneNumber.number.in_(chunk), PhoneNumber.status == "active",
                           Account.status == "active")):
                found["number:" + number] = _Customer(aid, currency, country, reseller)
        return found


def _chunks(items: list[str], size: int = 5000) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@contextmanager
def _lookups(db: Session, rt: Runtime) -> Iterator[Session]:
    """Where customers and price books are read while the calls are stored: on PostgreSQL a
    second connection, as the import's own is busy with the COPY; on SQLite the import's own."""
    if db.get_bind().dialect.name != "postgresql":
        yield db
        return
    with rt.sessions() as lookup:
        yield lookup
        lookup.commit()


class _Sink(Protocol):
    def write(self, rated: Rated, prepaid: set[int]) -> None: ...


@contextmanager
def _sink(db: Session) -> Iterator[_Sink]:
    if db.get_bind().dialect.name == "postgresql":
        with _copy(db) as sink:
            yield sink
    else:
        yield _Inserts(db)


class _Inserts:
    def __init__(self, db: Session) -> None:
        self.db = db

    def write(self, rated: Rated, prepaid: set[int]) -> None:
        calls = rated.calls
        self.db.execute(insert(CallRecord), [
            {"account_id": a, "started_at": datetime.fromisoformat(at).replace(tzinfo=UTC),
             "from_number": f, "to_number": t, "zone": p.zone, "duration_s": s, "price": p.price,
             "currency": cur, "prepaid": a in prepaid, "invoice_id": None}
            for a, at, f, t, s, p, cur in zip(rated.account_ids, calls.started, calls.callers,
                                              calls.dialled, calls.billed, rated.prices,
                                              rated.currencies, strict=True)])


_COPY = ("COPY call_records (account_id, currency, prepaid, started_at, from_number, to_number, zone, "
         "duration_s, price) FROM STDIN")


class _Copy:
    """Each row written as COPY's text: the account's columns made once per account, the
    price's (zone, seconds, price) once per price, the call's own joined in one expression."""

    def __init__(self, copy: Copy) -> None:
        self.copy = copy
        self.heads: dict[int, str] = {}  # account id -> "id\tcurrency\tprepaid\t"

    def write(self, rated: Rated, prepaid: set[int]) -> None:
        heads, calls = self.heads, rated.calls
        for a, cur in set(zip(rated.account_ids, rated.currencies, strict=True)) - heads.items():
            heads[a] = f"{a}\t{cur}\t{'t' if a in prepaid else 'f'}\t"
        text = "".join([f"{h}{at}+00\t{f}\t{t}\t{p.tail}" for h, at, f, t, p in zip(
            map(heads.__getitem__, rated.account_ids), calls.started, calls.callers, calls.dialled,
            rated.prices, strict=True)])
        for start in range(0, len(text), 1 << 20):
            self.copy.write(text[start:start + (1 << 20)])


@contextmanager
def _copy(db: Session) -> Iterator[_Copy]:
    """One COPY in the session's own transaction (it commits or rolls back with everything
    else); its data is sent by psycopg's writer thread while the next chunk is read."""
    from psycopg.copy import QueuedLibpqWriter  # PostgreSQL's driver: not in the desktop bundle

    raw = db.connection().connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(_COPY, writer=QueuedLibpqWriter(cursor)) as copy:
        yield _Copy(copy)


def _lock_accounts(db: Session, account_ids: list[int]) -> None:
    """Every debited account locked at once, in id order (as ledger.lock_account would one by
    one): no deadlock with another import or a payment taking them in the same order."""
    if db.get_bind().dialect.name == "postgresql" and account_ids:
        db.execute(select(Account.id).where(Account.id.in_(account_ids)).order_by(Account.id)
                   .with_for_update())


def _start_top_ups(db: Session, account_ids: list[int], now: datetime) -> list[int]:
    from provider.services import autotopup

    started = []
    enabled = set(db.scalars(select(AutoTopUp.account_id).where(
        AutoTopUp.account_id.in_(account_ids), AutoTopUp.enabled.is_(True))))
    for account_id in sorted(enabled):
        account = db.get(Account, account_id)
        assert account is not None
        payment_id = autotopup.start_if_needed(db, account, now)
        if payment_id is not None:
            started.append(payment_id)
    return started


def _charge_top_up(rt: Runtime, payment_id: int) -> None:
    from provider.services import autotopup

    autotopup.charge(rt, payment_id)
