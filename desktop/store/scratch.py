"""A throw-away LocalStore for an account that is not the profile's own: a reseller's staff acting
for a customer. The profile's store holds the reseller's own invoices and must not mix in a
customer's, so the customer's go into a private temporary folder (0700, the file 0600), filled by
the same sync, and are deleted by `discard()` when the staff goes back, signs out or closes the
app. Should the app end without discarding, an exit hook deletes what is left.

Nothing touches the disk until `fill()`; `fill()` and `discard()` block (network, disk): run them
through desktop.tasks.Op."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from desktop.store.cache import LocalStore
from desktop.store.sync import SyncCancelled, sync

PREFIX = "switchboard-acting-"
_open: set[ScratchStore] = set()
_open_lock = threading.Lock()


class ScratchStore:
    def __init__(self, account_id: int) -> None:
        self.account_id = int(account_id)
        self.folder: Path | None = None
        self._store: LocalStore | None = None
        self._lock = threading.Lock()  # fill() may run on several workers at once; discard() on another
        self._discarded = threading.Event()

    @property
    def discarded(self) -> bool:
        return self._discarded.is_set()

    @property
    def path(self) -> Path | None:
        return self._store.path if self._store is not None else None

    def fill(self, client: Any) -> LocalStore:
        """Bring the account's invoices and calls into the scratch file (created at the first
        fill; later fills ask the change feed only for what is new) and return its store."""
        from desktop.api_client.invoices import InvoicesApi

        with self._lock:
            if self._discarded.is_set():
                raise SyncCancelled()
            if self._store is None:
                self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))  # 0700 by mkdtemp
                self._store = LocalStore(self.folder / "store.sqlite3")
                self._store.bind_account(self.account_id)
                with _open_lock:
                    _open.add(self)
            store = self._store
        sync(InvoicesApi(client, self.account_id), store, cancelled=self._discarded.is_set)
        return store

    def discard(self) -> None:
        """Stop a fill still running (between requests), close and delete the file."""
        self._discarded.set()
        with self._lock:
            store, folder = self._store, self.folder
            self._store = None
        if store is not None:
            store.close()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                with _open_lock:
                    _open.discard(self)


@atexit.register
def _discard_all() -> None:
    with _open_lock:
        left = list(_open)
    for scratch in left:
        scratch.discard()
