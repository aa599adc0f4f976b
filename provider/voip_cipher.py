"""The Fernet cipher that keeps VoIP passwords encrypted at rest (a SIP registrar needs them in
clear for digest authentication, so they cannot be hashed). Shared by the telephony service and
the migration that gives existing single accounts their line's VoIP account. Its key is also
the root of the two-factor keys (provider/two_factor_keys.py)."""

from __future__ import annotations

import os

from cryptography.fernet import Fernet

from provider.settings import Settings


def key_text(settings: Settings) -> str:
    """The configured key; in the sandbox one made once into data_dir. Production never makes
    one up: a key no other host has would be lost with the disk."""
    key = settings.voip_key.get_secret_value() if settings.voip_key else None
    if key is None:
        if not settings.sandbox:  # production never makes a key up (operations/production.py)
            raise RuntimeError("SWITCHBOARD_VOIP_KEY is not set; production needs it on every host")
        path = settings.data_dir / "voip.key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(Fernet.generate_key())
        key = path.read_text().strip()
    return key


def cipher(settings: Settings) -> Fernet:
    return Fernet(key_text(settings).encode())
