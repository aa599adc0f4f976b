"""Resuming a remembered session: the refresh token kept in the keyring, traded for new tokens
and /me. Shared by the session (desktop/session.py) and the start-up's child process
(desktop/resume_child.py), which must decide alike; neither Qt nor a window here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.api_client.errors import ApiError

if TYPE_CHECKING:
    from desktop.api_client.client import ApiClient
    from desktop.api_client.types import Handover
    from desktop.secrets import SecretStore


def resume_remembered(client: ApiClient, secrets: SecretStore, profile_name: str, remember: bool,
                      *, keeping: Callable[[], None] = lambda: None) -> Handover | None:
    """The remembered session of `profile_name`, or None when there is none: not remembered, no
    keyring, no token kept, or a token the provider refused (then it is forgotten). `keeping` is
    called once a token is found, before it is spent: from then on the rotated token must be kept.
    Raises ApiError when the provider could not say (unreachable, busy)."""
    if not remember or not secrets.available()[0]:
        return None
    token = secrets.load_refresh_token(profile_name)
    if not token:
        return None
    keeping()
    try:
        return client.handover(token)
    except ApiError as err:
        if err.kind == "problem" and err.status in (400, 401):
            secrets.delete_refresh_token(profile_name)
            return None
        raise
