"""Working from the local store: open it for the signed-in profile and keep it synced, and when
the provider cannot be reached, open on the cached account with an "Offline since ..." banner and
keep trying to reconnect (backoff, plus "Retry now") until it answers; then sync, no restart.

The embedded sandbox gets a store too (the dashboard, the invoices and the notifications read it),
but a scratch one (desktop/store/scratch.py): a practice provider's invoices never go into a real
profile's store, and its ids mean nothing to the next sandbox run, so the store lives in a private
temporary folder for this run and the signed-in demo account only, and is deleted at the end.

Disk and network work run in Ops; this object lives on the UI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.tasks import Op

log = logging.getLogger(__name__)
UNREACHABLE = frozenset({"connection", "timeout", "proxy"})
BACKOFF_SECONDS = (5, 10, 30, 60, 120, 300)


def unreachable(err: BaseException) -> bool:
    """The provider did not answer at all (not: it answered with an error)."""
    return getattr(err, "kind", None) in UNREACHABLE


def _open_store(profile_name: str, account_id: int | None, me_json: dict[str, Any] | None) -> Any:
    """The profile's store; a damaged or newer file is moved aside and started anew (the store's
    `recovered` says so), a locked one or a full disk raises StoreProblem (desktop/store/recovery.py)."""
    from desktop.store.recovery import open_profile_store

    store = open_profile_store(profile_name)
    if account_id is not None:
        store.bind_account(account_id)
    if me_json is not None:
        store.save_me(me_json)
    return store


class SandboxSlot:
    """The sandbox's scratch store for the account signed in; another account gets a new one (the
    old one is deleted first). Its methods block (disk): they run in Ops."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.scratch: Any = None

    def open(self, account_id: int) -> Any:
        from desktop.store.scratch import SANDBOX_PREFIX, ScratchStore

        with self._lock:
            old = self.scratch
            if old is None or old.account_id != account_id:
                if old is not None:
                    old.discard()
                self.scratch = ScratchStore(account_id, SANDBOX_PREFIX)
            return self.scratch.open()

    def discard(self) -> None:
        with self._lock:
            old, self.scratch = self.scratch, None
        if old is not None:
            old.discard()


def _cached(profile_name: str) -> tuple[Any, Any, datetime | None, Any]:
    """(store, Me, last sync, what opening it took) from the profile's store; store and Me None
    when nothing was ever cached (or a damaged file held it)."""
    from desktop.api_client import Me
    from desktop.store import store_path

    if not store_path(profile_name).exists():
        return None, None, None, None
    store = _open_store(profile_name, None, None)
    data = store.load_me()
    if data is None:
        store.close()
        return None, None, None, store.recovered
    return store, Me.from_json(data), store.last_sync, store.recovered


def _sync(client: Any, store: Any, account_id: int, full: bool, cancel: threading.Event) -> Any:
    from desktop.api_client.invoices import InvoicesApi
    from desktop.store.sync import sync

    return sync(InvoicesApi(client, account_id), store, full=full, cancelled=cancel.is_set)


class OfflineMode(QObject):
    went_offline = Signal(object, object)  # Me from the cache, offline since (datetime or None)
    store_ready = Signal(object)  # the LocalStore, online
    # A store file moved aside and started anew (store.recovery.Recovered), or one that cannot
    # be used now (StoreProblem: locked, disk full): the window says so.
    store_notice = Signal(object)
    synced = Signal(object)  # SyncResult
    retry_scheduled = Signal(int)  # seconds until the next attempt

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Any = None
        self.store_account: int | None = None  # whose figures `store` holds
        self.sandbox = SandboxSlot()
        self._sandbox_used = False
        self.offline = False
        self.since: datetime | None = None
        self._attempt = 0
        self._retry: Callable[[], None] | None = None
        # Set when the window closes: a sync still running stops between requests, so a client
        # that is going away does not use (and rotate) the session's tokens any more.
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry_now)
        # What online() was last asked to open, kept while the store could not be opened (locked,
        # disk full): the next sync (F5, a live event) tries again.
        self._unopened: tuple[Any, ...] | None = None

    # -- online -----------------------------------------------------------------------------
    def online(self, client: Any, profile_name: str, me: Any, me_json: dict[str, Any] | None = None,
               *, sandbox: bool = False) -> None:
        """Signed in: open (or keep) the store and sync it fully. In the sandbox the store is the
        run's scratch store, never the profile's."""
        self._timer.stop()
        self.offline, self._attempt = False, 0
        self._cancel.clear()
        account_id = me.account.id
        self._sandbox_used = self._sandbox_used or sandbox
        self._unopened = (client, profile_name, me, me_json, sandbox)

        def opened(store: Any) -> None:
            if not shiboken6.isValid(self):  # the window closed while the disk was busy
                if not sandbox:  # the sandbox's is the slot's to close (stop() discards it)
                    store.close()
                return
            self.store, self.store_account = store, account_id
            self._unopened = None
            if getattr(store, "recovered", None) is not None:
                log.warning("local store recovered: %s", store.recovered.text())
                self.store_notice.emit(store.recovered)
            self.store_ready.emit(store)
            self.sync(client, account_id, full=True)

        op = (Op(self.sandbox.open, account_id) if sandbox
              else Op(_open_store, profile_name, account_id, me_json or _me_json(me)))
        op.success(opened).failure(self._store_failed).key("offline.open").run()

    def _store_failed(self, err: BaseException) -> None:
        """Opening or writing the store failed: said in words when it is the file's state (locked,
        disk full), logged either way; the app goes on without it until the next try."""
        from desktop.store.recovery import problem_of

        log.warning("local store unavailable: %s", err)
        problem = problem_of(err, getattr(self.store, "path", None) or Path())
        if problem is not None and shiboken6.isValid(self):
            self.store_notice.emit(problem)

    def sync(self, client: Any, account_id: int, full: bool = False) -> None:
        if self.store is None:
            again = self._unopened
            if again is not None and again[2].account.id == account_id:
                self.online(again[0], again[1], again[2], again[3], sandbox=again[4])
            return
        Op(_sync, client, self.store, account_id, full, self._cancel).success(self._synced).failure(
            self._sync_failed).key("offline.sync").run()

    def _sync_failed(self, err: BaseException) -> None:
        if getattr(err, "kind", None) is not None:  # the provider's answer, or none: not the disk's
            log.info("sync failed: %s", err.kind)  # type: ignore[attr-defined]
            return
        self._store_failed(err)

    def _synced(self, result: Any) -> None:
        if shiboken6.isValid(self):
            self.synced.emit(result)

    # -- offline ----------------------------------------------------------------------------
    def try_offline(self, profile_name: str, retry: Callable[[], None], fallback: Callable[[], None]) -> None:
        """The provider is unreachable: open on the cache if there is one, else `fallback()`."""
        self._retry = retry

        def found(result: tuple[Any, Any, datetime | None, Any]) -> None:
            if not shiboken6.isValid(self):
                return
            store, me, since, recovered = result
            if recovered is not None:
                self.store_notice.emit(recovered)
            if store is None:
                fallback()
                return
            self.store, self.since = store, since
            self.store_account = me.account.id
            self.offline = True
            self.went_offline.emit(me, self.since)
            self._schedule()

        def failed(err: BaseException) -> None:
            self._store_failed(err)
            fallback()

        Op(_cached, profile_name).success(found).failure(failed).key("offline.open").run()

    def still_unreachable(self) -> None:
        if self.offline:
            self._schedule()

    def _schedule(self) -> None:
        delay = BACKOFF_SECONDS[min(self._attempt, len(BACKOFF_SECONDS) - 1)]
        self._attempt += 1
        self._timer.start(delay * 1000)
        self.retry_scheduled.emit(delay)

    def retry_now(self) -> None:
        self._timer.stop()
        if self._retry is not None:
            self._retry()

    def stop(self) -> None:
        self._unopened = None
        self._timer.stop()
        self._cancel.set()
        self.offline = False
        if self._sandbox_used:  # the sandbox's store goes with the run
            self.store, self.store_account = None, None
            Op(self.sandbox.discard).failure(lambda e: log.info("sandbox store not deleted: %s", e)).run()


def _me_json(me: Any) -> dict[str, Any]:
    """The cached /me (what offline needs: names, language, currency, permissions; no secrets)."""
    from dataclasses import asdict

    data = asdict(me)
    data["permissions"] = sorted(me.permissions)
    data["account"]["balance"] = str(me.account.balance)
    if me.account.vat_rate_percent is not None:
        data["account"]["vat_rate_percent"] = str(me.account.vat_rate_percent)
    data["account"]["services"] = list(me.account.services)
    return data
