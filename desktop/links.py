"""`switchboard://` links from the provider's e-mails (password reset, invitation), and what a
second launch hands to the running app.

The mails say `switchboard://reset-password?token=…` and `switchboard://accept-invitation?token=…`;
`reset` and `invitation` are accepted as the short names a person might type. Anything else
is not a link the app opens: the running instance ignores it rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

SCHEME = "switchboard"
ACTIONS = {"reset-password": "reset-password", "reset": "reset-password",
           "accept-invitation": "accept-invitation", "invitation": "accept-invitation"}
MAX_LINK_LENGTH = 2048  # a token is 43 characters; nothing longer is a link of ours


@dataclass(frozen=True)
class AppLink:
    action: str  # "reset-password" or "accept-invitation"
    token: str

    def canonical(self) -> str:
        """The link as the mails write it (what the dialogs show and the provider reads)."""
        return f"{SCHEME}://{self.action}?token={self.token}"


def parse_link(text: str) -> AppLink | None:
    """The app link in `text`, or None when it is not one (wrong scheme, action or no token)."""
    text = text.strip()
    if not text or len(text) > MAX_LINK_LENGTH or any(ord(c) < 32 for c in text):
        return None
    parts = urlsplit(text)
    if parts.scheme.lower() != SCHEME:
        return None
    # switchboard://reset-password?token=x puts the action in the host; switchboard:reset?token=x
    # (what some mail programs leave of it) in the path.
    action = ACTIONS.get((parts.netloc or parts.path.strip("/")).lower())
    tokens = parse_qs(parts.query).get("token", [])
    token = tokens[0].strip() if tokens else ""
    if action is None or not token or not all(c.isalnum() or c in "-_" for c in token):
        return None
    return AppLink(action, token)
