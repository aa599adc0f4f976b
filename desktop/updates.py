"""The update check: signed release metadata from the provider, verified before anything is
shown. Nothing is ever installed: a newer release is described and its download page opened.

The feed is `{"key_id": ..., "payload": <base64 JSON>, "signature": <base64 Ed25519>}`. The
signature covers the payload's bytes exactly (no re-serialising to get wrong); the public keys
ship in the app (RELEASE_KEYS), the private half stays with release management
(packaging/sign_release.py). A feed is refused when it is unsigned, tampered with, signed by a
key the app does not know, for another product, past its `expires`, or older than a feed already
accepted (a replayed feed must not make the app forget a newer release). A release that is not
newer than the running version is no update: never a downgrade.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from packaging.version import InvalidVersion, Version

PRODUCT = "switchboard-desktop"
FEED_PATH = "/releases/desktop.json"
CHECK_EVERY = timedelta(days=1)
# key id -> raw Ed25519 public key (base64). Release management's key; a new one is added here
# (the old kept until no release signed with it is current) to rotate.
RELEASE_KEYS: dict[str, str] = {
    "release-2026": "rnfl6Rx/Cp5XYPplpW4jVwTWcziSCzULvCGHqf0J9dY=",
}


class UpdateRefused(Exception):
    """The feed is not to be trusted; `reason` says why (for the log and the dialog)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Release:
    version: str
    url: str
    released: str = ""
    sha256: str = ""
    notes: dict[str, str] = field(default_factory=dict)

    def notes_in(self, lang: str) -> str:
        return self.notes.get(lang) or self.notes.get("en") or ""


@dataclass(frozen=True)
class Verdict:
    release: Release
    newer: bool  # newer than the running app: offer it


def _b64(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise UpdateRefused(f"the feed has no {what}")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise UpdateRefused(f"the feed's {what} is not base64") from exc


def _version(text: Any) -> Version:
    try:
        return Version(str(text))
    except InvalidVersion as exc:
        raise UpdateRefused(f"the feed's version {text!r} is not a version") from exc


def verify_feed(document: bytes, *, current: str, keys: dict[str, str] | None = None,
                highest_seen: str | None = None, now: datetime | None = None) -> Verdict:
    """The release in a signed feed, or UpdateRefused."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    keys = RELEASE_KEYS if keys is None else keys
    try:
        outer = json.loads(document)
    except (ValueError, UnicodeDecodeError) as exc:
        raise UpdateRefused("the feed is not JSON") from exc
    if not isinstance(outer, dict):
        raise UpdateRefused("the feed is not a signed document")
    key = keys.get(str(outer.get("key_id")))
    if key is None:
        raise UpdateRefused("the feed is signed with a key this app does not know")
    payload, signature = _b64(outer.get("payload"), "payload"), _b64(outer.get("signature"), "signature")
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(key)).verify(signature, payload)
    except (InvalidSignature, ValueError) as exc:
        raise UpdateRefused("the feed's signature does not match: it was changed or not signed "
                            "by the release key") from exc
    try:
        data = json.loads(payload)
    except ValueError as exc:
        raise UpdateRefused("the signed payload is not JSON") from exc
    if not isinstance(data, dict) or data.get("product") != PRODUCT:
        raise UpdateRefused("the feed is for another product")
    expires = data.get("expires")
    try:
        until = datetime.fromisoformat(str(expires))
    except ValueError as exc:
        raise UpdateRefused("the feed has no valid expiry") from exc
    if until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    if (now or datetime.now(UTC)) > until:
        raise UpdateRefused("the feed has expired: an old copy may be replayed")
    version = _version(data.get("version"))
    if highest_seen and version < _version(highest_seen):
        raise UpdateRefused(f"the feed names {version}, older than {highest_seen} seen before: "
                            "a replayed feed")
    url = str(data.get("url") or "")
    if not url.startswith("https://"):
        raise UpdateRefused("the download address is not https")
    notes = data.get("notes") if isinstance(data.get("notes"), dict) else {}
    release = Release(str(version), url, str(data.get("released") or ""), str(data.get("sha256") or ""),
                      {str(k): str(v) for k, v in notes.items()})
    return Verdict(release, version > _version(current))


def due(last_check: str | None, now: datetime | None = None) -> bool:
    """At most one automatic check a day."""
    if not last_check:
        return True
    try:
        last = datetime.fromisoformat(last_check)
    except ValueError:
        return True
    return (now or datetime.now(UTC)) - last >= CHECK_EVERY


def fetch_feed(base_url: str, ca_bundle: str | None = None, proxy: str | None = None,
               timeout: float = 10.0) -> bytes:
    """The provider's feed (blocking: run it in an Op), verified like every other request."""
    from desktop.api_client.trust import plain_session

    session = plain_session(ca_bundle, proxy, base_url)
    try:
        response = session.get(base_url.rstrip("/") + FEED_PATH, timeout=timeout)
        if response.status_code == 404:
            raise UpdateRefused("this provider publishes no release feed")
        response.raise_for_status()
        if len(response.content) > 64 * 1024:
            raise UpdateRefused("the feed is too large")
        return response.content
    finally:
        session.close()
