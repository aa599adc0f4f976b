"""A provider past its capacity, as a customer meets it: the client asks again after the
provider's Retry-After, then says the provider is busy, with the request's id, and the
provider's access log has a line with that same id for every attempt."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from desktop.api_client import ApiClient, ApiError, ConnectionSettings
from desktop.sandbox import SandboxServer
from desktop.views.field_errors import describe
from tests.desktop.conftest import LOW_COST
from tests.desktop.helpers import in_language


@pytest.fixture
def busy_provider(tmp_path) -> Iterator[SandboxServer]:
    # Takes no request at once: every API request is shed with 503 and Retry-After: 1.
    server = SandboxServer.start(tmp_path / "provider", env={
        **LOW_COST, "SWITCHBOARD_MAX_IN_FLIGHT": "0", "SWITCHBOARD_ACCESS_LOG": "true"})
    server.wait_ready(60)
    yield server
    server.stop()


def test_busy_is_said_with_the_request_id_the_provider_logged(qapp, busy_provider):
    assert busy_provider.base_url is not None
    client = ApiClient(ConnectionSettings(busy_provider.base_url, retries=1))
    with pytest.raises(ApiError) as caught:
        client.request("GET", "/catalog", auth=False)
    err = caught.value
    assert err.status == 503 and err.slug == "busy" and err.retry_after == 1
    shown = describe(err)
    assert shown.startswith("The provider is busy; please try again in a moment.")
    assert f"(Reference for support: {err.request_id})" in shown
    deadline = time.monotonic() + 5
    while True:  # the provider's stderr is read on a thread: let it catch up
        logged = [json.loads(line) for line in busy_provider.error_output().splitlines()
                  if line.startswith("{")]
        mine = [line for line in logged if line.get("request_id") == err.request_id]
        if len(mine) >= 2 or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    # Asked twice (Retry-After honoured once), and each attempt logged with the same id.
    assert [(line["path"], line["status"]) for line in mine] == [("/api/v1/catalog", 503)] * 2


def test_busy_in_german(qapp):
    err = ApiError("x", status=503, type="urn:switchboard:problem:busy", request_id="0123456789abcdef")
    with in_language("de"):
        assert describe(err) == ("Der Anbieter ist ausgelastet; bitte versuchen Sie es gleich noch einmal. "
                                 "(Referenz für den Support: 0123456789abcdef)")


def test_answers_the_user_can_act_on_carry_no_reference(qapp):
    wrong = ApiError("wrong", status=422, type="urn:switchboard:problem:validation", request_id="abcdef0123")
    assert "Reference" not in describe(wrong)
    unreachable = ApiError("down", kind="connection", request_id="abcdef0123")
    assert "Reference" not in describe(unreachable)
