"""Release management's side of the update feed (desktop/updates.py): make the Ed25519 key pair,
and sign a release's metadata into the feed the provider serves at /releases/desktop.json.

    python packaging/sign_release.py new-key KEY.pem          # prints the public key for RELEASE_KEYS
    python packaging/sign_release.py sign KEY.pem --key-id release-2026 --version 0.2.0 \\
        --url https://downloads.example.ch/Switchboard-0.2.0-setup.exe --sha256 ... \\
        --notes-en "..." --notes-de "..." --days 90 > desktop.json

The private key never goes into the repository or onto the provider: the provider only serves
the signed file (SWITCHBOARD_RELEASE_FEED).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PRODUCT = "switchboard-desktop"


def public_key_b64(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def sign_feed(key: Ed25519PrivateKey, key_id: str, release: dict[str, object]) -> bytes:
    payload = json.dumps({"product": PRODUCT, **release}, sort_keys=True, ensure_ascii=False).encode()
    return json.dumps({"key_id": key_id, "payload": base64.b64encode(payload).decode(),
                       "signature": base64.b64encode(key.sign(payload)).decode()}, indent=2).encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sign_release")
    sub = parser.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new-key")
    new.add_argument("key", type=Path)
    sign = sub.add_parser("sign")
    sign.add_argument("key", type=Path)
    sign.add_argument("--key-id", required=True)
    sign.add_argument("--version", required=True)
    sign.add_argument("--url", required=True)
    sign.add_argument("--sha256", default="")
    sign.add_argument("--notes-en", default="")
    sign.add_argument("--notes-de", default="")
    sign.add_argument("--days", type=int, default=90, help="the feed expires after this many days")
    args = parser.parse_args(argv)
    if args.command == "new-key":
        key = Ed25519PrivateKey.generate()
        fd = os.open(args.key, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
        print(public_key_b64(key))
        return 0
    key = serialization.load_pem_private_key(args.key.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        print("sign_release: not an Ed25519 key", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    release = {"version": args.version, "url": args.url, "sha256": args.sha256,
               "released": now.date().isoformat(), "expires": (now + timedelta(days=args.days)).isoformat(),
               "notes": {k: v for k, v in (("en", args.notes_en), ("de", args.notes_de)) if v}}
    sys.stdout.buffer.write(sign_feed(key, args.key_id, release))
    return 0


if __name__ == "__main__":
    sys.exit(main())
