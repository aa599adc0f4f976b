"""The client's address, which throttling counts under: the peer, or what a trusted proxy says.

X-Forwarded-For is believed only from the proxies the settings name: from anyone else a client
could name any address and so escape its own counter or use up another's.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def networks(trusted: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(t.strip(), strict=False) for t in trusted if t.strip())


def _is_trusted(address: str, trusted: Iterable[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in trusted)


def from_trusted_proxy(peer: str | None, trusted: tuple[str, ...]) -> bool:
    """Whether the peer is one of the proxies the settings name (whose X-Forwarded-* we believe)."""
    return peer is not None and _is_trusted(peer, networks(trusted))


def client_address(peer: str | None, forwarded_for: list[str], trusted: tuple[str, ...]) -> str:
    """The client: walking X-Forwarded-For from the right (the entries our proxies appended),
    the first address not one of our proxies. A malformed entry ends the walk at the last good
    one, so a forged value cannot stand in for a real address."""
    current = peer or "unknown"
    nets = networks(trusted)
    if not nets or not _is_trusted(current, nets):
        return current
    entries = [e.strip() for header in forwarded_for for e in header.split(",") if e.strip()]
    for entry in reversed(entries):
        try:
            current = str(ipaddress.ip_address(entry))
        except ValueError:
            return current
        if not _is_trusted(current, nets):
            return current
    return current
