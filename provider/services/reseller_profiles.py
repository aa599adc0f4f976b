"""A reseller's legal identity (name, address, VAT registrations, a bank account per currency),
logo and accent colour, set by the provider's staff (docs/resellers.md). Each setter checks all
of its input before it changes anything: a refused request leaves the profile as it was."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, ResellerProfile, SellerIdentity
from provider.domain import branding
from provider.domain import seller as seller_rules
from provider.domain.errors import NotFound
from provider.runtime import Runtime
from provider.services import resellers, sellers


@dataclass(frozen=True)
class Brand:
    """What a reseller's customers' client shows: the reseller's name, logo and accent colour."""

    reseller_id: int
    name: str
    accent_color: str | None
    logo_media_type: str | None
    logo_digest: str | None


def reseller(db: Session, reseller_id: int) -> Account:
    """The reseller account; 404 for any other id (an ordinary account is no reseller)."""
    account = db.get(Account, reseller_id)
    if account is None or not account.is_reseller:
        raise NotFound("reseller")
    return account


def _profile(db: Session, rt: Runtime, account: Account) -> ResellerProfile:
    row = db.get(ResellerProfile, account.id)
    if row is None:
        row = ResellerProfile(account_id=account.id, updated_at=rt.clock.now(db))
        db.add(row)
    return row


def parse_identity(account_currency: str, data: dict[str, Any]) -> seller_rules.SellerIdentity:
    """The identity from its fields; it needs a bank account in the currency the reseller's
    customers in its own country are billed in (its account's currency)."""
    return seller_rules.parse(data, required=(account_currency,))


def set_identity(db: Session, rt: Runtime, account: Account,
                 identity: seller_rules.SellerIdentity) -> SellerIdentity:
    """Make `identity` the one the reseller's customers' new invoices are issued under. The same
    content as an earlier identity of this reseller finds that row again."""
    resellers.require_reseller(account)
    now = rt.clock.now(db)
    row = db.scalar(select(SellerIdentity).where(SellerIdentity.owner_account_id == account.id,
                                                 SellerIdentity.fingerprint == identity.fingerprint()))
    if row is None:
        row = sellers.store(db, identity, "reseller", now, owner_account_id=account.id)
    profile = _profile(db, rt, account)
    profile.seller_id, profile.updated_at = row.id, now
    db.commit()
    return row


def identity(db: Session, account: Account) -> SellerIdentity | None:
    """The reseller's current identity; None until the provider's staff set one."""
    profile = db.get(ResellerProfile, account.id)
    if profile is None or profile.seller_id is None:
        return None
    return db.get(SellerIdentity, profile.seller_id)


def set_logo(db: Session, rt: Runtime, account: Account, data: bytes, media_type: str) -> ResellerProfile:
    resellers.require_reseller(account)
    logo = branding.check_logo(data, media_type)
    profile = _profile(db, rt, account)
    profile.logo, profile.logo_media_type = logo.data, logo.media_type
    profile.logo_digest = hashlib.sha256(logo.data).hexdigest()
    profile.updated_at = rt.clock.now(db)
    db.commit()
    return profile


def set_accent(db: Session, rt: Runtime, account: Account, colour: str) -> ResellerProfile:
    resellers.require_reseller(account)
    checked = branding.check_accent(colour)
    profile = _profile(db, rt, account)
    profile.accent_color, profile.updated_at = checked, rt.clock.now(db)
    db.commit()
    return profile


def profile(db: Session, account: Account) -> ResellerProfile | None:
    return db.get(ResellerProfile, account.id)


def logo_of(db: Session, account: Account) -> tuple[bytes, str] | None:
    """The logo of the account's reseller (its bytes and media type), if it has one."""
    if account.reseller_id is None:
        return None
    profile = db.get(ResellerProfile, account.reseller_id)
    if profile is None or profile.logo is None or profile.logo_media_type is None:
        return None
    return profile.logo, profile.logo_media_type


def brand_of(db: Session, account: Account) -> Brand | None:
    """The brand a customer's client shows: its reseller's, when the reseller has an identity;
    None for the provider's own customers (and a reseller's customers until it has one)."""
    if account.reseller_id is None:
        return None
    profile = db.get(ResellerProfile, account.reseller_id)
    if profile is None or profile.seller_id is None:
        return None
    # Its name only: the whole identity took three round trips (with its VAT registrations and
    # bank accounts), on every /me of a reseller's customer.
    name = db.scalar(select(SellerIdentity.name).where(SellerIdentity.id == profile.seller_id))
    assert name is not None
    return Brand(reseller_id=account.reseller_id, name=name, accent_color=profile.accent_color,
                 logo_media_type=profile.logo_media_type, logo_digest=profile.logo_digest)


@dataclass(frozen=True)
class NewReseller:
    """Everything `switchboard-provider create-reseller` reads from its file."""

    email: str
    owner_name: str
    language: str
    password: str
    identity: dict[str, Any]
    logo: tuple[bytes, str] | None = None  # the file's bytes and media type
    accent_color: str | None = None


def create(db: Session, rt: Runtime, new: NewReseller) -> Account:
    """A reseller account with its owner, identity, logo and colour. Identity, logo and colour are
    checked before the account is made, so a refused file creates nothing."""
    from provider.domain.tax import currency_for
    from provider.services import accounts

    country = str(new.identity.get("country") or "")
    parsed = parse_identity(currency_for(country) if country else "CHF", new.identity)
    logo = branding.check_logo(*new.logo) if new.logo else None
    accent = branding.check_accent(new.accent_color) if new.accent_color is not None else None
    address = accounts.AddressInput(name=new.owner_name, street=parsed.street, postal_code=parsed.postal_code,
                                    city=parsed.city, country=parsed.country, company=parsed.name)
    account = resellers.create_reseller(db, rt, accounts.Registration(
        kind="business", structure="collective", email=new.email, password=new.password,
        name=new.owner_name, country=parsed.country, language=new.language, address=address,
        company_name=parsed.name, vat_number=parsed.vat[parsed.country]))
    set_identity(db, rt, account, parsed)
    if logo is not None:
        set_logo(db, rt, account, logo.data, logo.media_type)
    if accent is not None:
        set_accent(db, rt, account, accent)
    return account
