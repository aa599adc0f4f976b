"""Waking the event streams of this process when their account has new events.

Every worker process has one hub. Commits in this process publish to it directly (capture.py);
on PostgreSQL one listener thread per process also LISTENs for the NOTIFY that every worker's
commits send, so a change made through worker A wakes the streams held on worker B. A woken
stream reads the log itself: a wake-up carries no event, so one lost or doubled costs nothing
but a query, and after the listener reconnects every stream is woken once to catch up.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterable

log = logging.getLogger(__name__)
LISTEN_RETRY_S = (0.5, 1, 2, 5, 10)


class Waiter:
    """One stream's wake-up: set from any thread, awaited on the stream's event loop."""

    def __init__(self, account_id: int) -> None:
        self.account_id = account_id
        self.loop = asyncio.get_running_loop()
        self.woken = asyncio.Event()

    def wake(self) -> None:
        self.loop.call_soon_threadsafe(self.woken.set)

    async def wait(self, timeout: float) -> bool:
        """True when woken (and ready for the next wake-up), False after `timeout` seconds."""
        try:
            await asyncio.wait_for(self.woken.wait(), timeout)
        except TimeoutError:
            return False
        self.woken.clear()
        return True


class Hub:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: dict[int, set[Waiter]] = {}
        self._listeners: dict[str, _Listener] = {}

    def subscribe(self, account_id: int) -> Waiter:
        waiter = Waiter(account_id)
        with self._lock:
            self._waiters.setdefault(account_id, set()).add(waiter)
        return waiter

    def unsubscribe(self, waiter: Waiter) -> None:
        with self._lock:
            waiters = self._waiters.get(waiter.account_id)
            if waiters is not None:
                waiters.discard(waiter)
                if not waiters:
                    del self._waiters[waiter.account_id]

    def publish(self, account_ids: Iterable[int]) -> None:
        with self._lock:
            woken = [w for a in account_ids for w in self._waiters.get(a, ())]
        for waiter in woken:
            waiter.wake()

    def publish_all(self) -> None:
        with self._lock:
            woken = [w for waiters in self._waiters.values() for w in waiters]
        for waiter in woken:
            waiter.wake()

    def listen(self, url: str) -> None:
        """Hear every worker's commits on this PostgreSQL database (once per process)."""
        with self._lock:
            if url in self._listeners:
                return
            listener = self._listeners[url] = _Listener(self, url)
        listener.start()

    def forget(self, url: str) -> None:
        """Stop listening on this database (its runtime closes)."""
        with self._lock:
            listener = self._listeners.pop(url, None)
        if listener is not None:
            listener.stop()
            listener.join(5)


class _Listener(threading.Thread):
    def __init__(self, hub: Hub, url: str) -> None:
        super().__init__(name="switchboard-event-listener", daemon=True)
        self.hub = hub
        self.url = url
        self.stopping = threading.Event()
        self.connected = threading.Event()

    def stop(self) -> None:
        self.stopping.set()

    def run(self) -> None:
        import psycopg

        from provider.events.capture import CHANNEL, EVERYONE

        failures = 0
        while not self.stopping.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    failures = 0
                    self.hub.publish_all()  # whatever was committed while we were not listening
                    while not self.stopping.is_set():
                        for note in conn.notifies(timeout=1.0):
                            if note.payload == EVERYONE:
                                self.hub.publish_all()
                            else:
                                self.hub.publish(int(a) for a in note.payload.split(",") if a)
            except Exception as exc:  # a lost connection: listen again, streams catch up then
                self.connected.clear()
                delay = LISTEN_RETRY_S[min(failures, len(LISTEN_RETRY_S) - 1)]
                failures += 1
                log.warning("event listener lost the database (%s); again in %s s", type(exc).__name__, delay)
                self.stopping.wait(delay)


def libpq_url(sqlalchemy_url: str) -> str:
    """The database URL as psycopg takes it (no SQLAlchemy driver name)."""
    from sqlalchemy.engine import make_url

    url = make_url(sqlalchemy_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


HUB = Hub()
