"""Events written in the transaction of the change that causes them, like the mail outbox.

A flush hook on every ORM session turns the rows a use case adds or changes (a ledger entry, a
payment settled, an invoice issued, a porting date set ...) into events, so no use case has to
remember to; the few changes made by bulk UPDATE statements call `record` themselves. Numbering
takes the account's counter row lock until commit (db/models/events.py says why). On PostgreSQL
the same transaction sends NOTIFY, which the server delivers only if it commits; after a commit
the process's own streams are woken at once as well.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select, text
from sqlalchemy.orm import Session, UOWTransaction

from provider.db.models import (
    AccountEvent,
    AccountEventCounter,
    AuthSession,
    AutoTopUp,
    Invitation,
    Invoice,
    InvoicePaymentSetting,
    LedgerEntry,
    Order,
    Payment,
    PortingRequest,
    PrepaidSubscription,
    SavedCard,
    SepaMandate,
    SubscriptionChange,
    User,
)
from provider.domain.account_events import Kind
from provider.events import hub

CHANNEL = "switchboard_account_events"
EVERYONE = "*"
MAX_PAYLOAD = 7000  # bytes; the server's limit is 8000
_PENDING = "switchboard_event_accounts"  # session.info: accounts with events in this transaction
_SETUP_TOLD = "switchboard_setup_told"  # session.info: accounts told payment_setup_changed in it

Found = tuple[int, Kind, dict[str, Any]]


def record(db: Session, account_id: int, kind: Kind, data: dict[str, Any]) -> None:
    """An event for a change the flush hook cannot see (a bulk UPDATE)."""
    _append(db, db.connection(), [(account_id, kind, data)])


def _changed(obj: object, attr: str) -> bool:
    return inspect(obj).attrs[attr].history.has_changes()


def _found(session: Session, conn: Connection) -> list[Found]:
    found: list[Found] = []
    balances: set[int] = set()
    for obj in session.new:
        if isinstance(obj, LedgerEntry):
            balances.add(obj.account_id)
        elif isinstance(obj, Invoice):
            kind = Kind.CREDIT_NOTE_ISSUED if obj.kind == "credit_note" else Kind.INVOICE_ISSUED
            found.append((obj.account_id, kind, {"invoice_id": obj.id, "number": obj.number}))
        elif isinstance(obj, (Payment, Order, PortingRequest, User, Invitation)):
            found.extend(_state(obj))
    for obj in session.dirty:
        if isinstance(obj, Invoice) and any(_changed(obj, a) for a in ("status", "credited", "reminders")):
            found.append((obj.account_id, Kind.INVOICE_STATE,
                          {"invoice_id": obj.id, "number": obj.number, "status": obj.status}))
        elif isinstance(obj, SubscriptionChange) and _changed(obj, "status") and obj.status == "applied":
            found.append((obj.account_id, Kind.SUBSCRIPTION_CHANGED, {"change_id": obj.id}))
        elif isinstance(obj, AuthSession) and _changed(obj, "revoked_at") and obj.revoked_at is not None:
            account_id = conn.scalar(select(User.account_id).where(User.id == obj.user_id))
            if account_id is not None:
                found.append((account_id, Kind.SESSION_REVOKED, {"user_id": obj.user_id}))
        elif isinstance(obj, (Payment, Order, PortingRequest, User, Invitation)):
            found.extend(_state(obj, dirty=True))
    found.extend((a, Kind.BALANCE_CHANGED, {}) for a in sorted(balances))
    found.extend((a, Kind.PAYMENT_SETUP_CHANGED, {}) for a in sorted(_payment_setups(session)))
    return found


# The fields of each row that decide how the next renewal, top-up or invoice is paid.
_SETUP_FIELDS: dict[type, tuple[str, ...]] = {
    SavedCard: ("is_default", "removed_at", "verified_at"),
    SepaMandate: ("revoked_at",),
    AutoTopUp: ("enabled", "threshold", "amount", "card_id"),
    PrepaidSubscription: ("auto_renew",),
    InvoicePaymentSetting: ("charge_card",),
}


def _payment_setups(session: Session) -> set[int]:
    """Accounts whose way of paying changed in this flush and not yet in this transaction: one
    event per change, however many rows or flushes it takes (a card is saved, then verified)."""
    accounts: set[int] = set()
    for obj in session.new:
        if type(obj) in _SETUP_FIELDS:
            accounts.add(obj.account_id)  # type: ignore[attr-defined]
    for obj in session.dirty:
        fields = _SETUP_FIELDS.get(type(obj))
        if fields and any(_changed(obj, f) for f in fields):
            accounts.add(obj.account_id)  # type: ignore[attr-defined]
    told = session.info.setdefault(_SETUP_TOLD, set())
    accounts -= told
    told |= accounts
    return accounts


def _state(obj: object, dirty: bool = False) -> list[Found]:
    """A row whose state matters to the client: a new one, or one whose state fields moved."""
    def moved(*attrs: str) -> bool:
        return not dirty or any(_changed(obj, a) for a in attrs)

    if isinstance(obj, Payment):
        if obj.status in ("succeeded", "failed") and moved("status"):
            kind = Kind.PAYMENT_SETTLED if obj.status == "succeeded" else Kind.PAYMENT_FAILED
            return [(obj.account_id, kind, {"payment_id": obj.id, "purpose": obj.purpose,
                                            "method": obj.method})]
    elif isinstance(obj, Order):
        if moved("status"):
            return [(obj.account_id, Kind.ORDER_STATE, {"order_id": obj.id, "status": obj.status})]
    elif isinstance(obj, PortingRequest):
        if moved("status", "scheduled_for"):
            return [(obj.account_id, Kind.PORTING_STATE, {
                "porting_id": obj.id, "status": obj.status,
                "scheduled_for": obj.scheduled_for.isoformat() if obj.scheduled_for else None})]
    elif isinstance(obj, User):
        if moved("role", "removed_at", "name", "email"):
            return [(obj.account_id, Kind.USERS_CHANGED, {"user_id": obj.id})]
    elif isinstance(obj, Invitation) and moved("accepted_at", "revoked_at"):
        return [(obj.account_id, Kind.USERS_CHANGED, {"invitation_id": obj.id})]
    return []


def _append(session: Session, conn: Connection, found: list[Found]) -> None:
    if not found:
        return
    now = datetime.now(UTC)
    postgres = conn.dialect.name == "postgresql"
    # One counter move per account and one insert for all: a flush that settles a thousand
    # bank bookings must not cost two statements per event.
    per_account: dict[int, list[Found]] = {}
    for item in found:
        per_account.setdefault(item[0], []).append(item)
    lasts = _take_seqs(conn, {a: len(items) for a, items in per_account.items()}, postgres)
    rows = []
    for account_id in sorted(per_account):
        items = per_account[account_id]
        last = lasts[account_id]
        rows.extend({"account_id": account_id, "seq": last - len(items) + 1 + i, "kind": kind.value,
                     "data": data, "created_at": now} for i, (_, kind, data) in enumerate(items))
    conn.execute(insert(AccountEvent), rows)
    accounts = set(per_account)
    session.info.setdefault(_PENDING, set()).update(accounts)
    if postgres:
        # Delivered by the server at commit, and only then: a rolled-back change tells no one.
        conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                     {"channel": CHANNEL, "payload": notify_payload(accounts)})


def notify_payload(accounts: set[int]) -> str:
    """The accounts a NOTIFY names. PostgreSQL refuses a payload of 8000 bytes or more, and that
    would fail the whole transaction (a statement import booking for thousands of accounts):
    past a safe length the payload is EVERYONE, and every stream looks for itself."""
    payload = ",".join(map(str, sorted(accounts)))
    return payload if len(payload) <= MAX_PAYLOAD else EVERYONE


def _take_seqs(conn: Connection, counts: dict[int, int], postgres: bool) -> dict[int, int]:
    """Moves each account's counter on by its count, in one statement (the rows locked in
    account order); answers each account's last number taken."""
    if len(counts) == 1:
        ((account_id, count),) = counts.items()
        return {account_id: _next_seq(conn, account_id, postgres, count)}
    if postgres:
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    table = AccountEventCounter.__table__
    statement = upsert(table).values([{"account_id": a, "last_seq": counts[a]} for a in sorted(counts)])
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.account_id],
        set_={"last_seq": table.c.last_seq + statement.excluded.last_seq},
    ).returning(table.c.account_id, table.c.last_seq)
    return {int(a): int(last) for a, last in conn.execute(statement)}


def _next_seq(conn: Connection, account_id: int, postgres: bool, count: int = 1) -> int:
    """Moves the account's counter on by `count`; answers the last number taken."""
    if postgres:
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    table = AccountEventCounter.__table__
    statement = upsert(table).values(account_id=account_id, last_seq=count)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.account_id], set_={"last_seq": table.c.last_seq + count}
    ).returning(table.c.last_seq)
    return int(conn.execute(statement).scalar_one())


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    conn = session.connection()
    _append(session, conn, _found(session, conn))


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    session.info.pop(_SETUP_TOLD, None)
    accounts = session.info.pop(_PENDING, None)
    if accounts:
        hub.HUB.publish(accounts)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    # Waking a stream for nothing costs it one query; a missed wake-up would cost an event, so
    # only a real rollback forgets the accounts.
    session.info.pop(_PENDING, None)
    session.info.pop(_SETUP_TOLD, None)

