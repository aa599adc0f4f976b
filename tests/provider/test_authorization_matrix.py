"""Every route of /openapi.json, called as anonymous, as each role of the demo business account
and as a user of another account, against the expected table in authz_expectations.py.

Authorization is decided before the body is validated, so requests carry an empty JSON object:
an allowed caller gets past the access check (and usually a 422 for the missing fields), a
disallowed one gets 401 (anonymous), 403 (role) or 404 (another account's resource).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from provider.api.app import create_app
from provider.db.models import Account, User
from provider.runtime import Runtime
from provider.seed import DEMO_PASSWORD, seed_demo
from provider.services.accounts import AddressInput, Registration
from provider.services.resellers import create_reseller
from provider.services.staff import create_operator
from tests.provider.authz_expectations import (
    CALLERS,
    EXPECTED,
    RESELLER_STAFF,
    reseller_staff_allowed,
)
from tests.provider.authz_resolvers import MatrixContext, resolve
from tests.provider.conftest import make_settings
from tests.provider.databases import BACKENDS, Databases

IDENTITIES = {
    "owner": "owner@alpenblick.example",
    "admin": "admin@alpenblick.example",
    "billing": "billing@alpenblick.example",
    "technical": "tech@alpenblick.example",
    "viewer": "viewer@alpenblick.example",
    "other": "owner@nordlicht.example",
    "operator": "ops@switchboard.example",
    **{caller: f"{role}@matrix-reseller.example" for caller, role in RESELLER_STAFF.items()},
}
ACCOUNT_ROUTE = "/api/v1/accounts/{account_id}"
PARAM = re.compile(r"{(\w+)}")


class Matrix:
    def __init__(self, ctx: MatrixContext) -> None:
        self.ctx = ctx
        self._tokens: dict[str, str] = {}

    def headers(self, caller: str) -> dict[str, str]:
        if caller == "anonymous":
            return {}
        if caller not in self._tokens:
            r = self.ctx.client.post("/api/v1/auth/sign-in",
                                     json={"identifier": IDENTITIES[caller], "password": DEMO_PASSWORD})
            assert r.status_code == 200, r.text
            self._tokens[caller] = r.json()["access_token"]
        return {"Authorization": f"Bearer {self._tokens[caller]}"}

    def call(self, method: str, template: str, caller: str) -> tuple[int, dict]:
        path = PARAM.sub(lambda m: str(resolve(self.ctx, m.group(1))), template)
        kwargs: dict = {"headers": self.headers(caller)}
        if method in ("POST", "PUT", "PATCH"):
            kwargs["json"] = {}
        r = self.ctx.client.request(method, path, **kwargs)
        if method != "GET" and r.status_code < 300:
            # The call may have ended this caller's session (sign-out): sign in afresh next time.
            self._tokens.pop(caller, None)
        body = r.json() if r.headers.get("content-type", "").endswith("json") and r.content else {}
        return r.status_code, body


@pytest.fixture(scope="module", params=BACKENDS)
def matrix(request: pytest.FixtureRequest, databases: Databases,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Matrix]:
    """One seeded database per backend for the whole module."""
    db = databases.get(request.param, "matrix")
    db.empty()
    rt = Runtime.create(make_settings(db.url, Path(tmp_path_factory.mktemp("matrix"))))
    seed_demo(rt)
    with rt.sessions() as s:
        create_operator(s, rt, IDENTITIES["operator"], "Matrix Operator", DEMO_PASSWORD)
    with rt.sessions() as s:
        ids = {u.email: u.account_id for u in s.scalars(select(User))}
    make_reseller_of(rt, ids[IDENTITIES["owner"]])
    with TestClient(create_app(runtime=rt)) as client:
        yield Matrix(MatrixContext(rt, client, ids[IDENTITIES["owner"]], ids[IDENTITIES["other"]]))
    rt.close()


def make_reseller_of(rt: Runtime, customer_id: int) -> None:
    """A reseller with a user in every role, whose customer the demo business account becomes."""
    with rt.sessions() as s:
        reseller = create_reseller(s, rt, Registration(
            kind="business", structure="collective", email=IDENTITIES["reseller-owner"],
            password=DEMO_PASSWORD, name="Rita Reseller", country="CH", language="de",
            company_name="Matrix Reseller AG",
            address=AddressInput(name="Rita Reseller", company="Matrix Reseller AG",
                                 street="Bahnhofstrasse 1", postal_code="8001", city="Zürich",
                                 country="CH")))
        now = rt.clock.now(s)
        password_hash = rt.hashing.hash(DEMO_PASSWORD)
        for caller, role in RESELLER_STAFF.items():
            if role != "owner":
                s.add(User(account_id=reseller.id, email=IDENTITIES[caller], name=caller, role=role,
                           password_hash=password_hash, created_at=now, password_changed_at=now))
        customer = s.get(Account, customer_id)
        assert customer is not None
        customer.reseller_id = reseller.id
        s.commit()


def openapi_routes(client: TestClient) -> set[tuple[str, str]]:
    spec = client.get("/openapi.json").json()
    return {(method.upper(), path) for path, ops in spec["paths"].items() for method in ops
            if method in ("get", "post", "put", "patch", "delete")}


def test_every_route_has_an_expectation_and_every_expectation_a_route(matrix: Matrix) -> None:
    routes = openapi_routes(matrix.ctx.client)
    missing = sorted(routes - EXPECTED.keys())
    stale = sorted(EXPECTED.keys() - routes)
    assert not missing, f"routes without an entry in authz_expectations.py: {missing}"
    assert not stale, f"entries in authz_expectations.py for routes that do not exist: {stale}"
    for allowed in EXPECTED.values():
        assert allowed <= CALLERS


@pytest.mark.parametrize("route", sorted(EXPECTED), ids=lambda r: f"{r[0]} {r[1]}")
def test_route_admits_exactly_the_expected_callers(matrix: Matrix, route: tuple[str, str]) -> None:
    method, template = route
    allowed = EXPECTED[route]
    callers = sorted(CALLERS)
    if template.startswith(ACCOUNT_ROUTE):
        callers += ["other", *RESELLER_STAFF]
    resellers_allowed = reseller_staff_allowed(allowed)
    wrong = []
    for caller in callers:
        status, body = matrix.call(method, template, caller)
        if status >= 500:
            wrong.append(f"{caller}: {status} {body}")
        elif caller in RESELLER_STAFF:
            if caller in resellers_allowed and status in (401, 403, 404, 405):
                wrong.append(f"{caller}: allowed for the customer, but got {status} {body}")
            elif caller not in resellers_allowed and (
                    status != 403 or body.get("type") != "urn:switchboard:problem:forbidden"):
                wrong.append(f"{caller}: expected 403 on the customer's account, got {status} {body}")
        elif caller == "other" or (caller == "operator" and template.startswith(ACCOUNT_ROUTE)):
            if status != 404 or body.get("type") != "urn:switchboard:problem:not-found":
                wrong.append(f"{caller}: expected 404 for another account, got {status} {body}")
        elif caller in allowed:
            if status in (401, 403, 404, 405):
                wrong.append(f"{caller}: allowed, but got {status} {body}")
        elif caller == "anonymous":
            if status != 401:
                wrong.append(f"{caller}: expected 401, got {status} {body}")
        elif status != 403 or body.get("type") != "urn:switchboard:problem:forbidden":
            wrong.append(f"{caller}: expected 403, got {status} {body}")
    assert not wrong, "\n".join(wrong)
