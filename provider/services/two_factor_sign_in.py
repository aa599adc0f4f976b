"""The sign-in's second step: the code for a challenge, or setting two-factor sign-in up for
one when the account requires it (services/two_factor_challenges.py issues the challenges)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from provider.domain.errors import Conflict, RuleViolation
from provider.runtime import Runtime
from provider.services import two_factor
from provider.services.auth import Tokens, open_session
from provider.services.two_factor_challenges import CODE, SETUP, is_enabled, open_challenge


def with_code(db: Session, rt: Runtime, challenge: str, code: str, client: str) -> Tokens:
    user = open_challenge(db, rt, challenge, CODE).user
    if not two_factor.check_code(db, rt, user, code, client):
        raise RuleViolation("invalid-code", two_factor.WRONG_CODE, 401, [
            RuleViolation.at_field("code", "two_factor.code_wrong", two_factor.WRONG_CODE)
            .errors[0]])
    tokens = open_session(db, rt, user, rt.clock.now(db))
    db.commit()
    return tokens


def start_setup(db: Session, rt: Runtime, challenge: str) -> two_factor.Setup:
    user = open_challenge(db, rt, challenge, SETUP).user
    _not_yet(db, user.id)
    return two_factor.start(db, rt, user)


def confirm_setup(db: Session, rt: Runtime, challenge: str, code: str,
                  client: str) -> tuple[Tokens, list[str]]:
    """Turns it on and signs in: tokens and the recovery codes, shown this once."""
    user = open_challenge(db, rt, challenge, SETUP).user
    _not_yet(db, user.id)
    codes = two_factor.confirm(db, rt, user, code, client)
    tokens = open_session(db, rt, user, rt.clock.now(db))
    db.commit()
    return tokens, codes


def _not_yet(db: Session, user_id: int) -> None:
    # Set up meanwhile (another device): the code is asked now, not a new secret.
    if is_enabled(db, user_id):
        raise Conflict("Two-factor sign-in is on already; sign in again with a code.")
