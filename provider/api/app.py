"""The FastAPI application: every router, in matching order, problem details, the sandbox
gateway's own app, the clock-driven jobs, and the runtime on app.state."""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from provider.api import lazy_routers as lazy
from provider.api import problems
from provider.jobs import due
from provider.operations.install import install as install_operations
from provider.payments.registry import require_gateway, sandbox_gateway, uses_sandbox_gateway
from provider.payments.sandbox_gateway_app import GATEWAY_PREFIX, create_gateway_app
from provider.runtime import Runtime
from provider.settings import Settings

API_PREFIX = "/api/v1"

# Every routes module of the API, in the order requests are matched: Starlette tries routes in
# order, each request until one matches, and matching was about a tenth of a read. So the routers
# desktop clients read most (account, invoices and calls) come first.
ROUTERS: tuple[str, ...] = (
    "auth_routes", "account_routes", "access_routes", "invoice_routes", "subscription_routes",
    "dispute_routes", "telephony_routes", "reseller_routes", "operator_routes",
    "operator_reseller_routes", "sandbox_billing_routes", "bulk_routes",
    "catalog_routes", "event_routes", "retail_routes", "reseller_dashboard_routes",
    "cart_routes", "order_routes", "card_routes", "gateway_routes", "autopay_routes",
    "ledger_routes", "sandbox_reseller_routes", "sandbox_routes", "two_factor_routes")
# Mounted only in sandbox mode: the clock, the mailbox, the back office's acts a test needs.
SANDBOX_ONLY = frozenset({"sandbox_billing_routes", "sandbox_reseller_routes", "sandbox_routes"})


def _include(app: FastAPI, router: Any) -> None:
    app.include_router(router, prefix=API_PREFIX)


def create_app(settings: Settings | None = None, runtime: Runtime | None = None, *,
               lazy_routes: bool = False) -> FastAPI:
    """`lazy_routes`: the modules in provider/api/lazy_routers.py wait until a request could be
    theirs (the embedded sandbox's start); the routes, their order and answers are the same."""
    rt = runtime or Runtime.create(settings or Settings())
    require_gateway(rt.settings)  # never take money through a gateway chosen by accident

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        rt.mail.kick()  # deliver whatever an earlier run left queued
        yield
        if runtime is None:
            rt.close()

    # The API description is for developers: in production it is off unless asked for.
    docs = rt.settings.docs_enabled()
    app = FastAPI(
        title="Switchboard provider API",
        version="1",
        description="Accounts, access rights, shop, billing and telephony services.",
        lifespan=lifespan,
        openapi_url="/openapi.json" if docs else None,
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
    )
    app.state.runtime = rt
    install_operations(app, rt)
    problems.install(app)
    if lazy_routes:
        lazy.describe_after_loading(app)
    for name in ROUTERS:
        if not rt.settings.sandbox and name in SANDBOX_ONLY:
            continue
        if lazy_routes and name in lazy.PATHS:
            app.router.routes.append(lazy.LazyRoutes(app, name, API_PREFIX, _include))
        else:
            _include(app, importlib.import_module(f"provider.api.{name}").router)
    # The sandbox's own gateway and its test cards exist in sandbox mode only; a real gateway
    # tokenizes on its own servers.
    if uses_sandbox_gateway(rt.settings):
        app.mount(GATEWAY_PREFIX, create_gateway_app(sandbox_gateway(rt)))
    due.register(rt)
    if rt.settings.sandbox and rt.settings.latency_ms > 0:
        from provider.api import latency

        latency.install(app, rt.settings.latency_ms)
    return app
