"""A throw-away LocalStore for data that must not go into a profile's store:

- acting: a reseller's staff acting for a customer. The profile's store holds the reseller's own
  invoices and must not mix in a customer's;
- sandbox: the embedded sandbox's demo account. Its provider is a practice one, so its invoices
  must never land in a real profile's store, and its ids mean nothing to the next sandbox run.

Either goes into a private temporary folder (0700, the file 0600) named by a recognisable prefix
and this process's id, filled by the same sync, and deleted by `discard()` (Back, sign-out, close);
should the app end without discarding, an exit hook deletes what is left, and after a crash
`sweep_stale()` at the next start deletes the folders whose process is gone.

Nothing touches the disk until `open()` or `fill()`; those, `discard()` and `sweep_stale()` block
(network, disk): run them through desktop.tasks.Op."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from desktop.store.cache import LocalStore
from desktop.store.sync import SyncCancelled, sync

ACTING_PREFIX = "switchboard-acting-"
SANDBOX_PREFIX = "switchboard-sandbox-"
PREFIXES = (ACTING_PREFIX, SANDBOX_PREFIX)
_open: set[ScratchStore] = set()
_open_lock = threading.Lock()
# Folders this process makes are all newer than this module (nothing makes one before importing
# it); where the process's own start time is unknown, this stands in for it.
_IMPORTED = time.time()


class ScratchStore:
    def __init__(self, account_id: int, prefix: str = ACTING_PREFIX) -> None:
        if prefix not in PREFIXES:
            raise ValueError(prefix)
        self.account_id = int(account_id)
        self.prefix = prefix
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

    def open(self) -> LocalStore:
        """The scratch file's store, created (empty, bound to the account) at the first call."""
        with self._lock:
            if self._discarded.is_set():
                raise SyncCancelled()
            if self._store is None:
                # The pid in the name lets a later start tell a crashed run's folder from a
                # running one's. mkdtemp makes it 0700.
                self.folder = Path(tempfile.mkdtemp(prefix=f"{self.prefix}{os.getpid()}-"))
                self._store = LocalStore(self.folder / "store.sqlite3")
                self._store.bind_account(self.account_id)
                with _open_lock:
                    _open.add(self)
            return self._store

    def fill(self, client: Any) -> LocalStore:
        """Bring the account's invoices and calls into the scratch file (created at the first
        fill; later fills ask the change feed only for what is new) and return its store."""
        from desktop.api_client.invoices import InvoicesApi

        store = self.open()
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


def _linux_start(pid: int) -> float | None:
    """When a process started, from /proc (its start in clock ticks after boot; whole seconds of
    the boot time, so within about a second); None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])  # field 22, starttime
        with open("/proc/stat", encoding="ascii") as f:
            boot = next(int(line.split()[1]) for line in f if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def process_started() -> float:
    """When this process started (epoch seconds); without /proc, when this module was imported,
    which is still before any folder of ours and after any folder of a crashed run."""
    started = _linux_start(os.getpid())
    return started if started is not None else _IMPORTED


def _pid_of(name: str) -> int | None:
    rest = next((name[len(p):] for p in PREFIXES if name.startswith(p)), None)
    head = (rest or "").split("-", 1)[0]
    return int(head) if head.isdigit() else None  # folders of older versions carry no pid


def _running(pid: int, since: float) -> bool:
    """Whether the process that made a folder last written at `since` may still run."""
    if os.name != "posix":
        # os.kill(pid, 0) would end the process on Windows; the age test decides there, and a
        # running instance's open store file cannot be deleted anyway.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        pass  # it exists (another user's process)
    started = _linux_start(pid)
    # A process started after the folder was last written is not its maker: the pid was reused.
    # Without /proc (macOS) the folder stays while its pid is taken.
    return started is None or started <= since + 2


def sweep_stale(folder: Path | str | None = None, started: float | None = None) -> list[Path]:
    """Delete the scratch folders left by runs that ended without discarding them (a crash, a
    kill): only ours by prefix, only this user's, only older than this process, and never one
    whose process still runs (another Switchboard window of this user). Returns what went."""
    base = Path(folder) if folder is not None else Path(tempfile.gettempdir())
    cutoff = process_started() if started is None else started
    gone: list[Path] = []
    try:
        entries = list(os.scandir(base))
    except OSError:
        return gone
    for entry in entries:
        if not entry.name.startswith(PREFIXES):
            continue
        try:
            if not entry.is_dir(follow_symlinks=False):
                continue
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            continue
        if info.st_mtime >= cutoff:
            continue
        pid = _pid_of(entry.name)
        # Our own pid on a folder older than us: a run before ours had the same pid.
        if pid is not None and pid != os.getpid() and _running(pid, info.st_mtime):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        if not os.path.exists(entry.path):
            gone.append(Path(entry.path))
    return gone


@atexit.register
def _discard_all() -> None:
    with _open_lock:
        left = list(_open)
    for scratch in left:
        scratch.discard()
