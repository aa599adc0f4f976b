"""The account's events (docs/live-updates.md): a Server-Sent Events stream for a client that
asks for text/event-stream, else the same events as a JSON page for a client that polls.

A stream is held open for as long as the access token it was opened with lasts; heartbeat
comments keep proxies from closing it while nothing happens."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.responses import StreamingResponse

from provider.api.deps import DB, RuntimeDep, Scope, account_scope
from provider.api.routing import resource_router
from provider.api.schemas.events import EventFeedOut, EventOut
from provider.domain.account_events import RESYNC
from provider.domain.errors import RuleViolation
from provider.domain.roles import Perm
from provider.events.hub import HUB, libpq_url
from provider.operations import metrics
from provider.services.event_streams import Message, Stream, parse_last_event_id

router = resource_router(tags=["events"])

SSE = "text/event-stream"
HEARTBEAT_S = 20.0  # under the 30-60 s idle timeouts of common proxies and load balancers
RETRY_MS = 3000  # what a browser-style client waits before reconnecting
_open = 0  # streams held by this worker (one event loop: no lock needed)


def _frame(m: Message) -> bytes:
    data = json.dumps(m.data, separators=(",", ":"), default=str)
    return f"id: {m.seq}\nevent: {m.kind}\ndata: {data}\n\n".encode()


@router.get(
    "/accounts/{account_id}/events",
    response_model=EventFeedOut,
    responses={200: {"content": {SSE: {}},
                     "description": "With Accept: text/event-stream, Server-Sent Events: id (the "
                                    "event's number), event (its kind) and data (JSON)"}},
)
async def account_events(
    scope: Annotated[Scope, Depends(account_scope(Perm.ACCOUNT_READ))],
    request: Request,
    db: DB,
    rt: RuntimeDep,
    after: Annotated[int | None, Query(ge=0, le=2**31 - 1,
                                       description="The last event the client has (polling)")] = None,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID", max_length=40)] = None,
) -> EventFeedOut | StreamingResponse:
    position = after if after is not None else parse_last_event_id(last_event_id)
    db.close()  # reads below use short sessions of their own: none is held while a stream waits
    stream = Stream(rt, scope.principal, scope.account)
    if SSE not in request.headers.get("accept", ""):
        return _page(stream, position)
    if _open >= rt.settings.max_event_streams:
        raise RuleViolation("busy", "Too many live connections; poll for events instead.", 503,
                            headers={"Retry-After": "60"})
    if rt.engine.dialect.name == "postgresql":
        HUB.listen(libpq_url(rt.settings.resolved_database_url()))
    waiter = HUB.subscribe(stream.account_id)  # before reading: no commit slips in between
    first = stream.open(position)

    async def body() -> AsyncIterator[bytes]:
        global _open
        _open += 1
        metrics.EVENT_STREAMS_OPEN.inc()
        try:
            yield f"retry: {RETRY_MS}\n\n".encode()
            if first.kind:
                yield _frame(first)
            while True:
                messages, more = stream.next_batch()
                for message in messages:
                    yield _frame(message)
                if stream.ended:
                    yield b"event: end\ndata: {}\n\n"
                    return
                if stream.lost:  # no longer the caller's to read (desktop: the customer's gone)
                    return
                if more:
                    continue
                left = stream.time_left()
                if left <= 0:
                    return
                if not await waiter.wait(min(HEARTBEAT_S, left)):
                    yield b": heartbeat\n\n"
        finally:
            HUB.unsubscribe(waiter)
            _open -= 1
            metrics.EVENT_STREAMS_OPEN.dec()

    return StreamingResponse(body(), media_type=SSE,
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


def _page(stream: Stream, position: int | None) -> EventFeedOut:
    first = stream.open(position)
    if first.kind:  # ready (no position given) or resync: nothing to replay
        return EventFeedOut(events=[], last_id=first.seq, resync=first.kind == RESYNC, more=False)
    messages, more = stream.next_batch()
    return EventFeedOut(events=[EventOut(id=m.seq, kind=m.kind, data=m.data) for m in messages],
                        last_id=stream.position, resync=False, more=more)
