"""An account's live event stream as a use case: where it starts, which events its caller may
see, when it must end. The API turns it into Server-Sent Events (api/event_routes.py); waiting
for new events is the hub's (events/hub.py). Every database read here is short and holds no
connection while the stream waits."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from provider.db.models import Account, AuthSession, User
from provider.domain.account_events import RESYNC, Kind, Seen, must_resync, visible
from provider.domain.roles import ROLE_PERMISSIONS, Perm, Role, allows
from provider.events import reading
from provider.runtime import Runtime
from provider.services.principal import Principal


@dataclass(frozen=True)
class Message:
    """One message of the stream: a stored event, or a control message (ready, resync)."""

    seq: int
    kind: str
    data: dict[str, object]


def parse_last_event_id(header: str | None) -> int | None:
    """The Last-Event-ID header as a position; anything but a plain number means 'unknown'
    (-1), which makes the stream tell the client to resync."""
    if header is None or header == "":
        return None
    text = header.strip()
    return int(text) if text.isdigit() and len(text) <= 12 else -1


class Stream:
    """One caller's stream on one account: its position, and what it may see."""

    def __init__(self, rt: Runtime, principal: Principal, account: Account) -> None:
        self._sessions: sessionmaker[Session] = rt.read_sessions
        self.account_id = account.id
        self.user_id = principal.user.id
        self.session_id = principal.session_id
        self.seen = Seen(principal.user.id, ROLE_PERMISSIONS[principal.role])
        self.position = 0
        self.ended = False  # the caller's own session ended: told so ('end'), then closed
        # Reseller staff on a customer's account: the stream is theirs only while they may act
        # for it (checked at each wake-up, at least every heartbeat), else it closes untold.
        self.acting_for = account.id if account.id != principal.account.id else None
        self.reseller_id = principal.account.id
        self.lost = False
        # The stream lasts as long as the access token it was opened with (in real time, as the
        # sandbox clock may jump): the client then opens the next one with its fresh token.
        with self._sessions() as db:
            now = rt.clock.now(db)
            expires = db.scalar(select(AuthSession.access_expires_at)
                                .where(AuthSession.id == principal.session_id))
        left = (expires - now).total_seconds() if expires is not None else 0.0
        self.deadline = time.monotonic() + max(0.0, left)

    def open(self, last_event_id: int | None) -> Message:
        """The first message: `ready` at the newest event for a fresh stream, `resync` when the
        client's position can no longer be served; kind '' (nothing to send) when resuming."""
        with self._sessions() as db:
            newest = reading.newest(db, self.account_id)
            oldest = reading.oldest_kept(db, self.account_id) if last_event_id is not None else None
        if last_event_id is None:
            self.position = newest
            return Message(newest, "ready", {})
        if must_resync(last_event_id, oldest, newest):
            self.position = newest
            return Message(newest, RESYNC, {})
        self.position = last_event_id
        return Message(last_event_id, "", {})

    def next_batch(self) -> tuple[list[Message], bool]:
        """The events after the position the caller may see, and whether more are waiting."""
        with self._sessions() as db:
            if self.acting_for is not None and not self._still_acting(db):
                return [], False
            stored = reading.after(db, self.account_id, self.position)
            out: list[Message] = []
            for event in stored:
                self.position = event.seq
                if visible(event.kind, event.data, self.seen):
                    out.append(Message(event.seq, event.kind, event.data))
                if self._concerns_caller(event) and not self._still_allowed(db):
                    self.ended = True  # told, then closed: nothing after this is for the caller
                    break
        return out, len(stored) == reading.BATCH and not self.ended

    def _concerns_caller(self, event: reading.Stored) -> bool:
        return (event.kind in (Kind.SESSION_REVOKED, Kind.USERS_CHANGED)
                and event.data.get("user_id") == self.user_id)

    def _still_allowed(self, db: Session) -> bool:
        """After a change to the caller's user or sessions: the session still valid (else the
        stream ends), and the role's rights as they are now."""
        row = db.execute(select(AuthSession.revoked_at, User.removed_at, User.role)
                         .join(User, User.id == AuthSession.user_id)
                         .where(AuthSession.id == self.session_id)).first()
        if row is None or row.revoked_at is not None or row.removed_at is not None:
            return False
        self.seen = Seen(self.user_id, ROLE_PERMISSIONS[Role(row.role)])
        return True

    def _still_acting(self, db: Session) -> bool:
        """Reseller staff reading a customer's stream: the session still valid, the role still
        one that acts for customers, and the account still the reseller's customer. The events
        that would tell (a session revoked, a role changed) are the reseller's own account's,
        which this stream does not read, so it asks."""
        row = db.execute(select(AuthSession.revoked_at, User.removed_at, User.role)
                         .join(User, User.id == AuthSession.user_id)
                         .where(AuthSession.id == self.session_id)).first()
        if row is None or row.revoked_at is not None or row.removed_at is not None:
            self.ended = True
            return False
        customer_of = db.scalar(select(Account.reseller_id).where(Account.id == self.acting_for))
        if customer_of != self.reseller_id or not allows(Role(row.role), Perm.RESELLER):
            self.lost = True
            return False
        self.seen = Seen(self.user_id, ROLE_PERMISSIONS[Role(row.role)])
        return True

    def time_left(self) -> float:
        return self.deadline - time.monotonic()



def prune_log(rt: Runtime) -> int:
    """Job: events past the retention window are dropped (a client that missed them resyncs)."""
    with rt.sessions() as db:
        return reading.prune(db)
