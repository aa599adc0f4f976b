"""Roles and what each may do (docs/product-rules.md#roles). The single source of access rights:
the API enforces it in one dependency, and /me hands it to the client to hide what a role may
not do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    BILLING = "billing"
    TECHNICAL = "technical"
    VIEWER = "viewer"
    # The provider's own staff (services/staff.py): the back office and nothing of a customer's.
    OPERATOR = "operator"


class Perm(StrEnum):
    # Reading: every role.
    ACCOUNT_READ = "account.read"
    USERS_READ = "users.read"
    BILLING_READ = "billing.read"          # orders, invoices, payments, balance, cards
    TECHNICAL_READ = "technical.read"      # numbers, porting, VoIP accounts (no secrets)
    SUBSCRIPTIONS_READ = "subscriptions.read"
    # Changing.
    ACCOUNT_MANAGE = "account.manage"      # profile
    ACCOUNT_CLOSE = "account.close"
    OWNERSHIP_TRANSFER = "account.transfer_ownership"
    TWO_FACTOR_REQUIRE = "account.require_two_factor"  # of every user of the account
    USERS_MANAGE = "users.manage"          # invite, change role, remove
    ADDRESSES_MANAGE = "addresses.manage"  # billing addresses
    SHOP = "billing.shop"                  # cart, checkout, pay orders
    PAYMENTS_MANAGE = "billing.payments"   # cards, automatic payments, mandates, invoices
    TECHNICAL_MANAGE = "technical.manage"  # numbers, porting, VoIP passwords
    SUBSCRIPTIONS_MANAGE = "subscriptions.manage"
    RESELLER = "reseller.customers"        # list, create and act for customer accounts
    # The provider's staff only: bank files, call records, credit notes, porting, resellers,
    # refunds (api/operator_routes.py).
    OPERATE = "operator.back_office"


READ = {Perm.ACCOUNT_READ, Perm.USERS_READ, Perm.BILLING_READ, Perm.TECHNICAL_READ,
        Perm.SUBSCRIPTIONS_READ}
BILLING = {Perm.ADDRESSES_MANAGE, Perm.SHOP, Perm.PAYMENTS_MANAGE, Perm.SUBSCRIPTIONS_MANAGE}
TECHNICAL = {Perm.TECHNICAL_MANAGE}
OWNER_ONLY = {Perm.ACCOUNT_CLOSE, Perm.OWNERSHIP_TRANSFER, Perm.TWO_FACTOR_REQUIRE}
STAFF_ONLY = {Perm.OPERATE}
CUSTOMER = set(Perm) - STAFF_ONLY

ROLE_PERMISSIONS: dict[Role, frozenset[Perm]] = {
    Role.OWNER: frozenset(CUSTOMER),
    Role.ADMIN: frozenset(CUSTOMER - OWNER_ONLY),
    Role.BILLING: frozenset(READ | BILLING),
    Role.TECHNICAL: frozenset(READ | TECHNICAL),
    Role.VIEWER: frozenset(READ),
    Role.OPERATOR: frozenset(STAFF_ONLY),
}

# Roles an owner or admin may give through "change role" or an invitation. Ownership moves only
# by a hand-over from the owner.
ASSIGNABLE_ROLES = (Role.ADMIN, Role.BILLING, Role.TECHNICAL, Role.VIEWER)


def allows(role: Role | str, perm: Perm) -> bool:
    return perm in ROLE_PERMISSIONS[Role(role)]
