"""Wires issue 5 into the app: subscriptions, invoices and calls, numbers, porting, VoIP,
resellers, and their sandbox helpers."""

from __future__ import annotations

from fastapi import FastAPI

from provider.api import (
    dispute_routes,
    invoice_routes,
    reseller_routes,
    sandbox_billing_routes,
    subscription_routes,
    telephony_routes,
)
from provider.runtime import Runtime


def install(app: FastAPI, rt: Runtime, prefix: str) -> None:
    for module in (invoice_routes, subscription_routes, dispute_routes, telephony_routes, reseller_routes):
        app.include_router(module.router, prefix=prefix)
    if rt.settings.sandbox:
        app.include_router(sandbox_billing_routes.router, prefix=prefix)
