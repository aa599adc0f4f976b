"""The sign-in's second step: after a right password, a user with two-factor sign-in (or one
whose account requires it) gets a challenge instead of tokens, and no token before the code.

A challenge is sealed (Fernet, provider/two_factor_keys.py) rather than stored: it names the
user, what it is for and the password it followed, and lasts CHALLENGE_SECONDS by the
provider's clock. It is no credential by itself: the code (or setting two-factor sign-in up)
is what it is presented with, and that is throttled and single-use. A password change voids it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from cryptography.fernet import InvalidToken
from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import TwoFactor, User
from provider.domain.errors import RuleViolation
from provider.runtime import Runtime
from provider.two_factor_keys import cipher

CHALLENGE_SECONDS = 300
CODE = "code"    # the user has two-factor sign-in: the code is asked
SETUP = "setup"  # the account requires it and the user has none: it is set up now


@dataclass(frozen=True)
class Challenge:
    user: User
    kind: str


def is_enabled(db: Session, user_id: int) -> bool:
    return db.scalar(select(TwoFactor.enabled_at).where(TwoFactor.user_id == user_id)) is not None


def gate(db: Session, rt: Runtime, user: User, now: datetime) -> RuleViolation | None:
    """None when the password alone signs this user in; else the problem to answer with."""
    if is_enabled(db, user.id):
        return _needed(rt, user, CODE, now, "two-factor-required",
                       "Enter the code from your authenticator app (or a recovery code).")
    if user.account.require_two_factor:
        return _needed(rt, user, SETUP, now, "two-factor-setup-required",
                       "Your account requires two-factor sign-in: set it up to continue.")
    return None


def _needed(rt: Runtime, user: User, kind: str, now: datetime, slug: str,
            detail: str) -> RuleViolation:
    payload = json.dumps({"u": user.id, "k": kind, "p": user.password_changed_at.timestamp()})
    sealed = cipher(rt.settings).encrypt_at_time(payload.encode(), int(now.timestamp())).decode()
    return RuleViolation(slug, detail, 401, extensions={
        "challenge": sealed, "challenge_expires_in": CHALLENGE_SECONDS})


def open_challenge(db: Session, rt: Runtime, sealed: str, kind: str) -> Challenge:
    """The challenge's user, if it is one of `kind`, unexpired, and the user and the password
    it followed are still the same; otherwise 401 challenge-expired."""
    expired = RuleViolation("challenge-expired",
                            "The sign-in took too long or has ended; sign in again.", 401)
    now = rt.clock.now(db)
    try:
        data = json.loads(cipher(rt.settings).decrypt_at_time(
            sealed.encode(), CHALLENGE_SECONDS, int(now.timestamp())))
    except (InvalidToken, ValueError, TypeError):
        raise expired from None
    if not isinstance(data, dict) or data.get("k") != kind:
        raise expired
    user = db.get(User, data.get("u")) if isinstance(data.get("u"), int) else None
    if (user is None or user.removed_at is not None or user.account.status != "active"
            or user.password_changed_at.timestamp() != data.get("p")):
        raise expired
    return Challenge(user, kind)
