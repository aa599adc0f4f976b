"""Live updates: one event stream per signed-in session, read off the UI thread, reconnecting
with backoff and falling back to polling (docs/live-updates.md).

The stream holds one connection for minutes at a time, so it runs on a thread of its own rather
than in the task pool (desktop/tasks.py), whose few threads are for short work. What it reads
arrives on the UI thread by queued signal: `changed` with the kinds of what changed, after
which the app controller syncs the local store and reloads what shows those kinds.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

STREAM, POLLING, STOPPED = "stream", "polling", "stopped"
BACKOFF_S = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0)
FAILURES_BEFORE_POLLING = 3  # streams lost in a row (or refused) before the client polls
POLL_S = 30.0
STREAM_RETRY_S = 300.0  # while polling, the stream is tried again this often
RESYNC = "resync"
EVERYTHING = frozenset({RESYNC})

# Event kind -> the navigation keys of the pages that show it (the header balance and the
# notifications follow billing events themselves).
PAGES: dict[str, frozenset[str]] = {
    # The Subscription page names who pays the renewal, which follows the balance.
    "balance_changed": frozenset({"dashboard", "automatic_payments", "payment_history", "subscription"}),
    "payment_settled": frozenset({"dashboard", "payment_history", "orders", "invoices"}),
    "payment_failed": frozenset({"dashboard", "payment_history", "orders", "invoices", "automatic_payments"}),
    "order_state": frozenset({"dashboard", "orders", "subscription"}),
    "invoice_issued": frozenset({"dashboard", "invoices"}),
    "credit_note_issued": frozenset({"dashboard", "invoices"}),
    "invoice_state": frozenset({"dashboard", "invoices"}),
    "porting_state": frozenset({"dashboard", "numbers"}),
    "subscription_changed": frozenset({"dashboard", "subscription"}),
    "users_changed": frozenset({"access"}),
    "payment_setup_changed": frozenset({"dashboard", "automatic_payments", "subscription"}),
}
STORE_KINDS = frozenset({"invoice_issued", "credit_note_issued", "invoice_state", "payment_settled"})
# The header's warning follows the top-up settings, so a change of them is one of these too.
BALANCE_KINDS = frozenset({"balance_changed", "payment_settled", "payment_failed", "invoice_state",
                           "payment_setup_changed"})


def pages_for(kinds: frozenset[str]) -> frozenset[str] | None:
    """The pages to reload for these kinds; None means every page (a resync, or a kind this
    build does not know)."""
    if RESYNC in kinds or any(k not in PAGES and k != "session_revoked" for k in kinds):
        return None
    return frozenset().union(*(PAGES.get(k, frozenset()) for k in kinds))


def backoff(failures: int) -> float:
    """Seconds before the next attempt after `failures` in a row, with jitter so that many
    clients cut off together do not come back together."""
    base = BACKOFF_S[min(max(failures, 1), len(BACKOFF_S)) - 1]
    return base * random.uniform(0.8, 1.2)


class LiveUpdates(QObject):
    changed = Signal(object)  # frozenset of kinds (EVERYTHING after a resync)
    mode_changed = Signal(str)  # stream | polling | stopped
    session_ended = Signal()  # the provider ended this session (signed out elsewhere)
    # From the live thread, with its stop event: session_ended follows only if that thread is
    # still the current one. A stream ends with 'end' when its own session is signed out, and
    # that news could arrive after the user had signed out and begun signing in again: the
    # sign-out it set off then cancelled the new sign-in, left 'Signing in…' for good.
    _ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = STOPPED
        self.last_id: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._holder: Any = None
        self._ended.connect(self._end_if_current)

    def _end_if_current(self, stop: threading.Event) -> None:
        if stop is self._stop and not stop.is_set():
            self.session_ended.emit()

    def start(self, client: Any, account_id: int) -> None:
        from desktop.api_client.events import EventsApi

        self.stop()
        self._stop = threading.Event()
        self.last_id = None
        api = EventsApi(client, account_id)
        self._thread = threading.Thread(target=self._run, args=(api, self._stop), daemon=True,
                                        name="switchboard-live")
        self._thread.start()

    def stop(self, wait_seconds: float = 0) -> None:
        """Ends the stream; with `wait_seconds` (the app quits) also waits that long for the live
        thread to end: a thread still in its request when the window's objects are destroyed
        signalled into them, and the process died (SIGSEGV) on its way out."""
        self._stop.set()
        if self._holder is not None:
            self._holder.close()
        thread, self._thread = self._thread, None
        if wait_seconds > 0 and thread is not None:
            thread.join(wait_seconds)
        self._set_mode(STOPPED)

    # -- on the live thread -------------------------------------------------------------------
    def _set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            log.info("live updates: %s", mode)
            self.mode_changed.emit(mode)

    def _run(self, api: Any, stop: threading.Event) -> None:
        from desktop.api_client import ApiError
        from desktop.api_client.events import StreamHolder

        failures = 0
        polling_since: float | None = None
        while not stop.is_set():
            if polling_since is not None and time.monotonic() - polling_since < STREAM_RETRY_S:
                if self._poll(api, stop):
                    return
                continue
            holder = self._holder = StreamHolder()
            try:
                got_any = False
                for event in api.stream(self.last_id, holder):
                    if stop.is_set():
                        return
                    if not got_any:
                        got_any, failures, polling_since = True, 0, None
                        self._set_mode(STREAM)
                    if self._apply(event, stop):
                        return
                # The provider ended the stream (the access token it was opened with expired):
                # open the next one at once; the client renews the token on the 401.
            except ApiError as err:
                if stop.is_set():  # stopped meanwhile: the 401 is the sign-out's, nobody listens
                    return
                if err.status == 401:
                    self._ended.emit(stop)
                    return
                failures += 1
                log.info("live stream refused or lost (%s)", err.kind)
            except Exception as exc:  # the connection broke or fell silent (a buffering proxy)
                if stop.is_set():
                    return
                failures += 1
                log.info("live stream lost (%s)", type(exc).__name__)
            if failures >= FAILURES_BEFORE_POLLING:
                polling_since = time.monotonic()
                self._set_mode(POLLING)
                continue
            if failures:
                stop.wait(backoff(failures))

    def _apply(self, event: Any, stop: threading.Event) -> bool:
        """Takes one event; True when the stream must end for good (the session ended)."""
        if event.kind == "end":
            self._ended.emit(stop)
            return True
        if event.id is not None:
            self.last_id = event.id
        if event.kind in ("ready", "opened"):
            return False
        self.changed.emit(EVERYTHING if event.kind == RESYNC else frozenset({event.kind}))
        return False

    def _poll(self, api: Any, stop: threading.Event) -> bool:
        """One poll; True when the session has ended (the thread ends too)."""
        from desktop.api_client import ApiError

        try:
            page = api.page(self.last_id)
        except ApiError as err:
            if err.status == 401 and not stop.is_set():
                self._ended.emit(stop)
                return True
            stop.wait(backoff(3))
            return False
        if stop.is_set():
            return False
        kinds = frozenset(e.kind for e in page.events)
        self.last_id = page.last_id
        if page.resync:
            self.changed.emit(EVERYTHING)
        elif kinds:
            self.changed.emit(kinds)
        if not page.more:
            stop.wait(POLL_S)
        return False
