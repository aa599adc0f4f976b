"""Access rights: the account's users, invitations, roles, ownership hand-over, closing."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from provider.db.models import Account, Invitation, User
from provider.domain.errors import Conflict, NotFound, RuleViolation
from provider.domain.passwords import password_problems
from provider.domain.roles import ASSIGNABLE_ROLES, Role
from provider.mail.outbox import enqueue
from provider.mail.templates import mail_language, render
from provider.runtime import Runtime
from provider.services import throttle
from provider.services.auth import Tokens, check_password, end_sessions, open_session
from provider.services.hashing import new_token, token_hash
from provider.services.owned import find_owned
from provider.services.principal import Principal
from provider.services.two_factor_challenges import gate

INVITATION_VALIDITY = timedelta(days=7)


def list_users(db: Session, account: Account) -> list[User]:
    return list(db.scalars(select(User).where(User.account_id == account.id,
                                              User.removed_at.is_(None)).order_by(User.id)))


def list_invitations(db: Session, rt: Runtime, account: Account) -> list[Invitation]:
    now = rt.clock.now(db)
    return list(db.scalars(select(Invitation).where(
        Invitation.account_id == account.id, Invitation.accepted_at.is_(None),
        Invitation.revoked_at.is_(None), Invitation.expires_at > now).order_by(Invitation.id)))


def _assignable(role: str, field: str = "role") -> Role:
    if role not in ASSIGNABLE_ROLES:
        raise RuleViolation.at_field(
            field, "role.assignable",
            "Choose admin, billing, technical or viewer; ownership is handed over by the owner.")
    return Role(role)


def invite(db: Session, rt: Runtime, principal: Principal, account: Account, email: str,
           role: str) -> Invitation:
    role_ = _assignable(role)
    email = email.strip().casefold()
    # Only this account's own users are refused: whether an address has a user in another
    # account is not the inviter's to learn. Such an invitation goes out like any other, and
    # its acceptance tells the address's owner (the only one who can open the link) why not.
    if db.scalar(select(User.id).where(User.email == email, User.account_id == account.id,
                                       User.removed_at.is_(None))):
        raise Conflict("This e-mail address already belongs to a user of this account.", "email",
                       "email.unique")
    now = rt.clock.now(db)
    # Inviting the same address again (a lost mail, another role) replaces the open invitation,
    # so only the newest link works and the list shows one entry per person.
    db.execute(update(Invitation).where(
        Invitation.account_id == account.id, Invitation.email == email,
        Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None)).values(revoked_at=now))
    raw, h = new_token()
    inv = Invitation(account_id=account.id, email=email, role=role_.value, token_hash=h,
                     invited_by=principal.user.id, created_at=now,
                     expires_at=now + INVITATION_VALIDITY)
    db.add(inv)
    link = f"{rt.settings.link_base}accept-invitation?token={raw}"
    language = mail_language(account.language, account.country)
    enqueue(db, email, render("invitation", language, inviter=principal.user.name,
                              account=account.name, role=role_.value, link=link), now, account_id=account.id)
    db.commit()
    rt.mail.kick()
    return inv


def revoke_invitation(db: Session, rt: Runtime, account: Account, invitation_id: int) -> None:
    inv = find_owned(db, Invitation, invitation_id, account)
    if inv is None or inv.revoked_at or inv.accepted_at:
        raise NotFound("Invitation")
    inv.revoked_at = rt.clock.now(db)
    db.commit()


def accept_invitation(db: Session, rt: Runtime, token: str, name: str, password: str,
                      client: str) -> Tokens:
    now = rt.clock.now(db)
    # Counted first: guessed tokens and floods of acceptances (each hashes) wait (429).
    throttle.count_try(db, throttle.REQUEST, throttle.request_keys(rt.settings, client), now)
    inv = db.scalar(select(Invitation).where(Invitation.token_hash == token_hash(token))
                    .with_for_update())
    if (inv is None or inv.accepted_at is not None or inv.revoked_at is not None
            or inv.expires_at <= now):
        raise RuleViolation.at_field(
            "token", "invitation.invalid",
            "This invitation is no longer valid (it works once, for 7 days). Ask for a new one.",
            status=400)
    account = db.get(Account, inv.account_id)
    assert account is not None
    problems = password_problems(password, user_id=account.user_id, email=inv.email)
    if problems:
        raise RuleViolation("validation", problems[0].message, 422, problems)
    if account.status != "active":
        raise RuleViolation.at_field("token", "invitation.invalid",
                                     "This account has been closed.", status=400)
    inv.accepted_at = now
    user = User(account_id=account.id, email=inv.email, name=name.strip() or inv.email,
                role=inv.role, password_hash=rt.hashing.hash(password), created_at=now,
                password_changed_at=now)
    db.add(user)
    try:
        db.flush()
    except IntegrityError as exc:
        db.rollback()
        raise Conflict("This e-mail address already belongs to a Switchboard user.", "email",
                       "email.unique") from exc
    # In an account that requires two-factor sign-in the new user sets it up before any token.
    second_step = gate(db, rt, user, now)
    if second_step is not None:
        db.commit()
        raise second_step
    tokens = open_session(db, rt, user, now)
    db.commit()
    return tokens


def _member(db: Session, account: Account, user_id: int) -> User:
    user = find_owned(db, User, user_id, account)
    if user is None or user.removed_at is not None:
        raise NotFound("User")
    return user


def change_role(db: Session, principal: Principal, account: Account, user_id: int,
                role: str) -> User:
    user = _member(db, account, user_id)
    new_role = _assignable(role)
    if user.role == Role.OWNER:
        raise Conflict("The owner's role changes only when the owner hands ownership over.",
                       "role", "owner.fixed")
    user.role = new_role.value
    db.commit()
    return user


def remove_user(db: Session, rt: Runtime, principal: Principal, account: Account,
                user_id: int) -> None:
    user = _member(db, account, user_id)
    if user.role == Role.OWNER:
        raise Conflict("The owner cannot be removed. Hand ownership over first.", "user_id",
                       "owner.not_removable")
    now = rt.clock.now(db)
    user.removed_at = now
    # Free the address for a later invitation, keep the row for the audit trail.
    user.email = f"removed-{user.id}-{user.email}"[:254]
    end_sessions(db, user.id, now)
    db.commit()


def transfer_ownership(db: Session, principal: Principal, account: Account, user_id: int) -> User:
    target = _member(db, account, user_id)
    if target.id == principal.user.id:
        raise Conflict("You are the owner already.", "user_id", "owner.same")
    principal.user.role = Role.ADMIN.value
    target.role = Role.OWNER.value
    db.commit()
    return target


def close_account(db: Session, rt: Runtime, principal: Principal, account: Account,
                  password: str, client: str) -> None:
    if not check_password(db, rt, principal.user, password, client):
        raise RuleViolation.at_field("password", "password.wrong", "The password is wrong.",
                                     status=400)
    now = rt.clock.now(db)
    account.status = "closed"
    account.closed_at = now
    for user in list_users(db, account):
        end_sessions(db, user.id, now)
    db.commit()
