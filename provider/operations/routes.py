"""/healthz (the process is up), /readyz (it may take requests: health.py), /metrics (with
the metrics token, when one is set) and /releases/desktop.json (the desktop client's signed
update feed, when one is set). Outside /api/v1 and the API description."""

from __future__ import annotations

import asyncio
import hmac

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from provider.operations import health, metrics
from provider.runtime import Runtime

READY_TIMEOUT_S = 2.0


def router(rt: Runtime, database: metrics.DatabaseFigures) -> APIRouter:
    ops = APIRouter(include_in_schema=False)

    @ops.get("/healthz")
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "up"}, headers={"Cache-Control": "no-store"})

    @ops.get("/readyz")
    async def readyz() -> JSONResponse:
        # On a thread: a database that does not answer must not hold the worker's loop.
        try:
            checks = await asyncio.wait_for(run_in_threadpool(health.readiness, rt), READY_TIMEOUT_S)
        except TimeoutError:
            checks = [health.Check("database", False, f"no answer within {READY_TIMEOUT_S:.0f} s")]
        ready = all(c.ok for c in checks)
        body = {"status": "ready" if ready else "not ready",
                "checks": {c.name: {"ok": c.ok, "detail": c.detail} for c in checks}}
        return JSONResponse(body, status_code=200 if ready else 503, headers={"Cache-Control": "no-store"})

    @ops.get("/releases/desktop.json")
    async def release_feed() -> Response:
        # Served as signed: the provider holds no signing key, so it cannot forge a release.
        path = rt.settings.release_feed
        if path is None:
            return JSONResponse({"status": 404, "title": "Not found", "type": "about:blank",
                                 "detail": "This provider publishes no release feed."},
                                status_code=404, media_type="application/problem+json")
        body = await run_in_threadpool(path.read_bytes)
        return Response(body, media_type="application/json", headers={"Cache-Control": "max-age=300"})

    token = rt.settings.metrics_token.get_secret_value().encode() if rt.settings.metrics_token else None
    if token:
        @ops.get("/metrics")
        async def scrape(request: Request) -> Response:
            given = request.headers.get("authorization", "").removeprefix("Bearer ").strip().encode()
            if not hmac.compare_digest(given, token):
                return JSONResponse({"status": 401, "title": "Not signed in",
                                     "type": "urn:switchboard:problem:unauthenticated",
                                     "detail": "The metrics token is missing or wrong."},
                                    status_code=401, media_type="application/problem+json",
                                    headers={"WWW-Authenticate": "Bearer"})
            text = await run_in_threadpool(metrics.exposition, database)
            return Response(text, media_type=metrics.CONTENT_TYPE)

    return ops
