"""Password-hashing slots shared by every worker process of a host.

`serve --workers N` runs one process per core, and a bound per process let each of them hash
at once: on 2 cores, two workers with a slot per core ran four argon2 hashes on two cores, and
reads had no core left. The host's budget is therefore one count for all its workers: a slot is
an exclusive lock (flock) on one of `count` files in a folder the workers share. The kernel
drops a lock when its holder ends, even by kill -9, so a worker that dies mid-hash never takes
a slot with it (a semaphore in shared memory would stay taken until the host restarts).

Same calls as threading.BoundedSemaphore (acquire with blocking/timeout, release), so the
hasher takes either. POSIX only: `serve --workers` is, and elsewhere each process keeps its own
in-process bound.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

# How often a waiting hash looks for a free slot: a tenth of a hash (100-200 ms), so a freed
# slot is found soon enough; and not more often, as every look wakes a thread that needs the
# GIL the worker's event loop is answering reads with (a few waiters per worker at most).
POLL_SECONDS = 0.02


class HostSlots:
    def __init__(self, folder: Path, count: int) -> None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._paths = [folder / f"hash-slot-{i}" for i in range(max(1, count))]
        self._held = threading.local()  # the descriptors of the slots this thread holds

    def acquire(self, blocking: bool = True, timeout: float | None = None) -> bool:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if (fd := self._try_each()) is not None:
                self._stack().append(fd)
                return True
            if not blocking or (deadline is not None and time.monotonic() >= deadline):
                return False
            time.sleep(POLL_SECONDS)

    def release(self) -> None:
        os.close(self._stack().pop())  # closing the file ends its lock

    def _stack(self) -> list[int]:
        if not hasattr(self._held, "fds"):
            self._held.fds = []
        return self._held.fds

    def _try_each(self) -> int | None:
        import fcntl  # POSIX only; imported here so the module loads everywhere

        for path in self._paths:
            # A descriptor of its own per try: flock locks belong to an open file, so two
            # threads of one process exclude each other as two processes do.
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            return fd
        return None
