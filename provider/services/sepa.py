"""SEPA direct-debit mandates of business accounts (docs/product-rules.md#sepa-mandate)."""

from __future__ import annotations

import secrets
from datetime import date

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from provider.db.models import Account, SepaMandate
from provider.domain.errors import FieldError, RuleViolation
from provider.domain.test_means import is_test_iban
from provider.runtime import Runtime


def current(db: Session, account: Account) -> SepaMandate | None:
    return db.scalar(select(SepaMandate).where(SepaMandate.account_id == account.id,
                                               SepaMandate.revoked_at.is_(None)))


def sign(db: Session, rt: Runtime, account: Account, iban: str, holder: str,
         signed_on: date | None) -> SepaMandate:
    errors: list[FieldError] = []
    if account.kind != "business":
        errors.append(FieldError("iban", "method.business_only",
                                 "SEPA direct debit is for business accounts."))
    try:
        parsed = IBAN(iban)
    except (SchwiftyException, ValueError):
        parsed = None
        errors.append(FieldError("iban", "iban.invalid", "This is not a valid IBAN."))
    if parsed is not None and not rt.settings.sandbox and is_test_iban(parsed.compact):
        errors.append(FieldError("iban", "iban.test", "This is a published example IBAN, not an "
                                 "account; enter the IBAN of the account to be debited."))
    if not holder.strip():
        errors.append(FieldError("holder", "holder.required", "Enter the account holder."))
    now = rt.clock.now(db)
    if signed_on is not None and signed_on > now.date():
        errors.append(FieldError("signed_on", "date.future",
                                 "The date of signature cannot be in the future."))
    if errors:
        raise RuleViolation("validation", errors[0].message, 422, errors)
    assert parsed is not None
    db.execute(update(SepaMandate).where(SepaMandate.account_id == account.id,
                                         SepaMandate.revoked_at.is_(None)).values(revoked_at=now))
    mandate = SepaMandate(account_id=account.id, iban=parsed.compact, holder=holder.strip(),
                          reference=f"tmp-{secrets.token_hex(8)}",
                          signed_on=signed_on or now.date(), created_at=now)
    db.add(mandate)
    db.flush()
    mandate.reference = f"SB-{account.user_id}-{mandate.id:06d}"
    db.commit()
    return mandate


def revoke(db: Session, rt: Runtime, account: Account) -> None:
    db.execute(update(SepaMandate).where(SepaMandate.account_id == account.id,
                                         SepaMandate.revoked_at.is_(None))
               .values(revoked_at=rt.clock.now(db)))
    db.commit()
