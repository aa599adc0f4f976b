"""Where a request's work runs: reads on the event loop, writes and marked reads on worker threads
(provider/api/routing.py), in a small app of its own and across every route of the provider."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Iterator, Sequence
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import BaseRoute

from provider.api.app import create_app
from provider.api.routing import READ_METHODS, in_thread, resource_router, run_for
from provider.runtime import Runtime


def _where() -> str:
    return threading.current_thread().name


async def _dependency(request: Request) -> str:
    return await run_for(request, _where)


Where = Annotated[str, Depends(_dependency)]


def _app() -> FastAPI:
    router = resource_router()

    @router.get("/read/{n}")
    def read(n: int, dep: Where) -> dict[str, object]:
        return {"route": _where(), "dependency": dep, "n": n}

    @router.get("/slow-read")
    @in_thread
    def slow_read(dep: Where) -> dict[str, object]:
        return {"route": _where(), "dependency": dep}

    @router.post("/write")
    def write(dep: Where) -> dict[str, object]:
        return {"route": _where(), "dependency": dep}

    app = FastAPI()
    app.include_router(router)
    return app


def test_reads_run_on_the_event_loop_and_writes_on_threads() -> None:
    with TestClient(_app()) as client:
        loop_thread = client.portal.call(_async_where)
        read = client.get("/read/7").json()
        slow = client.get("/slow-read").json()
        write = client.post("/write").json()
    assert read == {"route": loop_thread, "dependency": loop_thread, "n": 7}
    assert slow["dependency"] == loop_thread and slow["route"] != loop_thread
    assert write["route"] != loop_thread and write["dependency"] != loop_thread


async def _async_where() -> str:
    return _where()


def test_a_read_keeps_its_parameters_in_the_schema() -> None:
    schema = _app().openapi()
    params = schema["paths"]["/read/{n}"]["get"]["parameters"]
    assert [(p["name"], p["in"], p["schema"]["type"]) for p in params] == [("n", "path", "integer")]


def _api_routes(routes: Sequence[BaseRoute]) -> Iterator[APIRoute]:
    for route in routes:  # included routers stay nested (FastAPI 0.16x): walk into them
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _api_routes(included.routes)
        elif isinstance(route, APIRoute):
            yield route


def test_every_provider_route_follows_the_rule(rt: Runtime) -> None:
    """A router made without resource_router() would put its reads back on threads (or, written
    `async def`, a write on the loop): every route of the app is checked."""
    routes = list(_api_routes(create_app(runtime=rt).routes))
    assert len(routes) > 50
    wrong = []
    for route in routes:
        on_loop = inspect.iscoroutinefunction(route.endpoint)
        marked = getattr(inspect.unwrap(route.endpoint), "_switchboard_in_thread", False)
        reads = route.methods <= READ_METHODS
        if on_loop != (reads and not marked):
            wrong.append(f"{sorted(route.methods)} {route.path}")
    assert wrong == []
