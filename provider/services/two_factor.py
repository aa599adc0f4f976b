"""Two-factor sign-in of a user: setting it up, checking a code, recovery codes, turning it off,
and the owner's requirement for the whole account. Rules: docs/security.md."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from provider.db.models import Account, RecoveryCode, TwoFactor, User
from provider.domain import two_factor as rules
from provider.domain.errors import Conflict, RuleViolation
from provider.mail.outbox import enqueue
from provider.mail.templates import mail_language, render
from provider.runtime import Runtime
from provider.services import throttle
from provider.services.auth import check_password, end_sessions
from provider.services.principal import Principal
from provider.services.two_factor_challenges import is_enabled
from provider.two_factor_keys import cipher, recovery_code_hash

ISSUER = "Switchboard"
WRONG_CODE = "The code is wrong, expired or was used already."


@dataclass(frozen=True)
class Setup:
    secret: str
    otpauth_uri: str


@dataclass(frozen=True)
class Status:
    enabled: bool
    recovery_codes_left: int
    required: bool


def status(db: Session, user: User) -> Status:
    return Status(is_enabled(db, user.id), _codes_left(db, user.id), user.account.require_two_factor)


def _codes_left(db: Session, user_id: int) -> int:
    return db.scalar(select(func.count()).select_from(RecoveryCode).where(
        RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))) or 0


def start(db: Session, rt: Runtime, user: User) -> Setup:
    """A new secret to scan, pending until a code from it is confirmed; one in use stays in use
    until then (so a lost phone is replaced without a moment unprotected)."""
    secret = rules.new_secret()
    row = db.get(TwoFactor, user.id)
    if row is None:
        row = TwoFactor(user_id=user.id)
        db.add(row)
    row.pending_secret = cipher(rt.settings).encrypt(secret.encode()).decode()
    db.commit()
    return Setup(secret, rules.provisioning_uri(secret, user.email, ISSUER))


def confirm(db: Session, rt: Runtime, user: User, code: str, client: str) -> list[str]:
    """Turns the pending secret on when `code` is one of its codes; answers the ten recovery
    codes, shown this once (older ones end)."""
    now = rt.clock.now(db)
    counted = throttle.count_try(db, throttle.CODE, _keys(rt, user, client), now)
    row = db.get(TwoFactor, user.id, with_for_update=True, populate_existing=True)
    step = None
    if row is not None and row.pending_secret is not None:
        step = rules.matching_step(_clear(rt, row.pending_secret), rules.code_typed(code), now,
                                   None)
    if row is None or step is None:
        db.commit()
        if row is None or row.pending_secret is None:
            raise Conflict("Start setting up two-factor sign-in first.", "code",
                           "two_factor.not_started")
        raise RuleViolation.at_field("code", "two_factor.code_wrong", WRONG_CODE)
    row.secret, row.pending_secret = row.pending_secret, None
    row.enabled_at, row.last_step = now, step
    codes = _replace_recovery_codes(db, rt, user, now)
    throttle.give_back(db, counted, clear_identity=True)
    _tell(db, rt, user, "two_factor_on", now)
    db.commit()
    rt.mail.kick()
    return codes


def check_code(db: Session, rt: Runtime, user: User, code: str, client: str) -> bool:
    """A code of the user's app, or an unused recovery code (then used up), counted like a
    password try of the same identity. Commits."""
    now = rt.clock.now(db)
    counted = throttle.count_try(db, throttle.CODE, _keys(rt, user, client), now)
    right = _accept(db, rt, user, rules.code_typed(code), now)
    if right:
        throttle.give_back(db, counted, clear_identity=True)
    db.commit()
    if right:
        rt.mail.kick()  # a recovery code used is told
    return right


def _accept(db: Session, rt: Runtime, user: User, typed: str, now: datetime) -> bool:
    row = db.get(TwoFactor, user.id, populate_existing=True)
    if row is None or row.enabled_at is None or row.secret is None:
        return False
    if rules.is_time_code(typed):
        step = rules.matching_step(_clear(rt, row.secret), typed, now, row.last_step)
        if step is None:
            return False
        # One conditional UPDATE: of two requests with the same code exactly one matches
        # (PostgreSQL re-checks the WHERE after the first one's row lock).
        taken = db.execute(
            update(TwoFactor)
            .where(TwoFactor.user_id == user.id,
                   or_(TwoFactor.last_step.is_(None), TwoFactor.last_step < step))
            .values(last_step=step).execution_options(synchronize_session=False))
        return taken.rowcount == 1
    if rules.is_recovery_code(typed):
        used = db.execute(
            update(RecoveryCode)
            .where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None),
                   RecoveryCode.code_hash == recovery_code_hash(rt.settings, user.id, typed))
            .values(used_at=now).execution_options(synchronize_session=False))
        if used.rowcount != 1:
            return False
        _tell(db, rt, user, "recovery_code_used", now, left=str(_codes_left(db, user.id)))
        return True
    return False


def new_recovery_codes(db: Session, rt: Runtime, user: User, code: str, client: str) -> list[str]:
    """Ten new recovery codes for a code of the app (the old ones end)."""
    _require_enabled(db, user)
    if not check_code(db, rt, user, code, client):
        raise RuleViolation.at_field("code", "two_factor.code_wrong", WRONG_CODE)
    codes = _replace_recovery_codes(db, rt, user, rt.clock.now(db))
    db.commit()
    return codes


def turn_off(db: Session, rt: Runtime, principal: Principal, password: str, code: str,
             client: str) -> None:
    """Needs the password and a code: a session left open on a shared computer is not enough."""
    user = principal.user
    _require_enabled(db, user)
    if principal.account.require_two_factor:
        raise Conflict("Your account's owner requires two-factor sign-in for every user; it "
                       "cannot be turned off.", "code", "two_factor.required")
    if not check_password(db, rt, user, password, client):
        raise RuleViolation.at_field("password", "password.wrong", "The password is wrong.")
    if not check_code(db, rt, user, code, client):
        raise RuleViolation.at_field("code", "two_factor.code_wrong", WRONG_CODE)
    db.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    db.execute(delete(TwoFactor).where(TwoFactor.user_id == user.id))
    _tell(db, rt, user, "two_factor_off", rt.clock.now(db))
    db.commit()
    rt.mail.kick()


def set_requirement(db: Session, rt: Runtime, principal: Principal, account: Account,
                    required: bool) -> bool:
    """The owner requires two-factor sign-in of every user of the account (or no longer does).
    Users without it are signed out at once and set it up at their next sign-in."""
    if required and not is_enabled(db, principal.user.id):
        raise Conflict("Turn on two-factor sign-in for yourself first.", "required",
                       "two_factor.owner_first")
    account.require_two_factor = required
    if required:
        now = rt.clock.now(db)
        without = db.scalars(select(User.id).where(
            User.account_id == account.id, User.removed_at.is_(None),
            User.id.not_in(select(TwoFactor.user_id).where(TwoFactor.enabled_at.is_not(None)))))
        for user_id in list(without):
            end_sessions(db, user_id, now)
    db.commit()
    return account.require_two_factor


def _require_enabled(db: Session, user: User) -> None:
    if not is_enabled(db, user.id):
        raise Conflict("Two-factor sign-in is off.", "code", "two_factor.off")


def _replace_recovery_codes(db: Session, rt: Runtime, user: User, now: datetime) -> list[str]:
    codes = rules.new_recovery_codes()
    db.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    for code in codes:
        db.add(RecoveryCode(user_id=user.id, created_at=now,
                            code_hash=recovery_code_hash(rt.settings, user.id,
                                                         rules.code_typed(code))))
    return codes


def _tell(db: Session, rt: Runtime, user: User, kind: str, now: datetime, **values: str) -> None:
    """A mail to the user about a change of their two-factor sign-in (part of the transaction)."""
    language = mail_language(user.account.language, user.account.country)
    enqueue(db, user.email, render(kind, language, name=user.name, email=user.email, **values), now)


def _keys(rt: Runtime, user: User, client: str) -> list[throttle.Key]:
    return throttle.password_keys(rt.settings, throttle.identity_of(user, ""), client)


def _clear(rt: Runtime, sealed: str) -> str:
    return cipher(rt.settings).decrypt(sealed.encode()).decode()
