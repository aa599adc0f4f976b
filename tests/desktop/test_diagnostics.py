"""Connection diagnostics against real sockets: a closed port, a name that does not resolve,
a live provider, and a proxy that refuses the tunnel."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from desktop.diagnostics import API, PROXY, RESOLVE, TCP, TLS, run_diagnostics


def by_key(steps):
    return {s.key: s for s in steps}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_closed_port_fails_the_tcp_step_with_firewall_and_squid_advice():
    port = free_port()
    steps = by_key(run_diagnostics(f"http://127.0.0.1:{port}", timeout=2))
    assert steps[PROXY].ok and steps[RESOLVE].ok
    tcp = steps[TCP]
    assert tcp.ok is False and "refused" in tcp.detail
    assert "firewall administrator" in tcp.advice and f"acl SSL_ports port {port}" in tcp.advice
    assert steps[TLS].ok is None and steps[API].ok is None


def test_default_port_is_8444_in_the_advice():
    steps = by_key(run_diagnostics("127.0.0.1", timeout=2))  # https://127.0.0.1:8444
    if steps[TCP].ok is False:
        assert "acl SSL_ports port 8444" in steps[TCP].advice
    else:  # something listens on 8444 here; it is at least tried
        assert "8444" in steps[TCP].detail


def test_a_name_that_does_not_resolve_fails_name_resolution():
    steps = run_diagnostics("https://nonexistent.invalid:8444", timeout=2)
    keyed = by_key(steps)
    assert keyed[RESOLVE].ok is False
    assert "nonexistent.invalid" in keyed[RESOLVE].detail and "typing mistakes" in keyed[RESOLVE].advice
    assert [s.ok for s in steps if s.key in (TCP, TLS, API)] == [None, None, None]


def test_a_running_provider_passes_every_step(provider_server):
    steps = by_key(run_diagnostics(provider_server, timeout=5))
    assert steps[RESOLVE].ok and steps[TCP].ok and steps[API].ok
    assert steps[TLS].ok is None and "sandbox" in steps[TLS].detail  # plain http on loopback


def test_something_else_on_the_port_is_not_the_api():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    port = server.getsockname()[1]

    def answer() -> None:
        for _ in range(2):  # the TCP probe, then the API request
            conn, _ = server.accept()
            if conn.recv(4096):
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nhi")
            conn.close()

    threading.Thread(target=answer, daemon=True).start()
    steps = by_key(run_diagnostics(f"http://127.0.0.1:{port}", timeout=2))
    server.close()
    assert steps[TCP].ok and steps[API].ok is False and "not the provider API" in steps[API].detail


@pytest.fixture
def squid_like_proxy() -> Iterator[str]:
    """A proxy that refuses CONNECT to ports outside its SSL_ports, as Squid does."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)

    def serve() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
        conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    server.close()


def test_a_proxy_that_refuses_the_port_gets_the_squid_line(squid_like_proxy):
    steps = by_key(run_diagnostics("https://provider.example:8444", proxy=squid_like_proxy, timeout=2))
    assert squid_like_proxy.rsplit(":", 1)[1] in steps[PROXY].detail
    assert steps[RESOLVE].ok  # the proxy's own name
    tcp = steps[TCP]
    assert tcp.ok is False and "403" in tcp.detail and "acl SSL_ports port 8444" in tcp.advice
