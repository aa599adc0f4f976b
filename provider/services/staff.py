"""The provider's own staff: operators who run the back office (bank statements, call records,
credit notes, porting, resellers, refunds).

Operators are users of the provider's own account (user ID `staff`, which no customer can have:
customers' user IDs are digits) with the role `operator`. That role has the back-office
permission and nothing else, and no customer role has it, so a customer or reseller can never
reach the back office and an operator never acts inside a customer's account through the
customers' routes. Operators are made only by `switchboard-provider create-operator`; the
role cannot be given through invitations or role changes (domain/roles.ASSIGNABLE_ROLES).
"""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, User
from provider.domain.errors import FieldError, RuleViolation
from provider.domain.passwords import password_problems
from provider.domain.roles import Role
from provider.runtime import Runtime

STAFF_USER_ID = "staff"


def staff_account(db: Session, rt: Runtime) -> Account:
    account = db.scalar(select(Account).where(Account.user_id == STAFF_USER_ID))
    if account is None:
        account = Account(user_id=STAFF_USER_ID, kind="business", structure="collective",
                          name="Provider staff", company_name=None, vat_number=None, country="CH",
                          currency="CHF", language="en", status="active", is_reseller=False,
                          created_at=rt.clock.now(db))
        db.add(account)
        db.flush()
    return account


def create_operator(db: Session, rt: Runtime, email: str, name: str, password: str) -> User:
    errors: list[FieldError] = []
    try:
        address = validate_email(email, check_deliverability=False).normalized.casefold()
    except EmailNotValidError:
        address = ""
        errors.append(FieldError("email", "email.invalid", "This is not a valid e-mail address."))
    if not name.strip() or any(ord(ch) < 32 for ch in name):
        errors.append(FieldError("name", "name.required", "Give the operator's name (one line)."))
    errors += password_problems(password, user_id=None, email=address or None)
    if address and db.scalar(select(User.id).where(User.email == address)) is not None:
        errors.append(FieldError("email", "email.unique", "A user with this e-mail exists already."))
    if errors:
        raise RuleViolation("validation", errors[0].message, 422, errors)
    account = staff_account(db, rt)
    now = rt.clock.now(db)
    user = User(account_id=account.id, email=address, name=name.strip()[:200],
                role=Role.OPERATOR.value, password_hash=rt.hashing.hash(password),
                created_at=now, password_changed_at=now)
    db.add(user)
    db.commit()
    return user
