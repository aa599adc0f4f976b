"""Where a request's database work runs: reads on the event loop, writes on worker threads.

FastAPI runs every plain `def` route and dependency on a worker thread. A read costs a couple of
milliseconds of Python and a few short queries; handing it to a thread and back cost as much
again (thread wake-ups, the GIL passed to and fro, anyio's bookkeeping), and a signed-in read
made two such hops (its access check, then the route). Reads therefore run on the event loop
itself, one at a time per worker process, with one process per core (docs/operations.md):
bench/api_load.py went from about 300 to 600-800 requests/s on 2 cores.

Writes stay on threads: they may wait for a lock (SQLite's write lock waits up to 30 s), hash
a password or talk to a mail server, and the loop must never wait for that. A read that may
take long (an aggregate over every customer of a reseller) asks for a thread with
`@in_thread`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from fastapi import APIRouter, Request
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

READ_METHODS = frozenset({"GET", "HEAD"})
_THREAD = "_switchboard_in_thread"

P = ParamSpec("P")
T = TypeVar("T")


def in_thread(route: Callable[P, T]) -> Callable[P, T]:
    """Marks a read route whose work may take long: it runs on a worker thread."""
    setattr(route, _THREAD, True)
    return route


def _on_loop(route: Callable[P, T]) -> Callable[P, Any]:
    # FastAPI reads the parameters (and, with postponed annotations, resolves them in the
    # route's own module) through __wrapped__, so the route keeps its signature and schema.
    @functools.wraps(route)
    async def run(*args: P.args, **kwargs: P.kwargs) -> T:
        return route(*args, **kwargs)

    return run


class ReadsOnLoop(APIRoute):
    """A route whose sync endpoint runs on the event loop when the route only reads."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        methods = set(kwargs.get("methods") or {"GET"})
        if (methods <= READ_METHODS and not inspect.iscoroutinefunction(endpoint)
                and not getattr(endpoint, _THREAD, False)):
            endpoint = _on_loop(endpoint)
        super().__init__(path, endpoint, **kwargs)


def resource_router(**kwargs: Any) -> APIRouter:
    """The router of one resource's routes."""
    return APIRouter(route_class=ReadsOnLoop, **kwargs)


async def run_for(request: Request, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Runs a dependency's database work where the request's route runs: inline for reads, on a
    worker thread for writes (whose session may wait for the write lock)."""
    if request.method in READ_METHODS:
        return work(*args, **kwargs)
    return await run_in_threadpool(work, *args, **kwargs)
