"""Load shedding: a worker takes on at most `limit` requests at once and refuses the rest at
once with 503 and Retry-After.

Past capacity, an unbounded worker queues: every request waits behind all earlier ones, clients
time out, repeat, and the queue takes many seconds to drain after the surge (about 20 s were
measured). Bounded, an admitted request waits behind at most `limit - 1` others, so it is
answered in a fraction of a second, and the excess hears "busy, try again in a second" just as
fast; when the surge ends there is no backlog to work off. The health and metrics endpoints are
never refused, so monitoring sees an overloaded worker as it is.
"""

from __future__ import annotations

import asyncio
import json

from starlette.types import ASGIApp, Receive, Scope, Send

from provider.operations import metrics
from provider.operations.observe import SHED_FLAG, is_event_stream

EXEMPT = frozenset({"/healthz", "/readyz", "/metrics"})
BUSY_SLUG = "busy"


class LoadShedding:
    def __init__(self, app: ASGIApp, *, limit: int, retry_after: int) -> None:
        self.app = app
        self.limit = limit
        self.in_flight = 0  # one event loop per worker: no lock needed
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
            scope[SHED_FLAG] = True
            metrics.SHED.inc()
            await send(dict(self._start))
            await send(self._body)
            return
        self.in_flight += 1
        try:
            # A read runs on the event loop from start to end without pausing (api/routing.py),
            # so without this pause each request would be counted only while it ran, one at a
            # time, and the requests queued behind it on the loop not at all. Pausing once
            # after admission lets every request that arrived meanwhile be counted first: the
            # count is then what waits on this worker, which is what the limit bounds.
            await asyncio.sleep(0)
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
