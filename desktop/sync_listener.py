"""Listening to the local store's syncs: a page context carries the signal the store sends after
each sync (`extras["store_synced"]`), and a new context (sign-in, sign-out, acting for a customer)
may carry another one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class SyncListener:
    """`slot` connected to the sync signal of one context at a time."""

    def __init__(self, slot: Callable[[Any], None]) -> None:
        self.slot = slot
        self.signal: Any = None

    def follow(self, ctx: Any) -> None:
        """Leave the previous context's signal and connect to this one's (if it has one)."""
        if self.signal is not None:
            try:
                self.signal.disconnect(self.slot)
            except (RuntimeError, TypeError):  # gone with its sender, or never connected
                pass
        self.signal = ctx.extras.get("store_synced") if ctx is not None else None
        if self.signal is not None:
            self.signal.connect(self.slot)
