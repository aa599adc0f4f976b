"""Every table, importable from one place (Alembic's env and the services use this)."""

from provider.db.models.accounts import Account, AccountService, BillingAddress, User
from provider.db.models.auth import AuthSession, Invitation, LoginFailure, PasswordResetToken
from provider.db.models.ledger import LedgerEntry
from provider.db.models.mail import OutboxMail
from provider.db.models.sandbox import SandboxState

__all__ = [
    "Account",
    "AccountService",
    "AuthSession",
    "BillingAddress",
    "Invitation",
    "LedgerEntry",
    "LoginFailure",
    "OutboxMail",
    "PasswordResetToken",
    "SandboxState",
    "User",
]
