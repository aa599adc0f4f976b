"""Seller identities: who issues invoices. A row never changes once written (a new address or
bank is a new row), so every invoice keeps the identity it was issued under (invoices.seller_id).
`owner_account_id` is empty for the provider's own identity; the column leaves room for an
account (a reseller) to issue under an identity of its own later."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from provider.db.base import Base, UTCDateTime


class SellerIdentity(Base):
    __tablename__ = "seller_identities"
    __table_args__ = (
        UniqueConstraint("owner_account_id", "fingerprint", name="uq_seller_identities_content"),
        Index("ix_seller_identities_owner", "owner_account_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    # settings: from SWITCHBOARD_SELLER_FILE; sandbox: the sandbox's values; legacy: what invoices
    # issued before identities existed were issued with (never chosen for new invoices).
    source: Mapped[str] = mapped_column(String(16))
    fingerprint: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(70))
    street: Mapped[str] = mapped_column(String(70))
    postal_code: Mapped[str] = mapped_column(String(16))
    city: Mapped[str] = mapped_column(String(70))
    country: Mapped[str] = mapped_column(String(2))
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    registrations: Mapped[list[SellerVatRegistration]] = relationship(
        lazy="selectin", order_by="SellerVatRegistration.id"
    )
    bank_accounts: Mapped[list[SellerBankAccount]] = relationship(
        lazy="selectin", order_by="SellerBankAccount.id"
    )


class SellerVatRegistration(Base):
    """A VAT number of the identity, by the country that issued it (EU: the non-Union OSS)."""

    __tablename__ = "seller_vat_registrations"
    __table_args__ = (UniqueConstraint("seller_id", "country", name="uq_seller_vat_country"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("seller_identities.id"))
    country: Mapped[str] = mapped_column(String(2))
    vat_id: Mapped[str] = mapped_column(String(32))


class SellerBankAccount(Base):
    """Where customers pay invoices in one currency: an IBAN (QR-IBAN for QR references)."""

    __tablename__ = "seller_bank_accounts"
    __table_args__ = (UniqueConstraint("seller_id", "currency", name="uq_seller_bank_currency"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("seller_identities.id"))
    currency: Mapped[str] = mapped_column(String(3))
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    reference_type: Mapped[str] = mapped_column(String(4))  # QRR | SCOR


class ResellerProfile(Base):
    """A reseller's current identity (the one its customers' new invoices are issued under), its
    logo and its accent colour (docs/resellers.md). The identity rows themselves never change;
    pointing at one lets a reseller go back to an earlier identity without a second copy of it.
    The brand is not kept per invoice: the client draws an invoice with the identity the invoice
    carries and the brand as it is now."""

    __tablename__ = "reseller_profiles"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    seller_id: Mapped[int | None] = mapped_column(ForeignKey("seller_identities.id"))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_media_type: Mapped[str | None] = mapped_column(String(32))
    logo_digest: Mapped[str | None] = mapped_column(String(64))  # names the logo's version for caches
    accent_color: Mapped[str | None] = mapped_column(String(7))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
