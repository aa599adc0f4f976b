"""Reading an account's invoices: filtered keyset pages, the change feed, one invoice, their items.

A list is fingerprinted by one aggregate query (count, newest change, highest id) so that the API
can answer "unchanged" without reading the rows. With `updated_since` the list is the change
feed: changed invoices, oldest change first; otherwise newest invoice first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select, tuple_
from sqlalchemy.orm import Session

from provider.db.models import Account, Invoice, InvoiceItem
from provider.domain.errors import RuleViolation
from provider.services.owned import owned


@dataclass(frozen=True)
class InvoiceFilter:
    status: str | None = None
    kind: str | None = None
    period: str | None = None
    number: str | None = None  # a number or its beginning
    updated_since: datetime | None = None

    def __post_init__(self) -> None:
        if self.updated_since is not None and self.updated_since.tzinfo is None:
            raise RuleViolation.at_field("updated_since", "timezone",
                                         "Give the time with a UTC offset.")

    @property
    def is_feed(self) -> bool:
        return self.updated_since is not None

    def where(self, account_id: int) -> list[ColumnElement[bool]]:
        where = [Invoice.account_id == account_id]
        if self.status:
            where.append(Invoice.status == self.status)
        if self.kind:
            where.append(Invoice.kind == self.kind)
        if self.period:
            where.append(Invoice.period == self.period)
        if self.number:
            where.append(Invoice.number.startswith(self.number, autoescape=True))
        if self.updated_since is not None:
            where.append(Invoice.updated_at > self.updated_since)
        return where


def fingerprint(db: Session, account: Account, narrow: InvoiceFilter) -> tuple[Any, ...]:
    """What changes whenever the list would: (count, newest updated_at, highest id)."""
    return tuple(db.execute(select(func.count(), func.max(Invoice.updated_at), func.max(Invoice.id))
                            .where(*narrow.where(account.id))).one())


def page(db: Session, account: Account, narrow: InvoiceFilter,
         after: int | tuple[datetime, int] | None, limit: int) -> list[Invoice]:
    """Up to `limit` invoices after the cursor: an id for the newest-first list, (updated_at, id)
    for the change feed."""
    query = select(Invoice).where(*narrow.where(account.id))
    if narrow.is_feed:  # the change feed: oldest change first
        if after is not None:
            query = query.where(tuple_(Invoice.updated_at, Invoice.id) > tuple_(*after))  # type: ignore[misc]
        query = query.order_by(Invoice.updated_at, Invoice.id)
    else:  # newest first
        if after is not None:
            query = query.where(Invoice.id < after)
        query = query.order_by(Invoice.id.desc())
    return list(db.scalars(query.limit(limit)))


def get(db: Session, account: Account, invoice_id: int) -> Invoice:
    return owned(db, Invoice, invoice_id, account, "Invoice")


def items_of(db: Session, invoice_ids: list[int]) -> dict[int, list[InvoiceItem]]:
    """The items of all the invoices, in one query, in their printed order."""
    items: dict[int, list[InvoiceItem]] = {i: [] for i in invoice_ids}
    if items:
        for row in db.scalars(select(InvoiceItem).where(InvoiceItem.invoice_id.in_(invoice_ids))
                              .order_by(InvoiceItem.invoice_id, InvoiceItem.position)):
            items[row.invoice_id].append(row)
    return items
