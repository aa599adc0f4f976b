"""Wires the money path into the app: its routers, the sandbox gateway's own app at
/gateway/v1, and the clock-driven jobs."""

from __future__ import annotations

from fastapi import FastAPI

from provider.api import (
    autopay_routes,
    card_routes,
    cart_routes,
    catalog_routes,
    ledger_routes,
    order_routes,
)
from provider.jobs.due import register
from provider.payments.registry import sandbox_gateway
from provider.payments.sandbox_gateway_app import GATEWAY_PREFIX, create_gateway_app
from provider.runtime import Runtime


def install(app: FastAPI, rt: Runtime, prefix: str) -> None:
    for module in (catalog_routes, cart_routes, order_routes, card_routes, autopay_routes,
                   ledger_routes):
        app.include_router(module.router, prefix=prefix)
    # The embedded default gateway; a production gateway would tokenize on its own servers.
    app.mount(GATEWAY_PREFIX, create_gateway_app(sandbox_gateway(rt)))
    register(rt)
