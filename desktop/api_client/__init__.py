"""The only HTTP code of the desktop client. Blocking calls: run them through desktop.tasks."""

from desktop.api_client.access import AccessApi
from desktop.api_client.client import ApiClient, new_idempotency_key, token_from_link
from desktop.api_client.connection import DEFAULT_PORT, ConnectionSettings, normalize_base_url
from desktop.api_client.errors import ApiError, FieldIssue
from desktop.api_client.payments import PaymentsApi
from desktop.api_client.reseller import ResellerApi, acting_me
from desktop.api_client.services import ServicesApi
from desktop.api_client.shop import ShopApi, tokenize_card
from desktop.api_client.types import AccountInfo, Address, Mail, Me, Registration, UserInfo

__all__ = [
    "AccessApi", "ServicesApi",
    "DEFAULT_PORT", "AccountInfo", "Address", "ApiClient", "ApiError", "ConnectionSettings",
    "FieldIssue", "Mail", "Me", "Registration", "UserInfo", "new_idempotency_key",
    "normalize_base_url", "token_from_link",
    "PaymentsApi", "ShopApi", "tokenize_card",
    "ResellerApi", "acting_me",
]
