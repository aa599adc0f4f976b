"""Account events: their kinds, who may see each, and where a resumed stream starts
(docs/live-updates.md). Pure rules; the log and the streams are in provider/events/."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from provider.domain.roles import Perm


class Kind(StrEnum):
    BALANCE_CHANGED = "balance_changed"
    PAYMENT_SETTLED = "payment_settled"
    PAYMENT_FAILED = "payment_failed"
    ORDER_STATE = "order_state"
    INVOICE_ISSUED = "invoice_issued"
    CREDIT_NOTE_ISSUED = "credit_note_issued"
    INVOICE_STATE = "invoice_state"  # an invoice paid, reminded or credited
    PORTING_STATE = "porting_state"
    SUBSCRIPTION_CHANGED = "subscription_changed"
    USERS_CHANGED = "users_changed"
    SESSION_REVOKED = "session_revoked"
    # How things will be paid: a card saved, removed or made the default, the SEPA mandate
    # signed or revoked, automatic top-up, prolongation or the monthly invoice on the card
    # switched (what "paid by" follows).
    PAYMENT_SETUP_CHANGED = "payment_setup_changed"


# What a caller's role must allow to see an event: the permission that reads the resource the
# event is about, so a stream never tells more than the resource's own routes would.
READ_PERMISSION: dict[Kind, Perm] = {
    Kind.BALANCE_CHANGED: Perm.BILLING_READ,
    Kind.PAYMENT_SETTLED: Perm.BILLING_READ,
    Kind.PAYMENT_FAILED: Perm.BILLING_READ,
    Kind.ORDER_STATE: Perm.BILLING_READ,
    Kind.INVOICE_ISSUED: Perm.BILLING_READ,
    Kind.CREDIT_NOTE_ISSUED: Perm.BILLING_READ,
    Kind.INVOICE_STATE: Perm.BILLING_READ,
    Kind.PORTING_STATE: Perm.TECHNICAL_READ,
    Kind.SUBSCRIPTION_CHANGED: Perm.SUBSCRIPTIONS_READ,
    Kind.USERS_CHANGED: Perm.USERS_READ,
    Kind.SESSION_REVOKED: Perm.ACCOUNT_READ,
    Kind.PAYMENT_SETUP_CHANGED: Perm.BILLING_READ,
}

# Stream control messages, not stored events.
RESYNC = "resync"  # the client missed events that are no longer kept: reload everything
READY = "ready"    # first message of a fresh stream: its id is where the client stands


@dataclass(frozen=True)
class Seen:
    """What the viewer of an event is: its user, and what its role allows."""

    user_id: int
    perms: frozenset[Perm]


def visible(kind: str, data: dict[str, object], seen: Seen) -> bool:
    """Whether a stream's caller may see this event. A session revoked is told only to the user
    whose session it was (others learn of it as users_changed, if at all)."""
    try:
        k = Kind(kind)
    except ValueError:  # an event kind this build does not know: tell no one
        return False
    if READ_PERMISSION[k] not in seen.perms:
        return False
    if k is Kind.SESSION_REVOKED:
        return data.get("user_id") == seen.user_id
    return True


def must_resync(last_seen: int, oldest_kept: int | None, newest: int) -> bool:
    """Whether a client that has seen events up to `last_seen` can no longer be brought up to
    date from the log: events after it were dropped by retention, or it claims events the
    account never had (a reset database, a forged id)."""
    if last_seen < 0 or last_seen > newest:
        return True
    if last_seen == newest:
        return False
    # Events after last_seen exist; the log keeps a contiguous tail [oldest_kept, newest].
    return oldest_kept is None or last_seen + 1 < oldest_kept
