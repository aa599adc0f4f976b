"""The sandbox's routers imported when first asked for (provider/api/lazy_routers.py) answer
as the app with every router imported does: the same routes in the same order, the same OpenAPI
description, the same route for every request whatever was imported before it."""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

from provider.api import lazy_routers
from provider.api.app import API_PREFIX, ROUTERS, create_app
from provider.runtime import Runtime
from provider.settings import Settings

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _routes(app: FastAPI) -> list[tuple[str, str, tuple[str, ...]]]:
    found = []
    for context in iter_route_contexts(app.router.routes):
        route = context.original_route
        path = context.path if isinstance(route, APIRoute) else getattr(route, "path", "")
        found.append((type(route).__name__, path, tuple(sorted(getattr(route, "methods", None) or ()))))
    return found


def _waiting(app: FastAPI) -> list[str]:
    return [route.module for route in app.router.routes if isinstance(route, lazy_routers.LazyRoutes)]


def test_paths_are_the_modules_own() -> None:
    assert set(lazy_routers.PATHS) <= set(ROUTERS)
    for name, paths in lazy_routers.PATHS.items():
        router = importlib.import_module(f"provider.api.{name}").router
        assert set(paths) == {route.path for route in router.routes}, f"PATHS[{name!r}] is out of date"


def test_path_patterns_take_any_segment_for_a_parameter() -> None:
    pattern = lazy_routers.path_pattern("/api/v1/accounts/{account_id}/users/{user_id}")
    assert pattern.match("/api/v1/accounts/7/users/abc")
    assert not pattern.match("/api/v1/accounts/7/users")
    assert not pattern.match("/api/v1/accounts/7/users/abc/x")
    assert lazy_routers.path_pattern("/files/{rest:path}").match("/files/a/b/c")


def test_the_first_start_s_requests_import_nothing_more(rt: Runtime) -> None:
    app = create_app(runtime=rt, lazy_routes=True)
    before = _waiting(app)
    assert "operator_routes" in before and "auth_routes" not in before
    client = TestClient(app)
    for path in ("/me", "/accounts/1", "/accounts/1/invoices", "/accounts/1/ledger",
                 "/accounts/1/auto-top-up", "/accounts/1/cards", "/accounts/1/events"):
        client.get(API_PREFIX + path)
    client.post(API_PREFIX + "/auth/sign-in", json={"identifier": "x", "password": "y"})
    assert _waiting(app) == before
    client.get(API_PREFIX + "/operator/resellers")
    assert "operator_routes" not in _waiting(app)


def test_routes_and_description_are_the_same(rt: Runtime) -> None:
    eager = create_app(runtime=rt)
    lazy = create_app(runtime=rt, lazy_routes=True)
    described = json.dumps(lazy.openapi(), sort_keys=True)  # imports every module first
    assert not _waiting(lazy)
    assert _routes(lazy) == _routes(eager)
    assert described == json.dumps(eager.openapi(), sort_keys=True)


def _paths(app: FastAPI) -> list[str]:
    paths = {re.sub(r"\{[^}]*\}", "1", path) for _kind, path, _methods in _routes(app)}
    paths |= {path + "/" for path in list(paths)} | {API_PREFIX + "/nowhere", API_PREFIX + "/accounts/1/x"}
    return sorted(paths)


def _answer(client: TestClient, method: str, path: str) -> tuple[Any, ...]:
    response = client.request(method, path, follow_redirects=False)
    return response.status_code, response.headers.get("location"), response.headers.get("allow")


# Matching a path to a route does not touch the database: SQLite alone (no PostgreSQL run to skip).
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_every_request_finds_the_same_route(settings: Settings) -> None:
    """Unsigned requests to every path with every method: 401, 404, 405, 422 and redirects tell
    which route answered; first each path of a new app, where nothing was imported before (the
    stand-ins look at the path only), then every method of one app importing on the way."""
    # Each app is asked the same: no throttling may tell the second asker apart from the first.
    roomy = settings.model_copy(update={name: 10**6 for name in (
        "throttle_identity_at_address", "throttle_identity", "throttle_address",
        "throttle_address_requests")})
    rt = Runtime.create(roomy)
    try:
        _compare_every_request(rt)
    finally:
        rt.close()


def _compare_every_request(rt: Runtime) -> None:
    with (TestClient(create_app(runtime=rt)) as eager,
          TestClient(create_app(runtime=rt, lazy_routes=True)) as shared):
        for path in _paths(eager.app):  # type: ignore[arg-type]
            expected = {method: _answer(eager, method, path) for method in METHODS}
            fresh = TestClient(create_app(runtime=rt, lazy_routes=True))
            assert _answer(fresh, "GET", path) == expected["GET"], path
            for method in METHODS:
                assert _answer(shared, method, path) == expected[method], (method, path)
