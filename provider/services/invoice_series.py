"""Who issues an account's invoices and in which series (docs/resellers.md#white-label): the
customers of a reseller with a legal identity get invoices and credit notes from the reseller,
numbered in the reseller's own gapless series per year (its customer number in front); everyone
else from the provider, in the provider's series. A reseller without an identity yet sells under
the provider's name, as before."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from provider.db.models import Account, ResellerInvoiceCounter, ResellerProfile, SellerIdentity
from provider.domain.payment_refs import format_number
from provider.services import sellers


@dataclass
class Series:
    """A locked counter: numbers handed out advance `last`; the caller stores it back."""

    reseller_id: int | None
    prefix: str
    year: int
    last: int

    def next(self) -> str:
        self.last += 1
        return self.prefix + format_number(self.year, self.last)


def issuers(db: Session, accounts: list[Account]) -> dict[int, SellerIdentity]:
    """Per reseller among the accounts' resellers: the identity its customers' invoices are
    issued under (resellers without one are left out)."""
    reseller_ids = {a.reseller_id for a in accounts if a.reseller_id is not None}
    if not reseller_ids:
        return {}
    rows = db.execute(select(ResellerProfile.account_id, SellerIdentity).join(
        SellerIdentity, SellerIdentity.id == ResellerProfile.seller_id).where(
        ResellerProfile.account_id.in_(reseller_ids)))
    return {rid: identity for rid, identity in rows}


def seller_of(db: Session, account: Account, by_reseller: dict[int, SellerIdentity] | None = None
              ) -> SellerIdentity:
    """The identity a new invoice of the account is issued under."""
    found = by_reseller if by_reseller is not None else issuers(db, [account])
    if account.reseller_id is not None and account.reseller_id in found:
        return found[account.reseller_id]
    return sellers.current(db)


def lock(db: Session, reseller_id: int, year: int) -> Series:
    """The reseller's counter for `year`, locked until the transaction ends (a rollback returns
    the numbers: no gaps)."""
    params = {"r": reseller_id, "y": year}
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("INSERT INTO reseller_invoice_counters (reseller_id, year, last) VALUES (:r, :y, 0) "
                        "ON CONFLICT (reseller_id, year) DO NOTHING"), params)
        row = db.scalar(select(ResellerInvoiceCounter).where(
            ResellerInvoiceCounter.reseller_id == reseller_id, ResellerInvoiceCounter.year == year)
            .with_for_update().execution_options(populate_existing=True))
    else:  # SQLite: BEGIN IMMEDIATE already serializes writers
        db.execute(text("INSERT OR IGNORE INTO reseller_invoice_counters (reseller_id, year, last) "
                        "VALUES (:r, :y, 0)"), params)
        row = db.get(ResellerInvoiceCounter, (reseller_id, year), populate_existing=True)
    assert row is not None
    reseller = db.get(Account, reseller_id)
    assert reseller is not None
    return Series(reseller_id, f"{reseller.user_id}-", year, row.last)


def store(db: Session, series: Series) -> None:
    if series.reseller_id is not None:
        row = db.get(ResellerInvoiceCounter, (series.reseller_id, series.year))
        assert row is not None
        row.last = series.last
