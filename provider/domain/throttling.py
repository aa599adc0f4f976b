"""How many tries a counter allows before each further one has to wait (pure rules).

A counter counts the tries of one kind (a password check, a registration) for one subject: a
client address, an identity at one address, or an identity wherever it is tried from. The first
`free` tries within the window cost nothing; after that each further try must wait a delay that
doubles from `first_delay` up to `max_delay` after the previous one. A counter forgets its tries
once none came for `window`. The rules, their defaults and why: docs/security.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Limit:
    free: int
    window: timedelta
    first_delay: timedelta
    max_delay: timedelta


@dataclass(frozen=True)
class Tries:
    count: int
    last_at: datetime | None


NONE = Tries(0, None)


def current(tries: Tries, limit: Limit, now: datetime) -> Tries:
    """The tries that still count at `now`: none once the window passed without one."""
    if tries.last_at is None or now - tries.last_at >= limit.window:
        return NONE
    return tries


def delay_after(count: int, limit: Limit) -> timedelta:
    """How long the try after `count` counted tries waits after the last one."""
    if count < limit.free:
        return timedelta(0)
    doublings = min(count - limit.free, 30)  # 2**30 minutes is past any cap
    return min(limit.first_delay * (2 ** doublings), limit.max_delay)


def wait(tries: Tries, limit: Limit, now: datetime) -> timedelta:
    """How long a try at `now` must still wait (zero: it may go ahead)."""
    live = current(tries, limit, now)
    # Free tries never wait, even when a parallel try that read the clock later got counted
    # first (its last_at after our now).
    if live.last_at is None or live.count < limit.free:
        return timedelta(0)
    return max(timedelta(0), live.last_at + delay_after(live.count, limit) - now)


def after_try(tries: Tries, limit: Limit, now: datetime) -> Tries:
    """The counter once a try at `now` went ahead (last_at never goes back: parallel tries
    may be counted in another order than they read the clock)."""
    live = current(tries, limit, now)
    last = now if live.last_at is None else max(live.last_at, now)
    return Tries(live.count + 1, last)


def starts_waiting(tries: Tries, limit: Limit) -> bool:
    """This counted try is the one after which tries have to wait (the moment to tell the owner)."""
    return tries.count == limit.free


def retry_after_seconds(delay: timedelta) -> int:
    """The Retry-After value for a wait: whole seconds, rounded up, at least one."""
    return max(1, int(-(-delay.total_seconds() // 1)))
