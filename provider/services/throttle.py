"""Counting tries against their limits, so that parallel tries cannot all pass.

A try is counted before the work it guards (an argon2 check, a registration) and not after:
counting the failures afterwards let thirty parallel wrong passwords all reach the hash before
any of them was recorded. Each counter row is taken with SELECT ... FOR UPDATE in one order
(PostgreSQL; SQLite's write transactions run one at a time anyway), so of N parallel tries only
as many as the limit allows get through. A try that succeeds gives its count back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, select, tuple_, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from provider.db.models import ThrottleCounter, User
from provider.domain import throttling
from provider.domain.errors import RuleViolation
from provider.runtime import Runtime
from provider.services.hashing import token_hash
from provider.settings import Settings

PASSWORD = "password"  # a password checked: sign-in, change of password
REQUEST = "request"    # registrations, reset requests, invitation acceptances
CODE = "code"          # a two-factor code checked: sign-in, turning it off, new recovery codes


@dataclass(frozen=True)
class Key:
    identity: str  # "" counts for any identity
    address: str   # "" counts from any address
    limit: throttling.Limit


@dataclass(frozen=True)
class Counted:
    """A try that went ahead, and each counter as it stands after it."""

    scope: str
    tries: dict[Key, throttling.Tries]


def identity_of(user: User | None, normalized: str) -> str:
    """One identity per user whatever names them (user ID or e-mail); an unknown name stands
    for itself (hashed: the column is short, the name may be long)."""
    return f"user:{user.id}" if user is not None else f"name:{token_hash(normalized)[:40]}"


def _limit(settings: Settings, free: int) -> throttling.Limit:
    return throttling.Limit(
        free=free, window=timedelta(minutes=settings.throttle_window_minutes),
        first_delay=timedelta(seconds=settings.throttle_first_delay_seconds),
        max_delay=timedelta(minutes=settings.throttle_max_delay_minutes))


def password_keys(settings: Settings, identity: str, address: str) -> list[Key]:
    """Guesses at one identity from one address, at it from anywhere, and from one address at
    any identity: the first stops an attacker without stopping the owner elsewhere, the second
    a botnet spread over many addresses, the third one address trying many identities."""
    return [Key(identity, address, _limit(settings, settings.throttle_identity_at_address)),
            Key(identity, "", _limit(settings, settings.throttle_identity)),
            Key("", address, _limit(settings, settings.throttle_address))]


def request_keys(settings: Settings, address: str, identity: str | None = None) -> list[Key]:
    """Requests that send mail or make accounts: per address and, when given, per identity."""
    keys = [Key("", address, _limit(settings, settings.throttle_address_requests))]
    if identity is not None:
        keys.append(Key(identity, "", _limit(settings, settings.throttle_address_requests)))
    return keys


class Throttled(RuleViolation):
    def __init__(self, scope: str, wait: timedelta) -> None:
        seconds = throttling.retry_after_seconds(wait)
        when = _in_words(seconds)
        if scope == PASSWORD:
            super().__init__("sign-in-locked",
                             f"Too many failed password tries. Try again in {when}.", 429,
                             headers={"Retry-After": str(seconds)})
        elif scope == CODE:
            super().__init__("sign-in-locked",
                             f"Too many wrong codes. Try again in {when}.", 429,
                             headers={"Retry-After": str(seconds)})
        else:
            super().__init__("too-many-requests", f"Too many requests. Try again in {when}.", 429,
                             headers={"Retry-After": str(seconds)})


def _in_words(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = (seconds + 59) // 60
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def check(db: Session, scope: str, keys: list[Key], now: datetime) -> None:
    """Raises Throttled when a counter already says wait, from one plain read: no row is made,
    locked or written, so a flood of refused guesses costs a query each. Only a look ahead:
    count_try, which locks, still decides (a parallel try may count first)."""
    rows = db.execute(
        select(ThrottleCounter.identity, ThrottleCounter.address, ThrottleCounter.count,
               ThrottleCounter.last_at)
        .where(tuple_(ThrottleCounter.scope, ThrottleCounter.identity, ThrottleCounter.address)
               .in_([(scope, k.identity, k.address) for k in keys]))).all()
    tries = {(r.identity, r.address): throttling.Tries(r.count, r.last_at) for r in rows}
    longest = max((throttling.wait(tries.get((k.identity, k.address), throttling.NONE), k.limit, now)
                   for k in keys), default=timedelta(0))
    if longest > timedelta(0):
        raise Throttled(scope, longest)


def count_try(db: Session, scope: str, keys: list[Key], now: datetime) -> Counted:
    """Counts a try against every key and commits, or, when any key says wait, counts nothing
    and raises Throttled (429 with Retry-After)."""
    rows = _locked(db, scope, keys)
    waits = [throttling.wait(_tries(rows[k]), k.limit, now) for k in keys]
    longest = max(waits, default=timedelta(0))
    if longest > timedelta(0):
        db.rollback()
        raise Throttled(scope, longest)
    after: dict[Key, throttling.Tries] = {}
    for key in keys:
        row = rows[key]
        tries = throttling.after_try(_tries(row), key.limit, now)
        row.count, row.last_at = tries.count, tries.last_at
        after[key] = tries
    db.commit()
    return Counted(scope, after)


def give_back(db: Session, counted: Counted, *, clear_identity: bool) -> None:
    """The try succeeded (or never ran): it does not count. With `clear_identity` the identity's
    counters start afresh (the owner proved the password); the address's keep their other tries.
    Part of the caller's transaction."""
    for key in counted.tries:
        where = (ThrottleCounter.scope == counted.scope, ThrottleCounter.identity == key.identity,
                 ThrottleCounter.address == key.address)
        if clear_identity and key.identity:
            db.execute(delete(ThrottleCounter).where(*where))
        else:
            db.execute(update(ThrottleCounter).where(*where).values(
                count=case((ThrottleCounter.count > 0, ThrottleCounter.count - 1), else_=0)))


def clear(db: Session, identity: str) -> None:
    """Every counter of an identity starts afresh (a completed password reset). Part of the
    caller's transaction."""
    db.execute(delete(ThrottleCounter).where(ThrottleCounter.identity == identity))


def _tries(row: ThrottleCounter) -> throttling.Tries:
    return throttling.Tries(row.count, row.last_at)


def _locked(db: Session, scope: str, keys: list[Key]) -> dict[Key, ThrottleCounter]:
    """The counter rows of the keys, made if missing, locked until the transaction ends."""
    ordered = sorted(keys, key=lambda k: (k.identity, k.address))
    values = [{"scope": scope, "identity": k.identity, "address": k.address, "count": 0}
              for k in ordered]
    # A success elsewhere may delete a row between our insert (which found it there) and our
    # lock (which then finds nothing, PostgreSQL): insert again. Each round, some try finished.
    for _ in range(10):
        db.execute(_insert_missing(db, values))
        rows = db.scalars(
            select(ThrottleCounter)
            .where(tuple_(ThrottleCounter.scope, ThrottleCounter.identity, ThrottleCounter.address)
                   .in_([(scope, k.identity, k.address) for k in ordered]))
            .order_by(ThrottleCounter.identity, ThrottleCounter.address)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).all()
        by_subject = {(r.identity, r.address): r for r in rows}
        if len(by_subject) == len(ordered):
            return {k: by_subject[(k.identity, k.address)] for k in keys}
    raise RuntimeError("throttle counters kept vanishing while being locked")


def _insert_missing(db: Session, values: list[dict[str, object]]) -> Executable:
    if db.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(ThrottleCounter).values(values).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(ThrottleCounter).values(values).on_conflict_do_nothing()


def prune(rt: Runtime) -> int:
    """Job: counters quiet for a whole window count nothing any more (domain/throttling.py) and
    go, so guesses at made-up names cannot grow the table without end."""
    with rt.sessions() as db:
        cutoff = rt.clock.now(db) - timedelta(minutes=rt.settings.throttle_window_minutes)
        gone = db.execute(delete(ThrottleCounter).where(
            (ThrottleCounter.last_at <= cutoff) | ThrottleCounter.last_at.is_(None))).rowcount
        db.commit()
        return gone or 0
