"""A second core for the start: a child process, forked before Qt loads, resumes the remembered
session while this process builds the window.

Python runs one thread at a time and a start is CPU-bound: resuming on a thread beside the window
(importing requests and the keyring, reading the token, two round trips) took some 100 ms of the
very core the window was being built on, and the account appeared only after both. A child made
by fork() starts with this interpreter as it is (Python does not start a second time), does that
work on another core, and hands the new tokens and /me back through a pipe; the session takes
them over (AppSession.adopt). docs/architecture.md ("Start-up") has the figures.

fork() only where it is safe: on POSIX, while this process has a single thread (a fork copies
the calling thread alone: a lock another thread held would stay held in the child), and before
Qt or any system framework is loaded (macOS refuses a child what its parent initialized). The
child decides exactly as the session would (desktop/remembered_session.py) and keeps the rotated
refresh token in the keyring itself, so a child that dies, says nothing or takes too long costs
only time: the session then resumes in this process, as it does on Windows, which has no fork.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import signal
import threading
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.api_client.connection import ConnectionSettings

log = logging.getLogger(__name__)

# The longest the window waits for the child: a provider that does not answer has the client's
# connect and read timeouts, and retries, to run through first.
WAIT_SECONDS = 90.0

# What the child answers: ("resumed", Handover or None) or ("failed", ApiError).
Outcome = tuple[str, Any]


class ForkedResume:
    def __init__(self, pid: int, profile_fd: int, result_fd: int) -> None:
        self.pid = pid
        self._profile_fd: int | None = profile_fd
        self._result_fd: int | None = result_fd

    @classmethod
    def start(cls) -> ForkedResume | None:
        """The child, waiting for the profile to resume; None where fork() is not safe."""
        if not hasattr(os, "fork") or threading.active_count() != 1:
            return None
        profile_r, profile_w = os.pipe()
        result_r, result_w = os.pipe()
        try:
            pid = os.fork()
        except OSError as exc:
            log.info("resuming in this process: fork failed (%s)", exc)
            for fd in (profile_r, profile_w, result_r, result_w):
                os.close(fd)
            return None
        if pid == 0:  # the child: never returns into the caller's code
            code = 1
            try:
                os.close(profile_w)
                os.close(result_r)
                _serve(profile_r, result_w)
                code = 0
            except BaseException:  # whatever it was: the parent resumes itself when nothing comes
                pass
            finally:
                os._exit(code)  # no atexit handlers, no flushing of buffers the parent owns
        os.close(profile_r)
        os.close(result_w)
        return cls(pid, profile_w, result_r)

    def send(self, profile_name: str, remember: bool, connection: ConnectionSettings) -> None:
        """The profile to resume (the parent reads it once Qt is loaded)."""
        self._write_profile(pickle.dumps((profile_name, remember, connection)))

    def cancel(self) -> None:
        """Nothing to resume (no such profile, the sandbox): the child is ended and reaped now,
        before it has sent any request (it waits for a profile first)."""
        self._write_profile(b"")
        self.outcome(timeout=0)

    def _write_profile(self, data: bytes) -> None:
        if self._profile_fd is None:
            return
        try:
            if data:
                os.write(self._profile_fd, data)
        except OSError:  # the child is gone: `outcome` says None
            pass
        finally:
            os.close(self._profile_fd)
            self._profile_fd = None

    def outcome(self, timeout: float = WAIT_SECONDS) -> Outcome | None:
        """The child's answer, or None (it died, said nothing, or took longer than `timeout`).
        Asked once: the child is reaped then."""
        if self._result_fd is None:
            return None
        raw = _read_until_closed(self._result_fd, time.monotonic() + timeout)
        os.close(self._result_fd)
        self._result_fd = None
        self._reap(ended=raw is not None)
        if not raw:
            return None
        try:
            outcome = pickle.loads(raw)  # our own child's answer, over a pipe only it and we hold
        except Exception:  # a child cut off mid-answer
            return None
        return outcome if isinstance(outcome, tuple) and len(outcome) == 2 else None

    def _reap(self, ended: bool) -> None:
        try:
            if not ended:
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass


def _read_until_closed(fd: int, deadline: float) -> bytes | None:
    """All the child wrote, once it closed its end; None when the deadline comes first."""
    chunks: list[bytes] = []
    try:
        while True:
            readable, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not readable:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
    except OSError:
        return b""


def _serve(profile_fd: int, result_fd: int) -> None:
    """The child: load what the resume needs while the parent loads Qt, wait for the profile,
    resume, answer, end."""
    import keyring.backend  # noqa: F401 - the slow imports, loaded before the profile arrives
    import requests  # noqa: F401

    from desktop.api_client.client import ApiClient
    from desktop.api_client.errors import ApiError
    from desktop.remembered_session import resume_remembered
    from desktop.secrets import SecretStore

    with os.fdopen(profile_fd, "rb") as source:
        raw = source.read()
    if not raw:
        return
    name, remember, connection = pickle.loads(raw)
    secrets = SecretStore()
    client = ApiClient(connection, on_tokens=lambda token: secrets.save_refresh_token(name, token))
    outcome: Outcome
    try:
        outcome = ("resumed", resume_remembered(client, secrets, name, remember))
    except ApiError as err:
        outcome = ("failed", err)
    with os.fdopen(result_fd, "wb") as sink:
        sink.write(pickle.dumps(outcome))
