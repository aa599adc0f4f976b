"""The FastAPI application: every router, in matching order, problem details, the sandbox
gateway's own app, the clock-driven jobs, and the runtime on app.state."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI

from provider.api import (
    access_routes,
    account_routes,
    auth_routes,
    autopay_routes,
    card_routes,
    cart_routes,
    catalog_routes,
    dispute_routes,
    invoice_routes,
    ledger_routes,
    order_routes,
    problems,
    reseller_routes,
    sandbox_billing_routes,
    sandbox_routes,
    subscription_routes,
    telephony_routes,
)
from provider.jobs import due
from provider.payments.registry import sandbox_gateway
from provider.payments.sandbox_gateway_app import GATEWAY_PREFIX, create_gateway_app
from provider.runtime import Runtime
from provider.settings import Settings

API_PREFIX = "/api/v1"

# Every router of the API and whether it exists only in the sandbox, in the order requests are
# matched: Starlette tries routes in order, each request until one matches, and matching was about
# a tenth of a read. So the routers desktop clients read most (account, invoices and calls) come
# first.
ROUTERS: tuple[tuple[APIRouter, bool], ...] = (
    (auth_routes.router, False),
    (account_routes.router, False),
    (access_routes.router, False),
    (invoice_routes.router, False),
    (subscription_routes.router, False),
    (dispute_routes.router, False),
    (telephony_routes.router, False),
    (reseller_routes.router, False),
    (sandbox_billing_routes.router, True),  # the back office's acts: calls, transfers, credit notes
    (catalog_routes.router, False),
    (cart_routes.router, False),
    (order_routes.router, False),
    (card_routes.router, False),
    (autopay_routes.router, False),
    (ledger_routes.router, False),
    (sandbox_routes.router, True),  # the clock and the mailbox
)


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
    for router, sandbox_only in ROUTERS:
        if rt.settings.sandbox or not sandbox_only:
            app.include_router(router, prefix=API_PREFIX)
    # The embedded default gateway; a production gateway would tokenize on its own servers.
    app.mount(GATEWAY_PREFIX, create_gateway_app(sandbox_gateway(rt)))
    due.register(rt)
    if rt.settings.sandbox and rt.settings.latency_ms > 0:
        from provider.api import latency

        latency.install(app, rt.settings.latency_ms)
    return app
