"""Sign-in, throttled password checks, sessions with rotating refresh tokens, password reset and change."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from provider.db.models import Account, AuthSession, PasswordResetToken, SpentRefreshToken, User
from provider.domain import throttling
from provider.domain.account_events import Kind
from provider.domain.errors import RuleViolation
from provider.domain.passwords import password_problems
from provider.domain.user_ids import looks_like_user_id, normalize_identifier
from provider.events import capture
from provider.mail.outbox import enqueue
from provider.mail.templates import lockout_where, mail_language, render
from provider.runtime import Runtime
from provider.services import throttle
from provider.services.hashing import new_token, token_hash
from provider.services.principal import Principal
from provider.services.two_factor_challenges import gate

RESET_VALIDITY = timedelta(minutes=60)


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int


def find_user(db: Session, identifier: str) -> User | None:
    """The user an identifier names: an e-mail names a user, a user ID the account's owner."""
    key = normalize_identifier(identifier)
    if not key:
        return None
    if looks_like_user_id(identifier):
        query = (
            select(User).join(Account)
            .where(Account.user_id == key, User.role == "owner")
        )
    else:
        query = select(User).where(User.email == key)
    user = db.scalar(query.where(User.removed_at.is_(None)))
    if user is not None and user.account.status != "active":
        return None
    return user


def _unauthorized(detail: str = "The user ID, e-mail or password is wrong.") -> RuleViolation:
    return RuleViolation("invalid-credentials", detail, 401)


def sign_in(db: Session, rt: Runtime, identifier: str, password: str, client: str) -> Tokens:
    """Signs in; each try is counted before its hash (services/throttle.py), so a guesser
    waits, with delays that grow, while the owner elsewhere still signs in."""
    # When every hashing slot and every place to wait for one is taken, as in a flood, 503
    # before any query; a guess already throttled is refused (429) from one read; and one that
    # finds no slot after its wait, before its try is counted. None of these writes anything.
    rt.hashing.refuse_if_busy()
    now = rt.clock.now(db)
    user = find_user(db, identifier)
    identity = throttle.identity_of(user, normalize_identifier(identifier))
    keys = throttle.password_keys(rt.settings, identity, client)
    throttle.check(db, throttle.PASSWORD, keys, now)
    with rt.hashing.slot():
        counted = throttle.count_try(db, throttle.PASSWORD, keys, now)
        right = rt.hashing.verify(user.password_hash if user else None, password)
    if not right or user is None:
        if user is not None:
            _mail_lockout(db, rt, user, identifier.strip(), counted, now)
        db.commit()
        rt.mail.kick()
        raise _unauthorized()

    # A success clears the identity's count, so a user who finally remembers is not held later.
    throttle.give_back(db, counted, clear_identity=True)
    second_step = gate(db, rt, user, now)
    if second_step is not None:  # no token before the code
        db.commit()
        raise second_step
    tokens = open_session(db, rt, user, now)
    db.commit()
    return tokens


def check_password(db: Session, rt: Runtime, user: User, password: str, client: str) -> bool:
    """A signed-in user's password checked again (before changing it, or turning off two-factor
    sign-in), counted like a sign-in of the same identity: a stolen session gets no extra
    guesses. Commits the count."""
    now = rt.clock.now(db)
    keys = throttle.password_keys(rt.settings, throttle.identity_of(user, ""), client)
    throttle.check(db, throttle.PASSWORD, keys, now)
    with rt.hashing.slot():  # as for a sign-in: a 503 counts nothing
        counted = throttle.count_try(db, throttle.PASSWORD, keys, now)
        stored = db.scalar(select(User.password_hash).where(User.id == user.id))
        right = rt.hashing.verify(stored, password)
    if right:
        throttle.give_back(db, counted, clear_identity=True)
    db.commit()
    return right


def _mail_lockout(db: Session, rt: Runtime, user: User, identifier: str,
                  counted: throttle.Counted, now: datetime) -> None:
    """When this failure makes further tries wait, tell the user whose identity it is and, when
    that is not the owner, the account's owner too (they answer for who has access)."""
    starting = [(key, tries) for key, tries in counted.tries.items()
                if key.identity and throttling.starts_waiting(tries, key.limit)]
    if not starting:
        return
    key, tries = starting[0]
    until = now + throttling.delay_after(tries.count, key.limit)
    recipients = [user]
    if user.role != "owner":
        owner = db.scalar(select(User).where(User.account_id == user.account_id,
                                             User.role == "owner", User.removed_at.is_(None)))
        if owner is not None:
            recipients.append(owner)
    language = mail_language(user.account.language, user.account.country)
    for person in recipients:
        enqueue(db, person.email, render(
            "lockout", language, name=person.name, identifier=identifier, count=str(tries.count),
            where=lockout_where(language, key.address or None),
            until=until.strftime("%Y-%m-%d %H:%M")), now)


def open_session(db: Session, rt: Runtime, user: User, now: datetime) -> Tokens:
    access, access_h = new_token()
    refresh, refresh_h = new_token()
    ttl = timedelta(minutes=rt.settings.access_token_minutes)
    db.add(AuthSession(
        user_id=user.id, access_hash=access_h, access_expires_at=now + ttl,
        refresh_hash=refresh_h, refresh_expires_at=now + timedelta(days=rt.settings.refresh_token_days),
        created_at=now,
    ))
    return Tokens(access, refresh, int(ttl.total_seconds()))


def refresh(db: Session, rt: Runtime, refresh_token: str) -> Tokens:
    """New tokens for a refresh token, which is spent by it. The swap is one conditional UPDATE:
    of parallel refreshes with one token exactly one matches (PostgreSQL re-checks the WHERE
    after the winner's row lock); a token presented after it was spent, by anyone, ends the
    session, since someone else holds a copy."""
    now = rt.clock.now(db)
    h = token_hash(refresh_token)
    ended = RuleViolation("invalid-refresh-token", "The session has ended; sign in again.", 401)
    row = db.execute(select(AuthSession.id, User.removed_at, Account.status)
                     .join(User, User.id == AuthSession.user_id)
                     .join(Account, Account.id == User.account_id)
                     .where(AuthSession.refresh_hash == h)).first()
    if row is not None and (row.removed_at is not None or row.status != "active"):
        raise ended
    access, access_h = new_token()
    new_refresh, refresh_h = new_token()
    ttl = timedelta(minutes=rt.settings.access_token_minutes)
    swapped = db.scalar(
        update(AuthSession)
        .where(AuthSession.refresh_hash == h, AuthSession.revoked_at.is_(None),
               AuthSession.refresh_expires_at > now)
        .values(refresh_hash=refresh_h, access_hash=access_h, access_expires_at=now + ttl)
        .returning(AuthSession.id)
        .execution_options(synchronize_session=False))
    if swapped is None:
        spent_by = db.scalar(select(SpentRefreshToken.session_id)
                             .where(SpentRefreshToken.token_hash == h))
        if spent_by is not None:
            db.execute(update(AuthSession)
                       .where(AuthSession.id == spent_by, AuthSession.revoked_at.is_(None))
                       .values(revoked_at=now).execution_options(synchronize_session=False))
            db.commit()
        raise ended
    db.add(SpentRefreshToken(token_hash=h, session_id=swapped, spent_at=now))
    db.commit()
    return Tokens(access, new_refresh, int(ttl.total_seconds()))


# One query for session, user and account: every signed-in request pays for this lookup, and
# three round trips cost more than the route's own query (bench/api_load.py). Built once: the
# statement's construction and cache key cost a quarter of the lookup when made per request.
_SIGNED_IN = (select(AuthSession, User, Account)
              .join(User, User.id == AuthSession.user_id).join(Account, Account.id == User.account_id)
              .where(AuthSession.access_hash == bindparam("access_hash")))


def authenticate(db: Session, rt: Runtime, access_token: str) -> Principal:
    now = rt.clock.now(db)
    row = db.execute(_SIGNED_IN, {"access_hash": token_hash(access_token)}).first()
    if row is None:
        raise RuleViolation("unauthenticated", "Sign in to continue.", 401,
                            headers={"WWW-Authenticate": "Bearer"})
    session, user, account = row
    if (session.revoked_at is not None or session.access_expires_at <= now
            or user.removed_at is not None or account.status != "active"):
        raise RuleViolation("unauthenticated", "Sign in to continue.", 401,
                            headers={"WWW-Authenticate": "Bearer"})
    return Principal(user=user, account=account, session_id=session.id)


def sign_out(db: Session, rt: Runtime, principal: Principal) -> None:
    db.execute(
        update(AuthSession).where(AuthSession.id == principal.session_id)
        .values(revoked_at=rt.clock.now(db))
    )
    capture.record(db, principal.account.id, Kind.SESSION_REVOKED, {"user_id": principal.user.id})
    db.commit()


def end_sessions(db: Session, user_id: int, now: datetime, keep: int | None = None) -> None:
    query = update(AuthSession).where(
        AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None)
    )
    if keep is not None:
        query = query.where(AuthSession.id != keep)
    ended = db.execute(query.values(revoked_at=now).returning(AuthSession.id)).all()
    account_id = db.scalar(select(User.account_id).where(User.id == user_id))
    if ended and account_id is not None:
        capture.record(db, account_id, Kind.SESSION_REVOKED, {"user_id": user_id})


def request_reset(db: Session, rt: Runtime, identifier: str, email: str, client: str) -> None:
    """Always answers the same; mails a link only when identifier and e-mail match one user.
    Counted per address and per identity, so nobody floods a mailbox with links; answered no
    sooner than the set time either way, so the timing does not tell a match either."""
    started = time.monotonic()
    now = rt.clock.now(db)
    user = find_user(db, identifier)
    identity = throttle.identity_of(user, normalize_identifier(identifier))
    throttle.count_try(db, throttle.REQUEST, throttle.request_keys(rt.settings, client, identity),
                       now)
    if user is not None and user.email == email.strip().casefold():
        # The newest link is the only one that works: a link from an older mail (one that may
        # have been read by someone else) ends here.
        db.execute(update(PasswordResetToken)
                   .where(PasswordResetToken.user_id == user.id, PasswordResetToken.used_at.is_(None))
                   .values(used_at=now).execution_options(synchronize_session=False))
        raw, h = new_token()
        db.add(PasswordResetToken(user_id=user.id, token_hash=h, created_at=now,
                                  expires_at=now + RESET_VALIDITY))
        link = f"{rt.settings.link_base}reset-password?token={raw}"
        language = mail_language(user.account.language, user.account.country)
        enqueue(db, user.email, render("password_reset", language, name=user.name,
                                       user_id=user.account.user_id, link=link), now)
        db.commit()
        rt.mail.kick()
    remaining = rt.settings.reset_request_answer_seconds - (time.monotonic() - started)
    if remaining > 0:
        time.sleep(remaining)


def reset_password(db: Session, rt: Runtime, token: str, new_password: str) -> None:
    now = rt.clock.now(db)
    row = db.scalar(select(PasswordResetToken).where(
        PasswordResetToken.token_hash == token_hash(token)).with_for_update())
    if row is None or row.used_at is not None or row.expires_at <= now:
        raise RuleViolation.at_field(
            "token", "reset_token.invalid",
            "This reset link is no longer valid (it works once, for 60 minutes). Ask for a new one.",
            status=400,
        )
    user = db.get(User, row.user_id)
    assert user is not None
    _check_password(new_password, user, "new_password")
    row.used_at = now
    user.password_hash = rt.hashing.hash(new_password)
    user.password_changed_at = now
    end_sessions(db, user.id, now)
    # Whoever holds the link proved control of the mailbox: the waits on this identity end so
    # the new password works at once.
    throttle.clear(db, throttle.identity_of(user, ""))
    db.commit()


def change_password(db: Session, rt: Runtime, principal: Principal, old: str, new: str,
                    client: str) -> None:
    user = principal.user
    if not check_password(db, rt, user, old, client):
        raise RuleViolation.at_field("old_password", "password.wrong",
                                     "The current password is wrong.", status=400)
    _check_password(new, user, "new_password")
    now = rt.clock.now(db)
    user.password_hash = rt.hashing.hash(new)
    user.password_changed_at = now
    end_sessions(db, user.id, now, keep=principal.session_id)  # other devices sign in again
    db.commit()


def _check_password(password: str, user: User, field: str) -> None:
    problems = password_problems(password, user_id=user.account.user_id, email=user.email,
                                 field=field)
    if problems:
        raise RuleViolation("validation", problems[0].message, 422, problems)


def count_active_sessions(db: Session, user_id: int, now: datetime) -> int:
    return db.scalar(select(func.count()).select_from(AuthSession).where(
        AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None),
        AuthSession.refresh_expires_at > now)) or 0


def prune_spent_tokens(rt: Runtime) -> int:
    """Job: the spent refresh tokens of sessions that can no longer be refreshed (expired or
    revoked) prove nothing any more and go."""
    with rt.sessions() as db:
        now = rt.clock.now(db)
        over = select(AuthSession.id).where(
            (AuthSession.refresh_expires_at <= now) | AuthSession.revoked_at.is_not(None))
        gone = db.execute(delete(SpentRefreshToken)
                          .where(SpentRefreshToken.session_id.in_(over))).rowcount
        db.commit()
        return gone or 0
