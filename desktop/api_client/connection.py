"""Where and how the client reaches a provider: URL, CA bundle, proxy, timeouts."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

DEFAULT_PORT = 8444


def normalize_base_url(url: str) -> str:
    """`host`, `host:port` or a full URL -> `scheme://host:port` without a trailing slash.

    A provider listens on 8444 unless told otherwise, so a URL without a port means 8444
    (the diagnostics must test the same port the client then uses).
    """
    text = url.strip()
    if not text:
        raise ValueError("The provider address is empty.")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("The provider address must look like https://host:8444.")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError("The port in the provider address is not a number from 1 to 65535.") from exc
    host = parts.hostname
    shown = f"[{host}]" if ":" in host else host
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme, f"{shown}:{port or DEFAULT_PORT}", path, "", ""))


def redact_proxy(proxy: str) -> str:
    """A proxy URL fit for display and logs: any user name or password removed."""
    parts = urlsplit(proxy if "://" in proxy else "http://" + proxy)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


@dataclass(frozen=True)
class ConnectionSettings:
    base_url: str
    ca_bundle: str | None = None
    # A proxy URL may carry credentials; keep it out of repr() (and so out of logs).
    proxy: str | None = field(default=None, repr=False)
    connect_timeout: float = 5
    read_timeout: float = 30
    # Extra attempts for idempotent requests after a connection failure or a 502/503/504 (or a
    # 429), each after the answer's Retry-After when it gives one.
    retries: int = 2
    backoff_seconds: float = 0.25
    # The longest Retry-After waited for; a provider asking for longer gets its answer shown at
    # once ("the provider is busy") rather than a client that seems to hang.
    max_retry_wait: float = 5

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", normalize_base_url(self.base_url))
        object.__setattr__(self, "ca_bundle", self.ca_bundle or None)
        object.__setattr__(self, "proxy", (self.proxy or "").strip() or None)

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    @property
    def port(self) -> int:
        return urlsplit(self.base_url).port or DEFAULT_PORT

    @property
    def uses_tls(self) -> bool:
        return self.base_url.startswith("https://")
