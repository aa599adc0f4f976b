"""What production refuses to start without. The sandbox may run on SQLite and make up its own
keys; a provider that takes real money must be told its database and its secrets, or it would
quietly start a second, empty provider beside the real one, or encrypt with a key that no other
host has and that is lost with the disk."""

from __future__ import annotations

from provider.payments.registry import gateway_problem
from provider.settings import Settings

# Secrets every host must be given, each the same on all hosts (docs/operations.md).
REQUIRED_SECRETS = {
    "voip_key": "the Fernet key that encrypts VoIP passwords (docs/operations.md says how to make one)",
}


def refusals(settings: Settings) -> list[str]:
    """Why this configuration must not serve production, one sentence per setting; empty when
    it may (and always in the sandbox)."""
    if settings.sandbox:
        return []
    found = []
    url = settings.database_url
    if not url:
        found.append("SWITCHBOARD_DATABASE_URL (or --db) is not set: production runs on PostgreSQL. "
                     "For one host on SQLite set SWITCHBOARD_ALLOW_SQLITE=true with a SQLite URL.")
    elif url.startswith("sqlite") and not settings.allow_sqlite:
        found.append("SWITCHBOARD_DATABASE_URL is SQLite: production runs on PostgreSQL. For one host "
                     "on SQLite say so with SWITCHBOARD_ALLOW_SQLITE=true (or --allow-sqlite).")
    for name, what in REQUIRED_SECRETS.items():
        if getattr(settings, name) is None:
            found.append(f"SWITCHBOARD_{name.upper()} is not set: {what}. Production never makes one up.")
    if (settings.tls_cert is None) != (settings.tls_key is None):
        found.append("TLS needs both SWITCHBOARD_TLS_CERT and SWITCHBOARD_TLS_KEY (--tls-cert, --tls-key).")
    for path in (settings.tls_cert, settings.tls_key):
        if path is not None and not path.is_file():
            found.append(f"The TLS file {path} does not exist.")
    gateway = gateway_problem(settings)  # never the sandbox's test cards, never none
    if gateway:
        found.append(gateway)
    return found


def check(settings: Settings) -> None:
    """Exits with every refusal named, before anything is started."""
    found = refusals(settings)
    if found:
        raise SystemExit("switchboard-provider: not starting; production needs:\n"
                         + "\n".join(f"  - {line}" for line in found))
