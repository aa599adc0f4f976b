"""Routes modules imported when first asked for, in the embedded sandbox (`serve --sandbox`).

Importing the API was most of the sandbox's start: each routes module builds its pydantic
bodies and FastAPI's view of every route as it is imported. A first start (bench/first_start.py)
reads a handful of routers: sign-in, the account, the dashboard's reads, the events stream. The
others (the operator's back office, bulk jobs, the shop, the Hosted PBX subscription, two-factor
set-up, the sandbox's own acts) wait until a request could be theirs.

A `LazyRoutes` stands in the app's route list exactly where its module's router is included, so
requests are still matched in the order of provider.api.app.ROUTERS: Starlette asks each route
in turn, and the stand-in answers "no match" only for a path none of the module's routes can
match (`PATHS`, which tests/provider/test_lazy_routers.py keeps equal to the module's routes);
any other path imports the module, puts its router in the stand-in's place and lets it answer.
Whatever looks at every route (the OpenAPI description, `url_path_for`) imports them all first.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from starlette.routing import BaseRoute, Match, get_route_path
from starlette.types import Receive, Scope, Send

# The path templates (below the API prefix) of each module that may wait, as its router has them.
PATHS: dict[str, tuple[str, ...]] = {
    "access_routes": (
        "/accounts/{account_id}/close", "/accounts/{account_id}/invitations",
        "/accounts/{account_id}/invitations/{invitation_id}", "/accounts/{account_id}/ownership",
        "/accounts/{account_id}/users", "/accounts/{account_id}/users/{user_id}",
        "/invitations/accept"),
    "subscription_routes": (
        "/accounts/{account_id}/subscription", "/accounts/{account_id}/subscription/changes",
        "/accounts/{account_id}/subscription/changes/{change_id}",
        "/accounts/{account_id}/subscription/quote", "/accounts/{account_id}/subscription/upgrade",
        "/accounts/{account_id}/subscription/users"),
    "dispute_routes": (
        "/accounts/{account_id}/call-disputes", "/accounts/{account_id}/calls/{call_id}/disputes"),
    "reseller_routes": ("/accounts/{account_id}/customers", "/accounts/{account_id}/reseller-overview"),
    "operator_routes": (
        "/operator/bank-bookings", "/operator/bank-bookings/{booking_id}/match",
        "/operator/bank-bookings/{booking_id}/unmatch", "/operator/bank-statements",
        "/operator/call-records", "/operator/direct-debit-files",
        "/operator/direct-debit-files/{file_id}", "/operator/invoices/{invoice_id}/credit-notes",
        "/operator/payments/{payment_id}/refunds",
        "/operator/porting-requests/{porting_id}/progress", "/operator/resellers"),
    "operator_reseller_routes": (
        "/operator/resellers/{reseller_id}/accent-color", "/operator/resellers/{reseller_id}/identity",
        "/operator/resellers/{reseller_id}/logo", "/operator/resellers/{reseller_id}/profile"),
    "sandbox_billing_routes": (
        "/sandbox/calls", "/sandbox/invoices/{invoice_id}/bank-transfer",
        "/sandbox/invoices/{invoice_id}/credit-notes", "/sandbox/porting-requests/{porting_id}/advance"),
    "bulk_routes": (
        "/accounts/{account_id}/bulk-jobs", "/accounts/{account_id}/bulk-jobs/auto-top-ups",
        "/accounts/{account_id}/bulk-jobs/customer-imports",
        "/accounts/{account_id}/bulk-jobs/invoice-exports", "/accounts/{account_id}/bulk-jobs/{job_id}",
        "/accounts/{account_id}/bulk-jobs/{job_id}/cancel",
        "/accounts/{account_id}/bulk-jobs/{job_id}/progress",
        "/accounts/{account_id}/bulk-jobs/{job_id}/resume"),
    "catalog_routes": ("/catalog",),
    "retail_routes": (
        "/accounts/{account_id}/call-tariffs", "/accounts/{account_id}/catalog",
        "/accounts/{account_id}/retail-prices", "/accounts/{account_id}/wholesale-statements/{period}",
        "/accounts/{account_id}/wholesale-statements/{period}/csv"),
    "reseller_dashboard_routes": ("/accounts/{account_id}/reseller-dashboard",),
    "cart_routes": (
        "/accounts/{account_id}/cart", "/accounts/{account_id}/cart/items",
        "/accounts/{account_id}/cart/items/{item_id}"),
    "order_routes": (
        "/accounts/{account_id}/checkout", "/accounts/{account_id}/orders",
        "/accounts/{account_id}/orders/{order_id}", "/accounts/{account_id}/orders/{order_id}/cancel",
        "/accounts/{account_id}/orders/{order_id}/payments", "/accounts/{account_id}/payments",
        "/accounts/{account_id}/payments/{payment_id}",
        "/accounts/{account_id}/payments/{payment_id}/cancel-authentication"),
    "gateway_routes": (
        "/payment-gateway", "/payment-gateway/authentication", "/payment-gateway/webhooks/stripe"),
    "sandbox_reseller_routes": ("/sandbox/resellers",),
    "sandbox_routes": (
        "/sandbox/clock", "/sandbox/clock/advance", "/sandbox/mailbox", "/sandbox/mailbox/{mail_id}"),
    "two_factor_routes": (
        "/accounts/{account_id}/two-factor-requirement", "/auth/sign-in/code",
        "/auth/sign-in/two-factor-setup", "/auth/sign-in/two-factor-setup/confirm",
        "/me/two-factor", "/me/two-factor/confirm", "/me/two-factor/recovery-codes",
        "/me/two-factor/setup", "/me/two-factor/turn-off"),
}
_PARAMETER = re.compile(r"\{[^}]*\}")


def path_pattern(template: str) -> re.Pattern[str]:
    """Every path a route with this template could match: each parameter any one segment, a
    `:path` parameter anything. Wider than Starlette's own (its convertors), never narrower."""
    parts = []
    position = 0
    for found in _PARAMETER.finditer(template):
        parts.append(re.escape(template[position:found.start()]))
        parts.append(".*" if found.group().endswith(":path}") else "[^/]+")
        position = found.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts) + r"\Z")


_lock = threading.RLock()  # one import at a time, whichever thread asks (url_path_for in a worker)


class LazyRoutes(BaseRoute):
    """Where `module`'s router is included, until a request could be one of its routes."""

    def __init__(self, app: FastAPI, module: str, prefix: str,
                 include: Callable[[FastAPI, Any], None]) -> None:
        self._app = app
        self.module = module
        self._include = include
        self._patterns = [path_pattern(prefix + template) for template in PATHS[module]]
        self._real: BaseRoute | None = None

    def __repr__(self) -> str:
        return f"LazyRoutes({self.module!r}, imported={self._real is not None})"

    def load(self) -> BaseRoute:
        """Import the module and put its router where this stands (once)."""
        with _lock:
            if self._real is None:
                module = importlib.import_module(f"provider.api.{self.module}")
                routes = self._app.router.routes
                self._include(self._app, module.router)  # appends the included router: moved here
                real = routes.pop()
                routes[next(i for i, route in enumerate(routes) if route is self)] = real
                self._app.router._mark_routes_changed()
                self._real = real
            return self._real

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] not in ("http", "websocket") or self._real is None and not any(
                pattern.match(get_route_path(scope)) for pattern in self._patterns):
            return Match.NONE, {}
        return self.load().matches(scope)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.load().handle(scope, receive, send)

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        return self.load().url_path_for(name, **path_params)


def load_all(app: FastAPI) -> None:
    for route in list(app.router.routes):
        if isinstance(route, LazyRoutes):
            route.load()


def describe_after_loading(app: FastAPI) -> None:
    """The OpenAPI description (and so /docs) lists every route: the modules waiting are
    imported before it is first made."""
    make = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            load_all(app)
        return make()

    app.openapi = openapi  # type: ignore[method-assign]
