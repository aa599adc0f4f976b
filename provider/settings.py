"""Provider settings, read from the environment (prefix SWITCHBOARD_)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_PORT = 8444


def default_data_dir() -> Path:
    return Path(user_data_dir("switchboard", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SWITCHBOARD_", extra="ignore")

    database_url: str | None = None
    data_dir: Path = default_data_dir()
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    sandbox: bool = False
    # Sandbox only: every answer waits this long (client tests of a slow provider).
    latency_ms: int = 0

    # Links in e-mails open the desktop client (it registers the switchboard: scheme);
    # a web front end would set its own base here.
    link_base: str = "switchboard://"

    # The desktop client's update feed: a file signed by release management
    # (packaging/sign_release.py), served as is at /releases/desktop.json. None: no feed (404).
    release_feed: Path | None = None

    # Sandbox only: a folder with a demo database built ahead (provider/sandbox_template.py; the
    # desktop client names the one `make run` or its bundle built). A first start copies it
    # instead of seeding a year of demo data; None, stale or unusable: seeded as before.
    sandbox_template: Path | None = None

    # Who issues the invoices: a TOML file with the seller's legal name, address, VAT numbers per
    # country and a bank account per currency (docs/invoices.md). Read at start; a changed file
    # makes a new seller identity for invoices issued from then on. The sandbox has its own.
    seller_file: Path | None = None

    smtp_host: str = "localhost"
    smtp_port: int = 25
    # How the connection to the relay is protected: "implicit" TLS from the first byte (port
    # 465), "starttls" (587, or 25 with SMTP_STARTTLS=true), or "plain" (a relay on loopback).
    # Unset: implicit on port 465, STARTTLS when SMTP_STARTTLS is set, plain otherwise.
    smtp_tls: Literal["plain", "starttls", "implicit"] | None = None
    smtp_starttls: bool = False
    # A CA bundle for the relay's certificate (a company CA); the system's store otherwise.
    smtp_ca_file: Path | None = None
    smtp_timeout_seconds: float = 20
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    mail_from: str = "Switchboard <no-reply@switchboard.invalid>"
    # A message that fails is tried again after 1, 2, 4, ... minutes (at most 6 hours apart)
    # and set aside after this many attempts; `switchboard-provider mail-queue` lists and
    # retries what was set aside.
    mail_max_attempts: int = 8
    mail_retry_seconds: int = 60

    # Fernet key (urlsafe base64, 32 bytes) encrypting VoIP passwords at rest; every API host
    # needs the same one. Unset: a key file in data_dir is made once (one host, the sandbox).
    voip_key: SecretStr | None = None
    sip_registrar_host: str = "sip.switchboard.example"
    sip_registrar_port: int = 5061

    # The card gateway: "sandbox" (the built-in test gateway; sandbox mode only, and its default)
    # or "stripe" (provider/payments/stripe_gateway.py). Production refuses to start without one.
    payment_gateway: Literal["sandbox", "stripe"] | None = None
    stripe_secret_key: SecretStr | None = None
    stripe_publishable_key: str | None = None
    stripe_webhook_secret: SecretStr | None = None
    # Another server speaking Stripe's API (the tests' localstripe); unset: Stripe itself.
    stripe_api_base: str | None = None
    stripe_js_url: str = "https://js.stripe.com/v3/"

    # The provider's SEPA creditor identifier (e.g. DE98ZZZ09999999999 is the published example):
    # without it no direct-debit file is written, and invoices due by SEPA wait.
    sepa_creditor_id: str | None = None

    access_token_minutes: int = 15
    refresh_token_days: int = 30
    # argon2id cost; tests lower it, production keeps the library's defaults.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    # argon2 hashes computed at once (unset: half the cores, at least one; docs/security.md),
    # how many more may wait in a worker for a slot and for how long; past that a sign-in is
    # answered 503 with Retry-After at once. The slots are the host's when `hash_slots_dir`
    # is set (`serve --workers` sets it for its workers), else each process's own.
    hash_slots: int | None = None
    hash_max_waiting: int = 2
    hash_wait_seconds: float = 0.1
    hash_slots_dir: Path | None = None
    # Nice value of the hashing threads (Linux): above the rest, so reads come first.
    hash_nice: int = 10

    # Throttling of password guesses (docs/security.md): a client address, an identity at one
    # address and an identity anywhere each get this many failures within the window before
    # each further try waits, 1 minute doubling up to the cap.
    throttle_window_minutes: int = 15
    throttle_identity_at_address: int = 5
    throttle_identity: int = 50
    throttle_address: int = 30
    throttle_first_delay_seconds: int = 60
    throttle_max_delay_minutes: int = 15
    # Registrations, reset requests and invitation acceptances per client address and window.
    throttle_address_requests: int = 10
    # Peers whose X-Forwarded-For is believed (addresses or networks, e.g. ["10.0.0.0/8"]):
    # the client is the last address in the header that is not one of them. Anyone else's
    # header is ignored, so a client cannot pick the address it is throttled under.
    trusted_proxies: list[str] = []
    # A registration from the public API is answered no sooner than this, whether the e-mail
    # address is new or has an account (its timing must not tell): above the slowest new
    # registration (argon2 plus a few inserts), below a client's patience.
    registration_answer_seconds: float = 0.5
    # The same for password-reset requests, whose matching path writes a token and a mail.
    reset_request_answer_seconds: float = 0.25

    # --- Operation (docs/operations.md) ---
    # Production on SQLite only when asked for (one host, no PostgreSQL): a forgotten
    # DATABASE_URL must not quietly start a second, empty provider.
    allow_sqlite: bool = False
    # Requests one worker process takes on at once; more are refused at once with 503 and
    # Retry-After, so that past capacity every client hears back within a second instead of
    # queueing without bound (provider/operations/shedding.py).
    max_in_flight: int = 32
    # ... and a request that waited longer than this for its turn is refused when its turn
    # comes, rather than started late: on a busy machine 32 reads take a second or more.
    max_queue_seconds: float = Field(default=0.25, gt=0)
    # Live account event streams one worker holds at once (apart from max_in_flight: a stream
    # waits, it does not work); past this, clients are refused and poll instead.
    max_event_streams: int = 2000
    retry_after_seconds: int = 1
    # /docs and /openapi.json: unset means only in the sandbox.
    api_docs: bool | None = None
    # /metrics on the API port answers only with this bearer token; `serve --metrics-port`
    # serves it on a port of its own instead (for a scraper on a private network).
    metrics_token: SecretStr | None = None
    metrics_port: int | None = None
    metrics_host: str = "127.0.0.1"
    # Logs: one JSON object per line (journald, a log shipper), or text for a terminal. The
    # access log (a line per request) is on unless in the sandbox.
    log_format: Literal["json", "text"] = "json"
    access_log: bool | None = None
    # TLS served by the provider itself (no proxy): PEM certificate chain and private key.
    tls_cert: Path | None = None
    tls_key: Path | None = None
    # /readyz: not ready while the oldest queued mail is older, or while no job run finished
    # for this long (0 turns a check off; the sandbox checks neither).
    ready_mail_age_seconds: int = 3600
    ready_job_lag_seconds: int = 1800

    def docs_enabled(self) -> bool:
        return self.sandbox if self.api_docs is None else self.api_docs

    def access_log_enabled(self) -> bool:
        return not self.sandbox if self.access_log is None else self.access_log

    def gateway_kind(self) -> str:
        """The configured card gateway; the sandbox's own one by default in sandbox mode."""
        return self.payment_gateway or ("sandbox" if self.sandbox else "")

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        path = self.data_dir / ("sandbox.sqlite3" if self.sandbox else "provider.sqlite3")
        return f"sqlite:///{path}"

    def hashing_slots(self) -> int:
        # Half the cores: a flood of sign-ins takes at most half the host, reads keep the rest.
        return self.hash_slots or max(1, (os.cpu_count() or 1) // 2)

    def smtp_tls_mode(self) -> Literal["plain", "starttls", "implicit"]:
        if self.smtp_tls is not None:
            return self.smtp_tls
        if self.smtp_port == 465:
            return "implicit"
        return "starttls" if self.smtp_starttls else "plain"
