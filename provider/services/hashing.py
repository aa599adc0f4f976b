"""Password hashing (argon2id) and one-time token hashing (SHA-256).

An argon2id computation takes tens of megabytes and a core for a good part of a second. Without
a bound, a flood of sign-ins made every worker thread hash at once: memory grew with the flood
and the cores had nothing left for reads. So a worker runs at most `slots` hashes at once; a
few more may wait briefly for a slot, and anything beyond is refused with 503 and Retry-After
(the client tries again), which keeps memory at about `slots` times the argon2 memory.

With `slots_dir` the slots are the host's, shared by its worker processes (hash_slots.py).
A caller that must not do its own work unless a hash can follow (a sign-in counts its try in
the database) takes the slot first with `slot()`; hashes inside it use that slot.

The hashes themselves run on threads of their own at a lower scheduling priority (Linux: nice
+10 and the idle scheduling class for those threads alone; the threads argon2 starts for its
lanes inherit both). A flood
keeps its slots busy the whole time, and at equal priority the kernel gave the hashes as much
of the CPU as the worker's event loop answering reads; now a read that becomes runnable is
served first and the hashes take what is left.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from provider.domain.errors import RuleViolation
from provider.services.hash_slots import HostSlots

T = TypeVar("T")
# Nice value of the hashing threads: a weight of about a tenth of a normal thread's, so they
# still run at once on an idle core and yield a busy one to reads.
HASH_NICE = 10


def _lower_priority(nice: int) -> None:
    # Only Linux schedules each thread by its own nice value; elsewhere this would slow the
    # whole process, so the hashes keep the normal priority there. The idle class as well: at
    # nice +10 alone a flood's hashes (four lane threads each) still took the reads' p99 from
    # 18 to 191 ms on 2 cores; idle-class threads run only on a core nothing else wants.
    if nice > 0 and sys.platform.startswith("linux"):
        tid = threading.get_native_id()
        try:
            if os.getpriority(os.PRIO_PROCESS, tid) < nice:
                os.setpriority(os.PRIO_PROCESS, tid, nice)
            os.sched_setscheduler(tid, os.SCHED_IDLE, os.sched_param(0))
        except OSError:  # not allowed here (a container's seccomp policy): normal priority
            pass


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
        # A thread per slot at most: a worker may hold every slot of the host.
        self._threads = ThreadPoolExecutor(max(1, slots), thread_name_prefix="argon2",
                                           initializer=_lower_priority, initargs=(nice,))
        self._max_waiting = max(0, max_waiting)
        self._wait_seconds = wait_seconds
        self._retry_after = retry_after
        self._lock = threading.Lock()
        self._waiting = 0
        # Verified against when the identity is unknown, so that a miss costs what a hit does.
        self._decoy = decoy_hash(self._hasher)

    def close(self) -> None:
        """Ends the hashing threads once the hashes under way are done."""
        self._threads.shutdown(wait=False)

    def hash(self, password: str) -> str:
        return self._bounded(lambda: self._hasher.hash(password))

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
        try:
            return self._hasher.verify(stored_hash or self._decoy, password) and bool(stored_hash)
        except (VerificationError, InvalidHashError):
            return False

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
            return self._threads.submit(work).result()

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
