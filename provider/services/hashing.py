"""Password hashing (argon2id) and one-time token hashing (SHA-256).

An argon2id computation takes tens of megabytes and a core for a good part of a second. Without
a bound, a flood of sign-ins made every worker thread hash at once: memory grew with the flood
and the cores had nothing left for reads. So a worker runs at most `slots` hashes at once; a
few more may wait briefly for a slot, and anything beyond is refused with 503 and Retry-After
(the client tries again), which keeps memory at about `slots` times the argon2 memory.

With `slots_dir` the slots are the host's, shared by its worker processes (hash_slots.py).
A caller that must not do its own work unless a hash can follow (a sign-in counts its try in
the database) takes the slot first with `slot()`; hashes inside it use that slot.

The hashes themselves run in processes of their own at a lower scheduling priority (nice +10
and, on Linux, the idle scheduling class; the threads argon2 starts for its lanes inherit both):
a flood keeps its slots busy the whole time, and at equal priority the kernel gave the hashes as
much of the CPU as the worker's event loop answering reads; now a read that becomes runnable is
served first and the hashes take what is left. Processes, not threads, since a low-priority
thread holding the worker's GIL held up the reads behind it (hash_process.py says how).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from argon2 import PasswordHasher, Type

from provider.domain.errors import RuleViolation
from provider.services.hash_process import HashProcesses, InProcessHashes
from provider.services.hash_slots import HostSlots

T = TypeVar("T")
# Nice value of the hashing processes: a weight of about a tenth of a normal thread's, so they
# still run at once on an idle core and yield a busy one to reads.
HASH_NICE = 10


class HashingBusy(RuleViolation):
    """Every hashing slot stayed taken for the whole wait: try again in a moment."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("busy", "The provider is busy; please try again in a moment.", 503,
                         headers={"Retry-After": str(retry_after)})


def decoy_hash(hasher: PasswordHasher) -> str:
    """A well-formed argon2id hash with the hasher's parameters that no password matches (random
    salt, random digest). Verifying against it costs a full argon2 computation like a real hash
    does, but making it costs nothing: hashing a random password for it held up every start by
    one argon2 computation (a fifth of a second and more)."""
    def b64(raw: bytes) -> str:  # argon2's encoding: standard base64 without padding
        return base64.b64encode(raw).decode("ascii").rstrip("=")

    return (f"$argon2id$v=19$m={hasher.memory_cost},t={hasher.time_cost},p={hasher.parallelism}"
            f"${b64(secrets.token_bytes(hasher.salt_len))}${b64(secrets.token_bytes(hasher.hash_len))}")


class PasswordHashing:
    def __init__(self, time_cost: int, memory_kib: int, *, slots: int = 1,
                 max_waiting: int = 4, wait_seconds: float = 0.5, retry_after: int = 1,
                 slots_dir: Path | None = None, nice: int = HASH_NICE) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, type=Type.ID)
        self._slots: threading.BoundedSemaphore | HostSlots = (
            HostSlots(slots_dir, slots) if slots_dir is not None
            else threading.BoundedSemaphore(max(1, slots)))
        self._holding = threading.local()
        # At a lower priority the hashes run in processes of their own (a child per slot this
        # worker holds at most); at the normal one (nice 0: the test suite), or where no Python
        # can be started for them, on the caller's thread.
        self._hashes: HashProcesses | InProcessHashes = (
            HashProcesses(time_cost, memory_kib, nice) if nice > 0 and HashProcesses.possible()
            else InProcessHashes(self._hasher))
        self._max_waiting = max(0, max_waiting)
        self._wait_seconds = wait_seconds
        self._retry_after = retry_after
        self._lock = threading.Lock()
        self._waiting = 0
        # Verified against when the identity is unknown, so that a miss costs what a hit does.
        self._decoy = decoy_hash(self._hasher)

    def close(self) -> None:
        """Ends the hashing processes once the hashes under way are done."""
        self._hashes.close()

    def hash(self, password: str) -> str:
        return self._bounded(lambda: self._hashes.hash(password))

    def refuse_if_busy(self) -> None:
        """Raises HashingBusy when a hash asked for now would be refused at once (no slot free,
        no room to wait), so a caller can refuse before any other work. Only a look: slot()
        still decides."""
        if getattr(self._holding, "slot", False):
            return
        with self._lock:
            if self._waiting < self._max_waiting:
                return
        if self._slots.acquire(blocking=False):
            self._slots.release()
            return
        raise HashingBusy(self._retry_after)

    def queue_depth(self) -> int:
        """Hashes waiting for a slot now (published as a metric)."""
        with self._lock:
            return self._waiting

    def verify(self, stored_hash: str | None, password: str) -> bool:
        return self._bounded(lambda: self._verify(stored_hash, password))

    def _verify(self, stored_hash: str | None, password: str) -> bool:
        return self._hashes.verify(stored_hash or self._decoy, password) and bool(stored_hash)

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Holds a slot (waiting like a hash would, or HashingBusy) for the hashes inside."""
        if getattr(self._holding, "slot", False):
            yield
            return
        self._acquire()
        self._holding.slot = True
        try:
            yield
        finally:
            self._holding.slot = False
            self._slots.release()

    def _bounded(self, work: Callable[[], T]) -> T:
        with self.slot():
            return work()

    def _acquire(self) -> None:
        if not self._slots.acquire(blocking=False):
            with self._lock:
                if self._waiting >= self._max_waiting:
                    raise HashingBusy(self._retry_after)
                self._waiting += 1
            try:
                got = self._slots.acquire(timeout=self._wait_seconds)
            finally:
                with self._lock:
                    self._waiting -= 1
            if not got:
                raise HashingBusy(self._retry_after)


def new_token() -> tuple[str, str]:
    """A fresh random token and the hash we keep of it."""
    raw = secrets.token_urlsafe(32)
    return raw, token_hash(raw)


def token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()
