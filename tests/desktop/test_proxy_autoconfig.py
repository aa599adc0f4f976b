"""Proxy auto-config (desktop/api_client/proxies.py): a real PAC file served over HTTP names a real
proxy (a small forwarding proxy in this process that counts what passes through it), and the
client's requests to a real sandbox provider go through it, or directly where the file says
DIRECT; a PAC file that cannot be read, or a proxy that is down, is reported naming the file and
the proxy it named, in the client's errors and in the diagnostics."""

from __future__ import annotations

import http.server
import socket
import socketserver
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from desktop.api_client import ApiClient, ApiError, ConnectionSettings
from desktop.api_client.proxies import choose, forget_pac_files, is_pac_url
from desktop.diagnostics import run_diagnostics
from desktop.sandbox import DEMO_IDENTIFIER, DEMO_PASSWORD
from tests.desktop.helpers import QuietHandler


class ForwardingProxy(socketserver.ThreadingTCPServer):
    """An HTTP proxy for plain-http targets: one request per connection, forwarded in origin form."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), self.Handler)
        self.seen: list[str] = []

    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = self.request.recv(65536)
                if not chunk:
                    return
                head += chunk
            header, body = head.split(b"\r\n\r\n", 1)
            lines = header.decode("latin-1").split("\r\n")
            method, target, version = lines[0].split(" ", 2)
            self.server.seen.append(f"{method} {target}")  # type: ignore[attr-defined]
            fields = [line for line in lines[1:] if not line.lower().startswith(("connection:", "proxy-"))]
            length = next((int(line.split(":", 1)[1]) for line in fields
                           if line.lower().startswith("content-length:")), 0)
            while len(body) < length:
                body += self.request.recv(65536)
            parts = urlsplit(target)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            request = "\r\n".join([f"{method} {path} {version}", *fields, "Connection: close", "", ""])
            with socket.create_connection((parts.hostname, parts.port or 80), timeout=10) as upstream:
                upstream.sendall(request.encode("latin-1") + body)
                while chunk := upstream.recv(65536):
                    self.request.sendall(chunk)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"


def serve(server: socketserver.BaseServer) -> None:
    threading.Thread(target=server.serve_forever, daemon=True).start()


@pytest.fixture
def proxy() -> Iterator[ForwardingProxy]:
    server = ForwardingProxy()
    serve(server)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def pac_server() -> Iterator[tuple[str, dict[str, str]]]:
    """An HTTP server for PAC files: put the JavaScript under a path in the dict."""
    files: dict[str, str] = {}

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            text = files.get(self.path)
            if text is None:
                self.send_error(404)
                return
            self.answer(200, "application/x-ns-proxy-autoconfig", text.encode())

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    serve(server)
    forget_pac_files()
    yield f"http://127.0.0.1:{server.server_address[1]}", files
    forget_pac_files()
    server.shutdown()
    server.server_close()


def pac(rule_for_loopback: str) -> str:
    return ("function FindProxyForURL(url, host) {\n"
            f'  if (host == "127.0.0.1") return "{rule_for_loopback}";\n'
            '  return "DIRECT";\n}\n')


def test_what_counts_as_a_pac_address():
    assert is_pac_url("http://wpad.example.ch/proxy.pac") and is_pac_url("https://it.example.ch/wpad.DAT")
    assert not is_pac_url("http://proxy.example.ch:3128") and not is_pac_url("") and not is_pac_url(None)


def test_requests_go_through_the_proxy_the_pac_file_names(provider_server, proxy, pac_server):
    base, files = pac_server
    files["/proxy.pac"] = pac(f"PROXY {proxy.address}; DIRECT")
    client = ApiClient(ConnectionSettings(provider_server, proxy=f"{base}/proxy.pac"))
    me = client.sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD)
    assert me.account.user_id == DEMO_IDENTIFIER
    assert any(seen.endswith("/api/v1/me") for seen in proxy.seen), proxy.seen
    assert client.proxy_choice is not None and client.proxy_choice.proxy == f"http://{proxy.address}"
    assert f"named by the PAC file {base}/proxy.pac" in client.proxy_choice.shown()


def test_direct_where_the_pac_file_says_so(provider_server, proxy, pac_server):
    base, files = pac_server
    files["/direct.pac"] = pac("DIRECT")
    client = ApiClient(ConnectionSettings(provider_server, proxy=f"{base}/direct.pac"))
    client.sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD)
    assert proxy.seen == [] and client.proxy_choice.proxy is None


def test_a_pac_file_that_cannot_be_read_is_named_and_nothing_is_guessed(provider_server, proxy, pac_server):
    base, files = pac_server
    client = ApiClient(ConnectionSettings(provider_server, proxy=f"{base}/missing.pac"))
    with pytest.raises(ApiError) as failed:
        client.sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD)
    assert failed.value.kind == "proxy"
    assert f"{base}/missing.pac" in str(failed.value) and "404" in str(failed.value)
    files["/broken.pac"] = "function FindProxyForURL(url, host) { return undefinedThing(); }"
    with pytest.raises(ApiError, match="is not a valid PAC file"):
        choose(f"{base}/broken.pac", provider_server)
    files["/fails-here.pac"] = pac('" + undefinedThing() + "')
    with pytest.raises(ApiError, match="its FindProxyForURL failed"):
        choose(f"{base}/fails-here.pac", provider_server)
    assert proxy.seen == []


def test_a_proxy_that_is_down_is_named_with_the_pac_file_that_chose_it(provider_server, pac_server):
    base, files = pac_server
    with socket.socket() as spare:  # a port nothing listens on
        spare.bind(("127.0.0.1", 0))
        dead = f"127.0.0.1:{spare.getsockname()[1]}"
    files["/dead.pac"] = pac(f"PROXY {dead}")
    settings = ConnectionSettings(provider_server, proxy=f"{base}/dead.pac", retries=0)
    with pytest.raises(ApiError) as failed:
        ApiClient(settings).sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD)
    assert failed.value.kind == "proxy"
    named = f"http://{dead} (named by the PAC file {base}/dead.pac)"
    assert named in str(failed.value)
    steps = {step.key: step for step in run_diagnostics(provider_server, f"{base}/dead.pac", timeout=2)}
    assert steps["proxy"].ok and named in steps["proxy"].detail
    assert steps["tcp"].ok is False and dead in steps["tcp"].detail


def test_diagnostics_through_the_pac_files_proxy_reach_the_api(provider_server, proxy, pac_server):
    base, files = pac_server
    files["/proxy.pac"] = pac(f"PROXY {proxy.address}")
    steps = {step.key: step for step in run_diagnostics(provider_server, f"{base}/proxy.pac", timeout=5)}
    assert steps["proxy"].ok and proxy.address in steps["proxy"].detail
    assert steps["api"].ok, steps["api"].detail
    assert any(seen.endswith("/api/v1/me") for seen in proxy.seen)
    missing = run_diagnostics(provider_server, f"{base}/gone.pac", timeout=2)
    assert missing[0].key == "proxy" and missing[0].ok is False and f"{base}/gone.pac" in missing[0].detail
    assert all(step.ok is None for step in missing[1:])


def test_without_a_setting_the_environments_proxy_applies(monkeypatch, proxy):
    monkeypatch.setenv("HTTP_PROXY", f"http://{proxy.address}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    choice = choose(None, "http://portal.example.ch:8444")
    assert choice.proxy == f"http://{proxy.address}" and choice.source == "the system's proxy settings"
    monkeypatch.setenv("NO_PROXY", "portal.example.ch")
    assert choose(None, "http://portal.example.ch:8444").proxy is None
