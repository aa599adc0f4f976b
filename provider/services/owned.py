"""The one check that a row belongs to the account a request acts for.

Another account's row answers exactly as a row that does not exist (404, or the caller's own
"choose one of yours" error), so that ids of other accounts reveal nothing. Routes never make
this check themselves: the use case they call does, through these two functions.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from provider.db.models import Account
from provider.domain.errors import NotFound


class AccountRow(Protocol):
    @property
    def account_id(self) -> int: ...


Row = TypeVar("Row", bound=AccountRow)


def find_owned(db: Session, model: type[Row], row_id: int | None, account: Account) -> Row | None:
    """The row when it exists and is the account's; None otherwise (also for no id)."""
    row = db.get(model, row_id) if row_id is not None else None
    return row if row is not None and row.account_id == account.id else None


def owned(db: Session, model: type[Row], row_id: int, account: Account, what: str) -> Row:
    """The account's row, or 404 naming `what` ("Invoice") when it is missing or another's."""
    row = find_owned(db, model, row_id, account)
    if row is None:
        raise NotFound(what)
    return row
