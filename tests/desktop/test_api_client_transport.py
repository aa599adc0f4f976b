"""Retries, idempotency keys, timeouts and connection failures, against real local servers.

A tiny threaded HTTP server plays a provider that fails on purpose (503s, slow answers);
requests really travel over loopback.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop.api_client import ApiClient, ApiError, ConnectionSettings, new_idempotency_key
from desktop.version import UNKNOWN, app_version


class FlakyProvider(ThreadingHTTPServer):
    """Answers 503 `fail_first` times per path, then 200 with what it saw."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fail_first = 0
        self.retry_after: str | None = None  # sent with each 503
        self.delay = 0.0
        self.problem = "http"  # the type of its 503s: "busy" is how the provider says it did nothing
        self.hits: list[tuple[str, str, dict[str, str]]] = []
        self.lock = threading.Lock()

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the TLS test sends a ClientHello to this plain-HTTP server on purpose

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: FlakyProvider

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        with self.server.lock:
            self.server.hits.append((self.command, self.path, dict(self.headers)))
            count = sum(1 for m, p, _ in self.server.hits if (m, p) == (self.command, self.path))
        time.sleep(self.server.delay)
        if count <= self.server.fail_first:
            body = json.dumps({"type": f"urn:switchboard:problem:{self.server.problem}",
                               "title": "Unavailable", "status": 503, "detail": "Busy."}).encode()
            self.send_response(503)
            self.send_header("Content-Type", "application/problem+json")
            if self.server.retry_after is not None:
                self.send_header("Retry-After", self.server.retry_after)
        else:
            body = json.dumps({"seen_key": self.headers.get("Idempotency-Key"), "extra": 1}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def flaky() -> Iterator[FlakyProvider]:
    server = FlakyProvider()
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def fast(url: str, **kw: object) -> ApiClient:
    return ApiClient(ConnectionSettings(url, backoff_seconds=0.01, **kw))  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_get_is_retried_after_503(flaky):
    flaky.fail_first = 2
    assert fast(flaky.url).request("GET", "/thing", auth=False)["extra"] == 1
    assert len(flaky.hits) == 3


def test_plain_post_is_never_retried(flaky):
    flaky.fail_first = 1
    with pytest.raises(ApiError) as caught:
        fast(flaky.url).request("POST", "/order", json={}, auth=False)
    assert caught.value.status == 503
    assert len(flaky.hits) == 1


def test_paying_post_carries_one_key_across_retries(flaky):
    flaky.fail_first = 2
    answer = fast(flaky.url).request("POST", "/pay", json={"amount": "10.00"}, paying=True, auth=False)
    keys = {headers.get("Idempotency-Key") for _, _, headers in flaky.hits}
    assert len(flaky.hits) == 3 and len(keys) == 1
    assert answer["seen_key"] in keys and len(answer["seen_key"]) >= 32


def test_a_key_kept_by_the_caller_is_sent_again_on_a_second_try(flaky):
    key = new_idempotency_key()
    c = fast(flaky.url)
    c.request("POST", "/pay", json={}, paying=True, idempotency_key=key, auth=False)
    c.request("POST", "/pay", json={}, paying=True, idempotency_key=key, auth=False)
    assert [h.get("Idempotency-Key") for _, _, h in flaky.hits] == [key, key]


def test_each_paying_request_without_a_key_gets_a_new_one(flaky):
    c = fast(flaky.url)
    c.request("POST", "/pay", json={}, paying=True, auth=False)
    c.request("POST", "/pay", json={}, paying=True, auth=False)
    keys = [h.get("Idempotency-Key") for _, _, h in flaky.hits]
    assert all(keys) and keys[0] != keys[1]


def test_retries_give_up_and_report_the_last_answer(flaky):
    flaky.fail_first = 10
    with pytest.raises(ApiError) as caught:
        fast(flaky.url).request("GET", "/thing", auth=False)
    assert caught.value.status == 503 and len(flaky.hits) == 3


def test_read_timeout_is_a_timeout_error(flaky):
    flaky.delay = 0.5
    c = ApiClient(ConnectionSettings(flaky.url, read_timeout=0.1, retries=0))
    with pytest.raises(ApiError) as caught:
        c.request("GET", "/slow", auth=False)
    assert caught.value.kind == "timeout" and "did not answer in time" in caught.value.message


def test_refused_connection_says_a_firewall_may_block_the_port():
    port = free_port()
    started = time.monotonic()
    with pytest.raises(ApiError) as caught:
        fast(f"http://127.0.0.1:{port}").request("GET", "/me", auth=False)
    err = caught.value
    assert err.kind == "connection" and err.status is None
    assert "firewall" in err.message and f"acl SSL_ports port {port}" in err.message
    assert err.__cause__ is None and err.__suppress_context__  # no raw exception text attached
    assert time.monotonic() - started < 3


def test_tls_to_a_plain_http_server_is_a_tls_error(flaky):
    url = flaky.url.replace("http://", "https://")
    with pytest.raises(ApiError) as caught:
        fast(url, retries=0).request("GET", "/me", auth=False)
    assert caught.value.kind == "tls" and "certificate" in caught.value.message


def test_unreachable_proxy_is_a_proxy_error(flaky):
    proxy = f"http://user:s3cret-proxy-pass@127.0.0.1:{free_port()}"
    c = fast(flaky.url, proxy=proxy, retries=0)
    with pytest.raises(ApiError) as caught:
        c.request("GET", "/me", auth=False)
    err = caught.value
    assert err.kind == "proxy" and "acl SSL_ports" in err.message
    assert "s3cret-proxy-pass" not in str(err) + repr(err) + repr(c.settings)


def test_unknown_host_says_the_name_was_not_found():
    with pytest.raises(ApiError) as caught:
        fast("https://nonexistent.invalid", retries=0).request("GET", "/me", auth=False)
    assert caught.value.kind == "connection" and "could not be found" in caught.value.message


def test_every_request_carries_an_id_that_its_retries_keep(flaky):
    flaky.fail_first = 1
    c = fast(flaky.url)
    c.request("GET", "/thing", auth=False)
    c.request("GET", "/thing", auth=False)
    ids = [h.get("X-Request-ID") for _, _, h in flaky.hits]
    assert len(ids) == 3 and all(ids) and all(len(i) == 32 for i in ids)
    assert ids[0] == ids[1] != ids[2]  # the retry is the same call; the next call is another


def test_requests_name_the_clients_version(flaky):
    fast(flaky.url).request("GET", "/thing", auth=False)
    assert flaky.hits[0][2]["User-Agent"] == f"Switchboard-Desktop/{app_version()}"
    assert app_version() != UNKNOWN


def test_a_busy_provider_is_asked_again_after_its_retry_after(flaky):
    flaky.fail_first, flaky.retry_after = 1, "1"
    started = time.monotonic()
    assert fast(flaky.url).request("GET", "/thing", auth=False)["extra"] == 1
    assert time.monotonic() - started >= 1.0 and len(flaky.hits) == 2


def test_a_longer_retry_after_is_not_waited_for_and_says_busy_with_the_request_id(flaky):
    flaky.fail_first, flaky.retry_after = 10, "120"
    started = time.monotonic()
    with pytest.raises(ApiError) as caught:
        fast(flaky.url).request("GET", "/thing", auth=False)
    assert time.monotonic() - started < 1 and len(flaky.hits) == 1  # no hanging
    err = caught.value
    assert err.status == 503 and err.retry_after == 120
    assert err.request_id == flaky.hits[0][2]["X-Request-ID"]


def test_a_non_idempotent_call_is_not_repeated_on_busy(flaky):
    flaky.fail_first, flaky.retry_after = 1, "1"
    with pytest.raises(ApiError) as caught:
        fast(flaky.url).request("POST", "/order", json={}, auth=False)
    assert caught.value.status == 503 and len(flaky.hits) == 1


def test_a_call_the_provider_was_too_busy_to_start_is_sent_again_once_it_has_room(flaky):
    """A sign-in refused `busy` (no room to check a password) was not tried, so it may be."""
    flaky.fail_first, flaky.retry_after, flaky.problem = 1, "1", "busy"
    answer = fast(flaky.url).request("POST", "/auth/sign-in", json={}, auth=False)
    assert answer["extra"] == 1 and len(flaky.hits) == 2
    assert flaky.hits[0][2]["X-Request-ID"] == flaky.hits[1][2]["X-Request-ID"]


def test_a_connection_failure_keeps_the_request_id():
    with pytest.raises(ApiError) as caught:
        fast(f"http://127.0.0.1:{free_port()}", retries=0).request("GET", "/x", auth=False)
    assert caught.value.kind == "connection" and len(caught.value.request_id or "") == 32
