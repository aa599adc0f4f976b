"""The seller identity invoices are issued under: applied from the settings file (or, in the
sandbox, the sandbox's values) when a runtime starts, chosen for each new invoice, and served
with each invoice as it was at issue. The VAT rule asks it where the seller is registered."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from provider.db.models import Invoice, SellerBankAccount, SellerIdentity, SellerVatRegistration
from provider.domain import seller as seller_rules
from provider.domain.errors import RuleViolation
from provider.runtime import Runtime

# What this process was configured with, per engine: the authority for new invoices and for the
# VAT rule (asked on every /me and cart request, so it is not read from the database each time).
_configured: dict[int, tuple[seller_rules.SellerIdentity, str]] = {}
_last: list[seller_rules.SellerIdentity] = []  # the latest applied, for accounts outside a session


def apply_settings(rt: Runtime) -> SellerIdentity | None:
    """Make the configured identity the current one (a new row only when its content changed)."""
    settings = rt.settings
    if settings.seller_file is not None:
        with open(settings.seller_file, "rb") as f:
            data: dict[str, Any] = tomllib.load(f)
        source = "settings"
    elif settings.sandbox:
        data, source = seller_rules.SANDBOX, "sandbox"
    else:
        return None
    identity = seller_rules.parse(data)
    _configured[id(rt.engine)] = (identity, source)
    _last[:] = [identity]
    with rt.sessions() as db:
        row = store(db, identity, source, rt.clock.now(db))
        db.commit()
        return row


def store(db: Session, identity: seller_rules.SellerIdentity, source: str, now: Any,
          owner_account_id: int | None = None) -> SellerIdentity:
    """The identity as the newest of its owner (the provider when None): a new row only when the
    content differs from the newest one."""
    fingerprint = identity.fingerprint()
    newest = _newest(db, owner_account_id)
    if newest is not None and newest.fingerprint == fingerprint:
        return newest
    row = SellerIdentity(owner_account_id=owner_account_id, source=source, fingerprint=fingerprint,
                         name=identity.name, street=identity.street, postal_code=identity.postal_code,
                         city=identity.city, country=identity.country, email=identity.email,
                         website=identity.website, created_at=now)
    db.add(row)
    db.flush()
    db.add_all(SellerVatRegistration(seller_id=row.id, country=c, vat_id=n) for c, n in identity.vat.items())
    db.add_all(SellerBankAccount(seller_id=row.id, currency=a.currency, iban=a.iban, bic=a.bic,
                                 reference_type=a.reference_type) for a in identity.accounts)
    db.flush()
    db.refresh(row)
    return row


def _newest_query(owner_account_id: int | None = None) -> Select[tuple[SellerIdentity]]:
    owner = (SellerIdentity.owner_account_id.is_(None) if owner_account_id is None
             else SellerIdentity.owner_account_id == owner_account_id)
    return (select(SellerIdentity).where(owner, SellerIdentity.source != "legacy")
            .order_by(SellerIdentity.id.desc()).limit(1))


def _newest(db: Session, owner_account_id: int | None = None) -> SellerIdentity | None:
    return db.scalar(_newest_query(owner_account_id))


def current(db: Session) -> SellerIdentity:
    """The identity new invoices are issued under; a clear error when none is configured."""
    configured = _configured.get(id(db.get_bind()))
    if configured is not None:  # stored again if the database lost it (tests empty it)
        return store(db, configured[0], configured[1], datetime.now(UTC))
    row = _newest(db)
    if row is None:
        raise RuleViolation("seller.missing", "No seller identity is configured: set SWITCHBOARD_SELLER_FILE "
                            "to the seller's settings file (see docs/invoices.md).", 503)
    return row


def registrations_of_process() -> dict[str, str]:
    """The registrations this process applied last: for an account no longer in a session (a
    retried request's detached copy); empty when none was applied."""
    return _last[0].vat if _last else {}


def registrations(db: Session) -> dict[str, str]:
    """Where the current seller is VAT-registered: {country or EU: number}; empty when none."""
    configured = _configured.get(id(db.get_bind()))
    if configured is not None:
        return configured[0].vat
    # Only the newest identity's registrations, in one query: loading the identity took three
    # round trips (its row, then its registrations and bank accounts), on every /me.
    newest = _newest_query().with_only_columns(SellerIdentity.id).scalar_subquery()
    rows = db.execute(select(SellerVatRegistration.country, SellerVatRegistration.vat_id)
                      .where(SellerVatRegistration.seller_id == newest).order_by(SellerVatRegistration.id))
    return {country: vat_id for country, vat_id in rows}


def of_invoices(db: Session, invoices: list[Invoice]) -> dict[int, SellerIdentity]:
    """The identities the invoices were issued under, by id, read in one query."""
    ids = {i.seller_id for i in invoices if i.seller_id}
    if not ids:
        return {}
    return {row.id: row for row in db.scalars(select(SellerIdentity).where(SellerIdentity.id.in_(ids)))}


def all_ibans(db: Session) -> list[str]:
    """The IBANs of every identity the provider invoiced under, current one first."""
    rows = db.execute(select(SellerBankAccount.iban).join(SellerIdentity)
                      .where(SellerIdentity.owner_account_id.is_(None))
                      .order_by(SellerIdentity.id.desc(), SellerBankAccount.id))
    return list(dict.fromkeys(iban for (iban,) in rows))


def bank_account(identity: SellerIdentity, currency: str) -> SellerBankAccount:
    return next(a for a in identity.bank_accounts if a.currency == currency)


def party(invoice: Invoice, identity: SellerIdentity | None) -> dict[str, str | None] | None:
    """The seller as printed on this invoice: its address and the registration it is under."""
    if identity is None:
        return None
    return {"name": identity.name, "street": identity.street, "postal_code": identity.postal_code,
            "city": identity.city, "country": identity.country, "email": identity.email,
            "website": identity.website, "vat_id": invoice.seller_vat_id}
