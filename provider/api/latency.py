"""Sandbox only: delay every answer, to test that the client's UI never waits on the network."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response


def install(app: FastAPI, latency_ms: int) -> None:
    delay = latency_ms / 1000

    @app.middleware("http")
    async def _slow(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        await asyncio.sleep(delay)
        return await call_next(request)
