"""argon2 in processes of their own, at a lower priority: the worker's threads never wait for them.

The hashes used to run on threads of the worker at nice +10 in the idle scheduling class. A
thread like that still takes the worker's GIL, before and after each hash (argon2-cffi's
Python around the C call, the executor handing the result back), and the event loop answering
reads then waits for it: Python makes a thread that asks for the GIL wait until the holder has
run again, and an idle-class thread runs only when no other thread of the host wants a core.
During a flood the cores are busy (the other worker, PostgreSQL, the clients), so a read could
stand still for tens of milliseconds behind a hash that was not even running: a priority
inversion, and the reads' p99 came and went with it. A process has a GIL of its own; one
waiting for a core holds up nothing of the worker's.

Each child computes one hash at a time and is asked over a pipe (one JSON line each way). The
caller holds a hashing slot (hashing.py) while it asks, so a worker has no more children than
it may hold slots, and a child ends when the pipe closes, also when its worker is killed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import weakref
from typing import IO, Any


class InProcessHashes:
    """argon2 on the caller's thread, with HashProcesses' calls: what a child runs, and what a
    worker runs when it has no children (normal priority, or no Python to start)."""

    def __init__(self, hasher: Any) -> None:
        self._hasher = hasher

    def hash(self, password: str) -> str:
        return str(self._hasher.hash(password))

    def verify(self, stored_hash: str, password: str) -> bool:
        """False for a wrong password and for a stored value that is no argon2 hash."""
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return bool(self._hasher.verify(stored_hash, password))
        except (VerificationError, InvalidHashError):
            return False

    def close(self) -> None:
        pass


class HashProcessError(RuntimeError):
    """The child could not do what it was asked (it serves on)."""


class HashProcesses:
    """Children that hash with the given argon2 parameters, started when first needed."""

    def __init__(self, time_cost: int, memory_kib: int, nice: int) -> None:
        self._command = [sys.executable, "-m", __name__, str(time_cost), str(memory_kib), str(nice)]
        self._lock = threading.Lock()
        self._idle: list[subprocess.Popen[bytes]] = []
        self._all: list[subprocess.Popen[bytes]] = []
        self._closed = False
        # A hasher dropped without close() (a test's) ends its children all the same.
        weakref.finalize(self, _end_all, self._all)

    @staticmethod
    def possible() -> bool:
        """POSIX, and a Python to start: in the desktop's frozen bundle sys.executable is the
        bundle itself (its sandbox hashes little and only for its one user)."""
        return os.name == "posix" and not getattr(sys, "frozen", False)

    def hash(self, password: str) -> str:
        return str(self._ask(["hash", password]))

    def verify(self, stored_hash: str, password: str) -> bool:
        return bool(self._ask(["verify", stored_hash, password]))

    def pids(self) -> list[int]:
        with self._lock:
            return [child.pid for child in self._all]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            children = list(self._all)
            self._all.clear()
            self._idle.clear()
        _end_all(children)

    def _ask(self, request: list[str]) -> Any:
        # A child that died (killed, out of memory) is replaced once; the request changed nothing.
        for attempt in range(2):
            child = self._take()
            try:
                answer = _exchange(child, request)
            except (OSError, EOFError, ValueError):  # ValueError: not a JSON line, out of step
                self._drop(child)
                if attempt:
                    raise
                continue
            self._give(child)
            if "error" in answer:
                raise HashProcessError(answer["error"])
            return answer["result"]
        raise AssertionError("unreachable")

    def _take(self) -> subprocess.Popen[bytes]:
        with self._lock:
            if self._closed:
                raise RuntimeError("password hashing is closed")
            if self._idle:
                return self._idle.pop()
        child = subprocess.Popen(self._command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 close_fds=True)
        with self._lock:
            self._all.append(child)
        return child

    def _give(self, child: subprocess.Popen[bytes]) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(child)
                return
        _end(child)

    def _drop(self, child: subprocess.Popen[bytes]) -> None:
        with self._lock:
            if child in self._all:
                self._all.remove(child)
        _end(child)


def _exchange(child: subprocess.Popen[bytes], request: list[str]) -> dict[str, Any]:
    stdin, stdout = child.stdin, child.stdout
    assert stdin is not None and stdout is not None
    stdin.write(json.dumps(request).encode() + b"\n")
    stdin.flush()
    line = stdout.readline()
    if not line:
        raise EOFError("the hashing process ended")
    answer: dict[str, Any] = json.loads(line)
    return answer


def _end_all(children: list[subprocess.Popen[bytes]]) -> None:
    for child in list(children):
        _end(child)


def _end(child: subprocess.Popen[bytes]) -> None:
    for pipe in (child.stdin, child.stdout):
        if pipe is not None:
            try:
                pipe.close()
            except OSError:
                pass
    try:
        child.wait(timeout=2)  # it exits when its pipe closes, once a hash under way is done
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def lower_priority(nice: int) -> None:
    """This process (and the threads argon2 starts for its lanes) at nice `nice` and, on Linux,
    in the idle scheduling class: it runs on a core nothing else wants."""
    if nice <= 0:
        return
    try:
        if os.getpriority(os.PRIO_PROCESS, 0) < nice:
            os.setpriority(os.PRIO_PROCESS, 0, nice)
        if sys.platform.startswith("linux"):
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except OSError:  # not allowed here (a container's seccomp policy): normal priority
        pass


def serve(time_cost: int, memory_kib: int, nice: int, reader: IO[bytes], writer: IO[bytes]) -> None:
    """The child: answers each request line until its input ends."""
    from argon2 import PasswordHasher, Type

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C to `serve`: it ends with its pipe
    lower_priority(nice)
    hashes = InProcessHashes(PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, type=Type.ID))
    for line in reader:
        answer: dict[str, object]
        try:
            op, *args = json.loads(line)
            answer = {"result": hashes.hash(args[0]) if op == "hash" else hashes.verify(args[0], args[1])}
        except Exception as exc:  # the parent raises it; the child serves on
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        writer.write(json.dumps(answer).encode() + b"\n")
        writer.flush()


if __name__ == "__main__":
    serve(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.stdin.buffer, sys.stdout.buffer)
