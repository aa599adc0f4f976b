"""The only HTTP code of the desktop client. Blocking calls: run them through desktop.tasks.

The core (client, errors, connection, session types) loads at once; each area's wrappers load
on first use, so that resuming a session at startup does not pay for the types of every page.
"""

from __future__ import annotations

import importlib
from typing import Any

from desktop.api_client.client import ApiClient
from desktop.api_client.connection import DEFAULT_PORT, ConnectionSettings, normalize_base_url
from desktop.api_client.errors import ApiError, FieldIssue
from desktop.api_client.identifiers import new_idempotency_key, token_from_link
from desktop.api_client.types import AccountInfo, Address, Mail, Me, ProviderAbout, Registration, UserInfo

_AREAS = {
    "AccessApi": "access", "AccountApi": "account", "AutomaticPaymentsApi": "automatic_payments",
    "DashboardApi": "dashboard", "InvoicesApi": "invoices", "NumbersApi": "numbers", "OrdersApi": "orders",
    "PaymentsApi": "payments", "ResellerApi": "reseller", "acting_me": "reseller", "ShopApi": "shop",
    "SubscriptionApi": "subscription", "tokenize_card": "payments",
}

__all__ = [
    "DEFAULT_PORT", "AccountInfo", "Address", "ApiClient", "ApiError", "ConnectionSettings",
    "FieldIssue", "Mail", "Me", "ProviderAbout", "Registration", "UserInfo", "new_idempotency_key",
    "normalize_base_url", "token_from_link", *_AREAS,
]


def __getattr__(name: str) -> Any:
    if name in _AREAS:
        return getattr(importlib.import_module(f"desktop.api_client.{_AREAS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
