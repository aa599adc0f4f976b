"""The FastAPI application: routers, problem details, and the runtime on app.state."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from provider.api import (
    access_routes,
    account_routes,
    auth_routes,
    billing_routes,
    money_routes,
    problems,
    sandbox_routes,
)
from provider.runtime import Runtime
from provider.settings import Settings

API_PREFIX = "/api/v1"


def create_app(settings: Settings | None = None, runtime: Runtime | None = None) -> FastAPI:
    rt = runtime or Runtime.create(settings or Settings())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        rt.mail.kick()  # deliver whatever an earlier run left queued
        yield
        if runtime is None:
            rt.close()

    app = FastAPI(
        title="Switchboard provider API",
        version="1",
        description="Accounts, access rights, shop, billing and telephony services.",
        lifespan=lifespan,
    )
    app.state.runtime = rt
    problems.install(app)
    for module in (auth_routes, account_routes, access_routes):
        app.include_router(module.router, prefix=API_PREFIX)
    # Routers are tried in order, each request until one matches: the ones desktop clients read
    # most (account, invoices, calls) come first (route matching was a tenth of a read).
    billing_routes.install(app, rt, API_PREFIX)
    money_routes.install(app, rt, API_PREFIX)
    if rt.settings.sandbox:
        app.include_router(sandbox_routes.router, prefix=API_PREFIX)
    if rt.settings.sandbox and rt.settings.latency_ms > 0:
        from provider.api import latency

        latency.install(app, rt.settings.latency_ms)
    return app
