"""Every request seen once, outermost: its request id (in the answer's X-Request-ID header and on
every log line written for it), one access-log line, and its metrics. Outside Starlette's error
middleware, so an answer of 500 carries its id too, and shed answers are counted as well."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from provider.operations import metrics, request_ids
from provider.operations.logs import ACCESS

access_log = logging.getLogger(ACCESS)
SHED_FLAG = "switchboard.shed"
EVENT_STREAM = re.compile(r"^/api/v1/accounts/[0-9]+/events$")  # api/event_routes.py


def is_event_stream(scope: Scope) -> bool:
    """A request for the live event stream (not the JSON page a polling client reads, which is
    an ordinary request and shed like one)."""
    if not EVENT_STREAM.match(scope["path"]):
        return False
    return any(name == b"accept" and b"text/event-stream" in value for name, value in scope["headers"])


def route_of(scope: Scope) -> str:
    """The route template (`/api/v1/accounts/{account_id}`), never the path itself, so the
    metrics have one series per route, not per account."""
    if scope.get(SHED_FLAG):
        return metrics.SHED_ROUTE
    # FastAPI 0.165 leaves the route of an included router in scope["route"] with the path
    # inside its router, and the whole template in its context; older releases put a copy
    # with the whole template in scope["route"].
    context = (scope.get("fastapi") or {}).get("effective_route_context")
    template = getattr(context, "path_format", None)
    if not isinstance(template, str):
        route = scope.get("route")
        template = getattr(route, "path_format", None)
        if not isinstance(template, str):
            return metrics.UNMATCHED_ROUTE
    # A mounted app's routes (the sandbox card gateway) are below its mount path.
    return scope.get("root_path", "") + template


class RequestObserver:
    def __init__(self, app: ASGIApp, *, log_requests: bool,
                 levels: Callable[[], None] | None = None) -> None:
        self.app = app
        self.log_requests = log_requests
        self.levels = levels  # samples gauges read from elsewhere (the hashing queue)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_ids.from_headers(scope["headers"])
        header = (request_ids.HEADER, request_id.encode("ascii"))
        status = 500  # what the client gets if the app fails before answering
        sent = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), header]
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        token = request_ids.bind(request_id)
        started = time.perf_counter()
        # An event stream is counted by switchboard_event_streams_open, not as a request in
        # flight, and its minutes open would only distort the latency histogram.
        stream = is_event_stream(scope)
        if not stream:
            metrics.IN_FLIGHT.inc()
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            method, route = scope["method"], route_of(scope)
            metrics.REQUESTS.labels(method, route, str(status)).inc()
            if not stream:
                metrics.IN_FLIGHT.dec()
                metrics.LATENCY.labels(method, route).observe(seconds)
            if self.levels is not None:
                self.levels()
            if self.log_requests:
                client = scope.get("client")
                access_log.info("%s %s %d", method, scope["path"], status, extra={
                    "method": method, "path": scope["path"], "route": route, "status": status,
                    "duration_ms": round(seconds * 1000, 2), "bytes": sent,
                    "client": client[0] if client else None})
            request_ids.unbind(token)
