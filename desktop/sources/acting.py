"""The sources of the customer a reseller's staff acts for.

While acting, every page reads the customer's account from the provider (the profile's local
store holds the reseller's own invoices and must not mix in a customer's); the dashboard gets a
scratch store for the customer (desktop/store/scratch.py), kept while acting for that customer and
given up when acting ends or turns to another one. Nothing touches the disk here: the scratch
store is created empty, and a scratch store given up is handed back as its `discard`, which
blocks (disk) and belongs in an Op. Light to import: the main window holds a slot from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.sources import Sources
    from desktop.store.scratch import ScratchStore


class CustomerSlot:
    def __init__(self) -> None:
        self.scratch: ScratchStore | None = None

    def release(self, customer_id: int | None) -> Callable[[], None] | None:
        """Give up the scratch store unless it is `customer_id`'s (None: acting for nobody);
        returns the given-up store's `discard` (blocking), or None."""
        old = self.scratch
        if old is None or old.account_id == customer_id:
            return None
        self.scratch = None
        return old.discard

    def sources(self, own: Sources, customer: Any) -> Sources:
        """The customer's sources, with its scratch store (made at the first call, empty)."""
        if self.scratch is None or self.scratch.account_id != customer.id:
            from desktop.store.scratch import ScratchStore

            self.scratch = ScratchStore(customer.id)
        return own.for_customer(customer, self.scratch)
