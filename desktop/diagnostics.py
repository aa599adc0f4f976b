"""Connection diagnostics: why can't the client reach the provider? Pure Python, no Qt.

Each step passes (ok True), fails (ok False, with advice) or is skipped (ok None) because
an earlier step failed or it does not apply. Blocking: run it through desktop.tasks.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from desktop.api_client.connection import DEFAULT_PORT, normalize_base_url
from desktop.api_client.errors import ApiError
from desktop.api_client.proxies import choose
from desktop.api_client.trust import plain_session, store_name, trust_context

PROXY, RESOLVE, TCP, TLS, API = "proxy", "resolve", "tcp", "tls", "api"
TIMEOUT = 5.0


@dataclass(frozen=True)
class Step:
    name: str
    ok: bool | None
    detail: str
    advice: str = ""
    key: str = ""


def firewall_advice(host: str, port: int) -> str:
    return (f"A firewall or proxy probably blocks port {port}. Ask your firewall administrator to "
            f"allow outgoing connections to {host} on port {port}. If your network uses a Squid "
            f"proxy, its configuration needs the line: acl SSL_ports port {port}")


def _skipped(name: str, key: str, why: str = "Skipped because an earlier step failed.") -> Step:
    return Step(name, None, why, key=key)


def run_diagnostics(base_url: str, proxy: str | None = None, ca_bundle: str | None = None,
                    timeout: float = TIMEOUT) -> list[Step]:
    try:
        url = normalize_base_url(base_url)
    except ValueError as exc:
        return [Step("Provider address", False, str(exc),
                     "Enter the address your provider gave you, e.g. https://api.example.ch:8444.",
                     key="address")]
    parts = urlsplit(url)
    host, port, tls = parts.hostname or "", parts.port or DEFAULT_PORT, parts.scheme == "https"
    steps: list[Step] = []

    # 1. Proxy in use (the profile's, the PAC file's or the system's): it decides which host we
    # resolve and connect to, and each failure below names it.
    try:
        choice = choose(proxy, url, ca_bundle)
    except ApiError as exc:
        return [Step("Proxy", False, str(exc), "Enter the proxy the PAC file should name, or ask IT "
                     "for the PAC file's address.", key=PROXY),
                _skipped("Name resolution", RESOLVE), _skipped("Connection to port", TCP),
                _skipped("TLS and certificate", TLS), _skipped("Provider API", API)]
    proxy_url = choice.proxy
    if proxy_url:
        p = urlsplit(proxy_url if "://" in proxy_url else "http://" + proxy_url)
        via_host, via_port = p.hostname or "", p.port or 3128
        steps.append(Step("Proxy", True, f"Connections go through the proxy {choice.shown()}.", key=PROXY))
    else:
        via_host, via_port = host, port
        steps.append(Step("Proxy", True, f"No proxy ({choice.source}): the client connects directly.",
                          key=PROXY))

    # 2. Name resolution.
    try:
        addresses = sorted({info[4][0] for info in socket.getaddrinfo(
            via_host, via_port, type=socket.SOCK_STREAM)})
        steps.append(Step("Name resolution", True, f"{via_host} is {', '.join(addresses[:3])}.",
                          key=RESOLVE))
    except (socket.gaierror, UnicodeError) as exc:
        steps.append(Step(
            "Name resolution", False, f"The name {via_host} could not be found ({_gai_words(exc)}).",
            "Check the provider address for typing mistakes, and that this computer is online. "
            "On a company network, ask IT whether the name resolves from inside.", key=RESOLVE))
        return steps + [_skipped("Connection to port", TCP), _skipped("TLS and certificate", TLS),
                        _skipped("Provider API", API)]

    # 3. TCP connect (through the proxy: CONNECT to the provider's port).
    sock, tcp_step = _connect(host, port, via_host, via_port, proxy_url, tls, timeout)
    steps.append(tcp_step)
    if sock is None:
        return steps + [_skipped("TLS and certificate", TLS), _skipped("Provider API", API)]

    # 4. TLS handshake and certificate.
    if tls:
        tls_step = _handshake(sock, host, ca_bundle, timeout)
        steps.append(tls_step)
        if not tls_step.ok:
            return steps + [_skipped("Provider API", API)]
    else:
        sock.close()
        steps.append(Step("TLS and certificate", None,
                          "Plain http: not encrypted. Only the local sandbox should run like this.",
                          key=TLS))

    # 5. The API answers like a Switchboard provider.
    steps.append(_api(url, proxy, ca_bundle, timeout))
    return steps


def _gai_words(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__


def _connect(host: str, port: int, via_host: str, via_port: int, proxy_url: str | None, tls: bool,
             timeout: float) -> tuple[socket.socket | None, Step]:
    name = "Connection to port"
    target = f"{via_host}:{via_port}"
    try:
        sock = socket.create_connection((via_host, via_port), timeout=timeout)
    except TimeoutError:
        return None, Step(name, False, f"No answer from {target} within {timeout:.0f} seconds.",
                          firewall_advice(via_host, via_port), key=TCP)
    except ConnectionRefusedError:
        return None, Step(name, False, f"The connection to {target} was refused: nothing accepts "
                          "connections there, or a firewall rejects them.",
                          firewall_advice(via_host, via_port), key=TCP)
    except OSError as exc:
        return None, Step(name, False, f"Could not connect to {target} ({exc.strerror or exc}).",
                          firewall_advice(via_host, via_port), key=TCP)
    if not proxy_url or not tls:
        return sock, Step(name, True, f"Port {via_port} on {via_host} accepts connections.", key=TCP)
    # Through a proxy, https means CONNECT; Squid refuses CONNECT to ports not in SSL_ports.
    try:
        sock.sendall(f"CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        reply = _read_head(sock)
    except OSError as exc:
        sock.close()
        return None, Step(name, False, f"The proxy {target} did not answer the tunnel request "
                          f"({exc.strerror or type(exc).__name__}).", firewall_advice(host, port), key=TCP)
    status_line = reply.split("\r\n", 1)[0]
    fields = status_line.split(" ", 2)
    if len(fields) >= 2 and fields[1] == "200":
        return sock, Step(name, True, f"The proxy opened a tunnel to {host}:{port}.", key=TCP)
    sock.close()
    if len(fields) >= 2 and fields[1] == "407":
        return None, Step(name, False, "The proxy wants a user name and password.",
                          "Ask IT for proxy credentials, or for an exception for the provider.", key=TCP)
    return None, Step(name, False, f"The proxy refused the tunnel to {host}:{port} ({status_line}).",
                      firewall_advice(host, port), key=TCP)


def _read_head(sock: socket.socket) -> str:
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 16384:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode("iso-8859-1")


def _handshake(sock: socket.socket, host: str, ca_bundle: str | None, timeout: float) -> Step:
    name = "TLS and certificate"
    try:
        context = trust_context(ca_bundle)  # what the client itself trusts
        with context.wrap_socket(sock, server_hostname=host) as tls_sock:
            tls_sock.settimeout(timeout)
            cert = tls_sock.getpeercert() or {}
            version = tls_sock.version() or "TLS"
    except ssl.SSLCertVerificationError as exc:
        return Step(name, False, f"The certificate of {host} is not trusted by {store_name(ca_bundle)}: "
                    f"{exc.verify_message or 'verification failed'}.",
                    "If your company inspects encrypted traffic, set its CA certificate (a .pem file) "
                    "in the profile's connection settings. Otherwise tell your provider.", key=TLS)
    except (ssl.SSLError, OSError) as exc:
        return Step(name, False, f"The secure connection to {host} failed ({type(exc).__name__}).",
                    "Something between this computer and the provider interferes with encrypted "
                    "connections; ask IT whether a proxy or firewall inspects TLS on this port.",
                    key=TLS)
    finally:
        sock.close()
    subject = dict(x[0] for x in cert.get("subject", ()) if x)
    issuer = dict(x[0] for x in cert.get("issuer", ()) if x)
    until = cert.get("notAfter")
    until_text = ""
    if until:
        expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(until), UTC)
        until_text = f", valid until {expires:%Y-%m-%d}"
    return Step(name, True, f"{version}; certificate for {subject.get('commonName', host)} from "
                f"{issuer.get('organizationName') or issuer.get('commonName', 'unknown')}{until_text}, "
                f"trusted by {store_name(ca_bundle)}.", key=TLS)


def _api(url: str, proxy: str | None, ca_bundle: str | None, timeout: float) -> Step:
    import requests

    name = "Provider API"
    session = plain_session(ca_bundle, proxy, url)
    try:
        response = session.get(url + "/api/v1/me", timeout=(timeout, timeout),
                               headers={"Accept": "application/json"})
    except requests.exceptions.SSLError:
        return Step(name, False, "The secure connection could not be verified.",
                    "Set your company's CA certificate in the profile's connection settings, or "
                    "tell your provider.", key=API)
    except requests.exceptions.RequestException as exc:
        return Step(name, False, f"The request failed ({type(exc).__name__}).",
                    "Try again; if it keeps failing, send these results to your provider's support.",
                    key=API)
    finally:
        session.close()
    if response.status_code in (200, 401) and "json" in response.headers.get("Content-Type", ""):
        return Step(name, True, "The provider API answers.", key=API)
    return Step(name, False, f"Something answers on this address, but not the provider API "
                f"(HTTP {response.status_code}).",
                "Check the provider address and port; a proxy or captive portal may answer instead.",
                key=API)
