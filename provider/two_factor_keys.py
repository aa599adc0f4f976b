"""The keys of two-factor sign-in, derived from the provider's secret key (SWITCHBOARD_VOIP_KEY,
which every host already has and production refuses to start without): one Fernet key encrypts
the shared secrets at rest and seals the sign-in challenges, another keys the hash of the
recovery codes. HKDF with a purpose label each, so no derived key says anything of another or
of the VoIP passwords' key."""

from __future__ import annotations

import base64
import hashlib
import hmac
from functools import lru_cache

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from provider.settings import Settings
from provider.voip_cipher import key_text

SECRETS_PURPOSE = b"switchboard two-factor secrets"
CODES_PURPOSE = b"switchboard two-factor recovery codes"


@lru_cache(maxsize=8)
def _derive(root: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(root.encode())


def cipher(settings: Settings) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(_derive(key_text(settings), SECRETS_PURPOSE)))


def recovery_code_hash(settings: Settings, user_id: int, code: str) -> str:
    """A keyed hash (HMAC-SHA256) of a recovery code. The codes carry about 59 random bits, so
    a slow hash (argon2, ten per confirmation and one per use, each 64 MiB) would buy nothing
    against guessing, which the throttle stops anyway; the key means a copy of the database
    alone cannot be searched for them at all."""
    key = _derive(key_text(settings), CODES_PURPOSE)
    return hmac.new(key, f"{user_id}:{code}".encode(), hashlib.sha256).hexdigest()
