"""schemathesis against the sandbox provider's /openapi.json: every operation, with a bounded
number of generated requests each (valid ones, and ones that break the schema), signed in as the
demo owner, must answer without a 5xx and with a status, content type, headers and body the
schema documents.

The provider runs as users run it (`switchboard-provider serve --sandbox` on a fresh SQLite data
directory, demo data included) and is called over HTTP on loopback. Account ids in paths are the
demo owner's account, and other ids are real ones half of the time, so that the answers carry
data rather than only 404s. Routes that would end the test's own standing are left out: closing
the account and handing over ownership. Routes that end or age the session (sign-out, password
change or reset, the sandbox clock) are called, and the owner signs in again after them.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from provider.seed import DEMO_PASSWORD
from tests.provider.test_cli_serve import CLI, cli_env, first_line

OWNER = "owner@alpenblick.example"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]
# Per operation: valid requests, and half as many that break the schema (must answer 4xx, never
# 5xx). ~85 operations x (15 + 7) take about a minute.
EXAMPLES = 15
# Costly or state-wide operations get fewer: each clock move runs every job (invoice runs).
FEWER = {("POST", "/api/v1/sandbox/calls"): 3, ("PUT", "/api/v1/sandbox/clock"): 3,
         ("POST", "/api/v1/sandbox/clock/advance"): 3, ("POST", "/api/v1/accounts"): 6,
         ("POST", "/api/v1/accounts/{account_id}/customers"): 6}
SKIPPED = {("POST", "/api/v1/accounts/{account_id}/close"),
           ("POST", "/api/v1/accounts/{account_id}/ownership")}
# After these the owner's token may be gone or expired: sign in again before the next case.
RESIGN = re.compile(r"^/api/v1/(auth/|sandbox/clock)")


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    data_dir = tmp_path_factory.mktemp("schemathesis")
    log_path = data_dir / "stderr.log"
    log = log_path.open("wb")
    proc = subprocess.Popen([CLI, "serve", "--sandbox", "--port", "0"], env=cli_env(data_dir),
                            stdout=subprocess.PIPE, stderr=log)
    try:
        line = first_line(proc, timeout=120)
        match = re.fullmatch(r"listening on (http://127\.0\.0\.1:\d+)\n", line)
        assert match, line
        yield match.group(1), log_path
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


class Owner:
    """The demo owner's Authorization header, renewed when a case may have ended the session."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.headers: dict[str, str] = {}
        self.renew()
        me = httpx.get(f"{base}/api/v1/me", headers=self.headers, timeout=30).json()
        self.account_id: int = me["account"]["id"]

    def renew(self) -> None:
        r = httpx.post(f"{self.base}/api/v1/auth/sign-in", timeout=30,
                       json={"identifier": OWNER, "password": DEMO_PASSWORD})
        assert r.status_code == 200, r.text
        self.headers = {"Authorization": f"Bearer {r.json()['access_token']}"}


def real_ids(base: str, owner: Owner) -> dict[str, list[Any]]:
    """Ids of things the demo owner's account really has, by path parameter name."""
    acc = f"{base}/api/v1/accounts/{owner.account_id}"

    def ids(path: str, key: str = "id", items: bool = False) -> list[Any]:
        body = httpx.get(f"{acc}{path}", headers=owner.headers, timeout=30).json()
        return [row[key] for row in (body["items"] if items else body)]

    mails = httpx.get(f"{base}/api/v1/sandbox/mailbox", timeout=30).json()
    return {"invoice_id": ids("/invoices", items=True), "user_id": ids("/users"),
            "address_id": ids("/billing-addresses"), "mail_id": [m["id"] for m in mails],
            "area_code": [p["area_code"] for p in httpx.get(
                f"{acc}/number-pool", headers=owner.headers, timeout=30).json()]}


class Run:
    """Everything the generated cases share: the owner, the real ids, the tally."""

    def __init__(self, base: str) -> None:
        self.owner = Owner(base)
        self.pool = real_ids(base, self.owner)
        self.session = requests.Session()
        self.statuses: Counter[int] = Counter()

    def operation_test(self, operation: Any, mode: GenerationMode, examples: int) -> Any:
        must_resign = bool(RESIGN.match(operation.path))

        @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(mode))
        def run(case: Any) -> None:
            for name, value in list((case.path_parameters or {}).items()):
                choices = self.pool.get(name)
                if name == "account_id":
                    case.path_parameters[name] = self.owner.account_id
                elif choices and hash(str(value)) % 2 == 0:
                    case.path_parameters[name] = choices[hash(str(value)) % len(choices)]
            try:
                response = case.call_and_validate(session=self.session, headers=self.owner.headers,
                                                  checks=CHECKS)
                self.statuses[response.status_code] += 1
            finally:
                if must_resign:
                    self.owner.renew()

        return run


def test_the_api_keeps_its_schema(sandbox: tuple[str, Path]) -> None:
    base, log_path = sandbox
    schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
    run = Run(base)
    assert run.pool["invoice_id"] and run.pool["user_id"], run.pool
    failures: dict[str, str] = {}
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        key = (operation.method.upper(), operation.path)
        if key in SKIPPED:
            continue
        operations += 1
        for mode, examples in ((GenerationMode.POSITIVE, FEWER.get(key, EXAMPLES)),
                               (GenerationMode.NEGATIVE, max(1, FEWER.get(key, EXAMPLES) // 2))):
            try:
                run.operation_test(operation, mode, examples)()
            except Unsatisfiable:
                pass  # nothing of this mode to generate (no parameters to break); nothing to call
            except Exception as exc:  # one report per operation and mode, then on to the next
                failures[f"{' '.join(key)} ({mode.value})"] = str(exc)[:3000]
    assert not failures, "\n\n".join(f"== {k}\n{v}" for k, v in failures.items()) + (
        "\n\n== provider stderr (tracebacks of any 500)\n" + log_path.read_text(errors="replace")[-6000:])
    assert operations >= 80
    # The owner reached real data: most operations answered with success at least once.
    assert sum(n for code, n in run.statuses.items() if code < 300) > operations, run.statuses
