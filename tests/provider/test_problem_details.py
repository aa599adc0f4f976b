"""Errors are RFC 9457 problem details; no malformed input ever causes a 500."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.provider.conftest import API, registration, sign_in

PROBLEM_KEYS = {"type", "title", "status", "detail"}


def assert_problem(r, status: int | None = None) -> dict:
    assert r.status_code < 500, r.text
    if status is not None:
        assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert PROBLEM_KEYS <= body.keys()
    assert body["type"].startswith("urn:switchboard:problem:")
    assert body["status"] == r.status_code and body["detail"]
    return body


def test_validation_problems_name_the_field_and_the_rule(client):
    body = assert_problem(client.post(f"{API}/accounts", json=registration(password="kurz")), 422)
    assert body["type"] == "urn:switchboard:problem:validation"
    assert (body["field"], body["rule"]) == ("password", "password.min_length")
    assert body["errors"][0] == {"field": "password", "rule": "password.min_length",
                                 "message": body["detail"]}
    body = assert_problem(client.post(f"{API}/auth/sign-in", json={"identifier": "x"}), 422)
    assert (body["field"], body["rule"]) == ("password", "required")
    body = assert_problem(client.post(f"{API}/accounts", json={**registration(), "kind": "other"}), 422)
    assert (body["field"], body["rule"]) == ("kind", "choice")


def test_unknown_paths_and_methods_are_problems(client):
    assert_problem(client.get(f"{API}/nothing-here"), 404)
    assert_problem(client.delete(f"{API}/me"), 405)


def test_bad_json_wrong_types_and_content_types(client, seeded):
    url = f"{API}/auth/sign-in"
    cases = [
        {"content": b"{not json", "headers": {"content-type": "application/json"}},
        {"content": b"\xff\xfe\x00garbage", "headers": {"content-type": "application/json"}},
        {"content": b'{"identifier": "\xff\xfe", "password": "x"}',
         "headers": {"content-type": "application/json"}},
        {"content": b"identifier=52718&password=x",
         "headers": {"content-type": "application/x-www-form-urlencoded"}},
        {"content": b"52718", "headers": {"content-type": "text/plain"}},
        {"content": b"", "headers": {"content-type": "application/json"}},
        {"json": []}, {"json": "text"}, {"json": 5}, {"json": None},
        {"json": {"identifier": 52718, "password": ["x"]}},
        {"json": {"identifier": "a" * 100_000, "password": "x"}},
        {"json": {"identifier": "52718\x00", "password": "x\x00"}},
        {"json": {"identifier": {"$ne": 1}, "password": True}},
    ]
    for case in cases:
        assert_problem(client.post(url, **case))


@pytest.mark.parametrize("path", [
    "/accounts/99999999999999999999999", "/accounts/-1", "/accounts/abc",
    "/accounts/{own}/users/99999999999999999999", "/accounts/{own}/billing-addresses/0",
    "/sandbox/mailbox/99999999999999999999", "/sandbox/mailbox/%00",
])
def test_out_of_range_and_odd_ids_are_problems(client, seeded, path):
    h = sign_in(client, "52718")
    own = client.get(f"{API}/me", headers=h).json()["account"]["id"]
    for method in ("GET", "PATCH", "DELETE"):
        r = client.request(method, API + path.format(own=own), headers=h, json={"role": "viewer"})
        assert_problem(r)


def test_null_bytes_and_huge_values_never_reach_the_database_as_500(client, seeded):
    h = sign_in(client, "52718")
    own = client.get(f"{API}/me", headers=h).json()["account"]["id"]
    calls = [
        ("POST", "/auth/password-reset-requests", {"identifier": "5\x00", "email": "a\x00@b"}),
        ("POST", "/auth/refresh", {"refresh_token": "\x00"}),
        ("POST", "/auth/password-resets", {"token": "\x00", "new_password": "Abcdefg1\x00"}),
        ("POST", "/accounts", registration(name="Eva\x00", email="nul@example.com")),
        ("PATCH", f"/accounts/{own}", {"company_name": "A\x00G"}),
        ("POST", f"/accounts/{own}/billing-addresses", {"name": "\x00", "street": "x",
                                                        "postal_code": "1", "city": "c",
                                                        "country": "CH"}),
        ("POST", f"/accounts/{own}/ownership", {"user_id": 10**30}),
        ("POST", "/sandbox/clock/advance", {"days": 10**20}),
        ("PUT", "/sandbox/clock", {"now": "9999-12-31T23:59:59+00:00"}),
        ("PUT", "/sandbox/clock", {"now": "0001-01-01T00:00:00+00:00"}),
        ("PUT", "/sandbox/clock", {"now": "2026-01-01T00:00:00"}),
        ("GET", "/sandbox/mailbox?to=%00&limit=100000", None),
    ]
    for method, path, body in calls:
        r = client.request(method, API + path, headers=h, json=body)
        assert_problem(r)
    # The clock still works after the refused settings.
    assert client.get(f"{API}/sandbox/clock").status_code == 200


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=300),
    lambda children: (st.lists(children, max_size=4)
                      | st.dictionaries(st.text(max_size=20), children, max_size=4)),
    max_leaves=12,
)
fields = st.sampled_from(["identifier", "password", "email", "token", "new_password", "old_password",
                          "name", "kind", "structure", "country", "address", "main_number",
                          "vat_number", "company_name", "refresh_token", "role", "user_id", "now",
                          "days", "is_default"])
bodies = st.dictionaries(fields, json_values, max_size=8) | json_values
ROUTES = [("POST", "/accounts"), ("POST", "/auth/sign-in"), ("POST", "/auth/refresh"),
          ("POST", "/auth/password-reset-requests"), ("POST", "/auth/password-resets"),
          ("POST", "/invitations/accept"), ("POST", "/auth/password"),
          ("PATCH", "/accounts/{own}"), ("POST", "/accounts/{own}/billing-addresses"),
          ("POST", "/accounts/{own}/invitations"), ("PATCH", "/accounts/{own}/users/{uid}"),
          ("POST", "/accounts/{own}/ownership"), ("PUT", "/sandbox/clock"),
          ("POST", "/sandbox/clock/advance")]


raw_bodies = st.binary(max_size=200) | bodies.map(lambda b: json.dumps(b).encode())
content_types = st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded",
                                 "application/json; charset=latin-1", ""])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(route=st.sampled_from(ROUTES), body=raw_bodies, content_type=content_types)
def test_fuzzed_bodies_never_cause_a_500(client, seeded, route, body, content_type):
    if not hasattr(client, "_fuzz_headers"):
        # Sign in once per test; the owner acts on a viewer so a fuzzed role change or
        # hand-over never takes the caller's own rights away.
        h = sign_in(client, "52718")
        users = client.get(f"{API}/accounts/{client.get(f'{API}/me', headers=h).json()['account']['id']}"
                           "/users", headers=h).json()
        viewer = next(u for u in users if u["role"] == "viewer")
        client._fuzz_headers = h
        client._fuzz_ids = {"own": client.get(f"{API}/me", headers=h).json()["account"]["id"],
                            "uid": viewer["id"]}
    method, path = route
    headers = {**client._fuzz_headers, "content-type": content_type}
    r = client.request(method, API + path.format(**client._fuzz_ids), headers=headers, content=body)
    assert r.status_code < 500, (route, body, r.text)
    if r.status_code >= 400:
        assert_problem(r)


def test_openapi_documents_problem_details_on_every_route(client):
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            for code in ("422", "4XX"):
                content = op["responses"][code]["content"]
                assert "application/problem+json" in content, (method, path, code)
                assert "detail" in content["application/problem+json"]["schema"]["properties"]
