"""Opening a profile's store whatever state its file is in, never with a traceback.

- damaged (not a database, malformed) or from a newer Switchboard: the unsent call disputes are
  read from it when they still can be, the file (and its journal) is moved aside under a name
  that says why and when, and a new store takes its place; the sync that follows every sign-in
  rebuilds the cache from the provider, the disputes carried over are sent with it;
- locked by another process (an export running while the app starts, say) past the wait, or on a
  full disk: nothing is moved (the file is sound); StoreProblem says what happened.

The store's cache is the provider's data; only the unsent disputes (a call and its note) exist
nowhere else, so they are what is carried over. Blocking (disk): run through Op."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.store.cache import KeptDispute, LocalStore
from desktop.store.paths import store_path
from desktop.store.schema import NewerStore

DAMAGED, NEWER, LOCKED, FULL, UNREADABLE = "damaged", "newer", "locked", "full", "unreadable"
SIDE_FILES = ("-journal", "-wal", "-shm")  # a hot journal must never be applied to the new file


@dataclass(frozen=True)
class Recovered:
    """A store file that could not be used was moved aside and a new one started."""

    kind: str  # damaged | newer
    moved_to: Path
    carried: int  # unsent disputes carried over

    def text(self) -> str:
        why = ("was written by a newer Switchboard" if self.kind == NEWER else "was damaged")
        kept = f" {self.carried} unsent call dispute(s) were carried over." if self.carried else ""
        return (f"The local copy of your invoices {why}: it was moved to {self.moved_to} and is "
                f"rebuilt from the provider.{kept}")


class StoreProblem(Exception):
    """The store cannot be opened or written now, and moving it aside would not help."""

    def __init__(self, kind: str, path: Path) -> None:
        self.kind, self.path = kind, path
        super().__init__(self.text())

    def text(self) -> str:
        return {
            LOCKED: f"The local copy of your invoices ({self.path}) is in use by another program "
                    "(another Switchboard or an export): try again when it has finished.",
            FULL: f"The disk holding the local copy of your invoices ({self.path.parent}) is full: "
                  "free some space and try again.",
        }.get(self.kind, f"The local copy of your invoices ({self.path}) cannot be opened: check "
                         "that the folder exists and belongs to you.")


def problem_of(err: BaseException, path: Path) -> StoreProblem | None:
    """The StoreProblem an sqlite3 error on a sound file means, if it is one (locked, full)."""
    if isinstance(err, StoreProblem):
        return err
    text = str(err).lower()
    if isinstance(err, sqlite3.OperationalError) and "locked" in text:
        return StoreProblem(LOCKED, path)
    if isinstance(err, sqlite3.OperationalError) and "full" in text or getattr(err, "errno", None) == 28:
        return StoreProblem(FULL, path)
    return None


def open_profile_store(profile: str, timeout: float = 5.0) -> LocalStore:
    return open_store(store_path(profile), timeout)


def open_store(path: Path, timeout: float = 5.0) -> LocalStore:
    """The store at `path`, moved aside and started anew when it is damaged or newer (then
    `store.recovered` says so). Raises StoreProblem when it is locked, the disk is full or the
    file cannot be opened at all."""
    try:
        return LocalStore(path, timeout)
    except NewerStore:
        kind = NEWER
    except sqlite3.DatabaseError as exc:  # OperationalError is one: a sound file's trouble first
        problem = problem_of(exc, path)
        if problem is not None:
            raise problem from None
        if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc).lower():
            raise StoreProblem(UNREADABLE, path) from None
        kind = DAMAGED
    except OSError as exc:  # creating the file: no space, no permission
        raise problem_of(exc, path) or StoreProblem(UNREADABLE, path) from None
    kept = unsent_disputes(path)
    try:
        moved = move_aside(path, kind)
    except OSError as exc:  # held open elsewhere (Windows), or the folder is read-only
        raise problem_of(exc, path) or StoreProblem(UNREADABLE, path) from None
    try:
        store = LocalStore(path, timeout)
        store.restore_disputes(kept)
    except (sqlite3.Error, OSError) as exc:
        raise problem_of(exc, path) or StoreProblem(UNREADABLE, path) from None
    store.recovered = Recovered(kind, moved, len(kept))
    return store


def unsent_disputes(path: Path) -> list[KeptDispute]:
    """The disputes not yet sent, read from a file that may be damaged: [] when they cannot be."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return []
    try:
        rows = conn.execute("SELECT call_id, invoice_id, note, created_at FROM disputes "
                            "WHERE sent_at IS NULL ORDER BY created_at").fetchall()
        return [KeptDispute(int(c), int(i), str(n), str(t)) for c, i, n, t in rows]
    except (sqlite3.Error, ValueError, TypeError):
        return []
    finally:
        conn.close()


def move_aside(path: Path, kind: str, now: datetime | None = None) -> Path:
    """`<name>.<kind>-<when>.sqlite3` beside it, with its journal files; returns the new name."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{kind}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{kind}-{stamp}-{n}{path.suffix}")
    path.replace(target)
    for side in SIDE_FILES:
        extra = Path(f"{path}{side}")
        if extra.exists():
            extra.replace(Path(f"{target}{side}"))
    return target
