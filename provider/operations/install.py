"""Wraps the API app in what running it takes, in one place: outermost the request observer (id,
access log, metrics), then security headers, then load shedding, then the app as it was (with
Starlette's error handling inside, so a 500 still gets its id and headers)."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp

from provider.operations import metrics, routes
from provider.operations.headers import SecurityHeaders
from provider.operations.observe import RequestObserver
from provider.operations.shedding import BUSY_SLUG, LoadShedding
from provider.runtime import Runtime


def install(app: FastAPI, rt: Runtime) -> None:
    settings = rt.settings
    database = metrics.DatabaseFigures(rt.engine, settings.sandbox)
    app.include_router(routes.router(rt, database))

    @app.exception_handler(PoolTimeout)
    async def _pool_exhausted(_: Request, __: PoolTimeout) -> JSONResponse:
        # Every database connection of this worker stayed busy for the pool's whole wait:
        # the same answer as shedding, and nothing was changed.
        return JSONResponse({"type": f"urn:switchboard:problem:{BUSY_SLUG}", "title": "Unavailable",
                             "status": 503, "detail": "The provider is busy; please try again in a moment."},
                            status_code=503, media_type="application/problem+json",
                            headers={"Retry-After": str(settings.retry_after_seconds)})

    def sample_levels() -> None:
        metrics.PASSWORD_HASHES_WAITING.set(rt.hashing.queue_depth())

    build = app.build_middleware_stack

    def build_wrapped() -> ASGIApp:
        inner = LoadShedding(build(), limit=settings.max_in_flight, retry_after=settings.retry_after_seconds,
                             max_wait=settings.max_queue_seconds)
        headed = SecurityHeaders(inner, tuple(settings.trusted_proxies))
        return RequestObserver(headed, log_requests=settings.access_log_enabled(), levels=sample_levels)

    app.build_middleware_stack = build_wrapped  # type: ignore[method-assign]
