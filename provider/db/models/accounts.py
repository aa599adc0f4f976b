"""Accounts, their users, billing addresses and services."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from provider.db.base import Base, UTCDateTime
from provider.domain.name_order import KEY_LENGTH, account_name_key

# Byte order on PostgreSQL whatever the database's collation, as SQLite's binary order: the
# key is already folded, so comparing code points is the dictionary order.
NAME_KEY = String(KEY_LENGTH).with_variant(String(KEY_LENGTH, collation="C"), "postgresql")


class Account(Base):
    __tablename__ = "accounts"
    # Serves the reseller's customer list sorted by name, keyset pages in either direction.
    __table_args__ = (Index("ix_accounts_reseller_name_key", "reseller_id", "name_key", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(16), unique=True)  # login user ID
    kind: Mapped[str] = mapped_column(String(16))  # private | business
    structure: Mapped[str] = mapped_column(String(16))  # single | collective
    name: Mapped[str] = mapped_column(String(200))  # contact or company display name
    company_name: Mapped[str | None] = mapped_column(String(200))
    vat_number: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(2), default="en")
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | closed
    is_reseller: Mapped[bool] = mapped_column(Boolean, default=False)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The owner requires two-factor sign-in of every user (services/two_factor.py).
    require_two_factor: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # account_name_key(name, company_name), set by _keep_name_key below. Only ORM attribute
    # writes reach it: a Core insert or update of accounts must set it itself (NOT NULL makes a
    # forgotten insert fail rather than sort wrongly).
    name_key: Mapped[str] = mapped_column(NAME_KEY)

    users: Mapped[list[User]] = relationship(back_populates="account", order_by="User.id")

    @validates("name", "company_name")
    def _keep_name_key(self, field: str, value: str | None) -> str | None:
        """The one place the sort key follows the names: every creation and rename of an
        account through the ORM sets one of them."""
        name = value if field == "name" else self.name
        company = value if field == "company_name" else self.company_name
        self.name_key = account_name_key(name or "", company)
        return value


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored case-folded
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    account: Mapped[Account] = relationship(back_populates="users")


class BillingAddress(Base):
    __tablename__ = "billing_addresses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(16))
    city: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AccountService(Base):
    """A service an account has: every account starts with a SIP Trunk."""

    __tablename__ = "account_services"
    __table_args__ = (Index("ix_account_services_account", "account_id", "product"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    product: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="active")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
