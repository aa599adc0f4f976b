"""Load shedding: a worker holds at most `limit` requests at once, starts them one loop turn at a
time in the order they came, and refuses the rest with 503 and Retry-After: at once when
`limit` are held, and when its turn comes for a request that waited longer than `max_wait`.

Past capacity, an unbounded worker queues: every request waits behind all earlier ones, clients
time out, repeat, and the queue takes many seconds to drain after the surge (about 20 s were
measured). A bound on the count alone is not enough: reads run on the event loop one at a time
(api/routing.py), so 32 held requests are 32 times a read's duration, and a read takes 3 ms on
an idle machine but 25-100 ms on a busy one (bench/overload.py measured waits of 1-5 s with
only the count bounded). Waiting is therefore bounded in time as well: a request whose turn
comes after more than `max_wait` hears "busy" instead of starting late. When the surge ends
there is at most `max_wait` of backlog to work off.

One start per loop turn: a read blocks the loop while it runs, and the loop looks for newly
arrived requests only between turns. Had every held request started in the same turn (as when
each only yielded once), requests arriving meanwhile would wait in the socket, unseen and not
yet timed, for all of them; now they are seen (and refused, or queued and timed) after at
most one read. A request that leaves the loop (a write on a thread) does not hold up the next.

The health and metrics endpoints and live event streams are never refused, so monitoring sees
an overloaded worker as it is.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque

from starlette.types import ASGIApp, Receive, Scope, Send

from provider.operations import metrics
from provider.operations.observe import SHED_FLAG, is_event_stream

EXEMPT = frozenset({"/healthz", "/readyz", "/metrics"})
BUSY_SLUG = "busy"


class LoadShedding:
    def __init__(self, app: ASGIApp, *, limit: int, retry_after: int, max_wait: float) -> None:
        self.app = app
        self.limit = limit
        self.max_wait = max_wait
        self.in_flight = 0  # one event loop per worker: no lock needed
        # Held requests not started yet, oldest first: when each arrived, and its turn to come.
        self._waiting: deque[tuple[float, asyncio.Future[bool]]] = deque()
        self._turn_due = False  # a turn is scheduled on the loop
        body = json.dumps({
            "type": f"urn:switchboard:problem:{BUSY_SLUG}", "title": "Unavailable", "status": 503,
            "detail": "The provider is busy; please try again in a moment."}).encode()
        self._start = {"type": "http.response.start", "status": 503, "headers": [
            (b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(retry_after).encode()), (b"cache-control", b"no-store")]}
        self._body = {"type": "http.response.body", "body": body}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # A live event stream waits far more than it works and stays open for many minutes:
        # counted as in flight, a few hundred idle clients would shut the worker for everyone.
        # Streams have a cap of their own (settings.max_event_streams, api/event_routes.py).
        if scope["type"] != "http" or scope["path"] in EXEMPT or is_event_stream(scope):
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limit:
            await self._refuse(scope, send)
            return
        self.in_flight += 1
        try:
            if await self._turn():
                await self.app(scope, receive, send)
            else:
                await self._refuse(scope, send)
        finally:
            self.in_flight -= 1

    async def _refuse(self, scope: Scope, send: Send) -> None:
        scope[SHED_FLAG] = True
        metrics.SHED.inc()
        await send(dict(self._start))
        await send(self._body)

    async def _turn(self) -> bool:
        """Waits for this request's turn: True to start it, False if it came too late."""
        loop = asyncio.get_running_loop()
        turn: asyncio.Future[bool] = loop.create_future()
        self._waiting.append((loop.time(), turn))
        if not self._turn_due:
            self._turn_due = True
            loop.call_soon(self._next_turn)
        return await turn

    def _next_turn(self) -> None:
        """Starts the oldest held request that has not waited too long; refuses those that have.
        The next turn is scheduled behind it, so the loop polls its sockets in between."""
        self._turn_due = False
        loop = asyncio.get_running_loop()
        now = loop.time()
        while self._waiting:
            arrived, turn = self._waiting.popleft()
            if turn.done():  # its client went away while it waited
                continue
            if now - arrived > self.max_wait:
                turn.set_result(False)
                continue
            turn.set_result(True)
            if self._waiting:
                self._turn_due = True
                loop.call_soon(self._next_turn)
            return
