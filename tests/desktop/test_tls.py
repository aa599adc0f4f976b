"""TLS verification is on; a profile's own CA bundle makes a private certificate trusted.

A real TLS server on loopback with a certificate from a throw-away CA (as a company's TLS
inspection or a self-hosted provider would have).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.api_client import ApiClient, ApiError, ConnectionSettings
from desktop.diagnostics import API, TLS, run_diagnostics
from tests.desktop.helpers import QuietHandler

x509 = pytest.importorskip("cryptography.x509")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, text)])


def _cert(subject: str, key: ec.EllipticCurvePrivateKey, issuer: str, issuer_key: ec.EllipticCurvePrivateKey,
          ca: bool) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder()
               .subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if not ca:
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


class _Problem401(QuietHandler):
    def do_GET(self) -> None:
        body = json.dumps({"type": "urn:switchboard:problem:unauthenticated", "status": 401,
                           "title": "Not signed in", "detail": "Sign in to continue."}).encode()
        self.answer(401, "application/problem+json", body)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # refused handshakes are the point of some tests


@pytest.fixture
def tls_provider(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(base URL, path of the CA bundle that trusts it)."""
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _cert("Test Company CA", ca_key, "Test Company CA", ca_key, ca=True)
    leaf = _cert("localhost", key, "Test Company CA", ca_key, ca=False)
    ca_path, cert_path, key_path = tmp_path / "ca.pem", tmp_path / "cert.pem", tmp_path / "key.pem"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    server = _QuietServer(("127.0.0.1", 0), _Problem401)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield f"https://localhost:{server.server_address[1]}", str(ca_path)
    server.shutdown()
    server.server_close()


def test_an_untrusted_certificate_is_refused(tls_provider):
    url, _ = tls_provider
    with pytest.raises(ApiError) as caught:
        ApiClient(ConnectionSettings(url, retries=0)).me()
    assert caught.value.kind == "tls" and "CA certificate" in caught.value.message


def test_the_profiles_ca_bundle_makes_it_trusted(tls_provider):
    url, ca = tls_provider
    with pytest.raises(ApiError) as caught:
        ApiClient(ConnectionSettings(url, ca_bundle=ca, retries=0)).me()
    assert caught.value.kind == "problem" and caught.value.status == 401  # TLS passed


def test_diagnostics_fail_tls_without_the_bundle_and_pass_with_it(tls_provider):
    url, ca = tls_provider
    without = {s.key: s for s in run_diagnostics(url, timeout=2)}
    assert without[TLS].ok is False and "not trusted" in without[TLS].detail
    assert "CA certificate" in without[TLS].advice and without[API].ok is None

    with_ca = {s.key: s for s in run_diagnostics(url, ca_bundle=ca, timeout=2)}
    assert with_ca[TLS].ok is True and "Test Company CA" in with_ca[TLS].detail
    assert with_ca[API].ok is True


def test_a_ca_in_the_system_store_is_trusted_without_the_bundle_setting(tls_provider, monkeypatch):
    """The company CA installed in the operating system's store (on Linux the system bundle,
    which SSL_CERT_FILE points at here) is trusted with no CA bundle in the profile: requests'
    own certifi bundle would not know it."""
    url, ca = tls_provider
    monkeypatch.setenv("SSL_CERT_FILE", ca)
    with pytest.raises(ApiError) as caught:
        ApiClient(ConnectionSettings(url, retries=0)).me()
    assert caught.value.kind == "problem" and caught.value.status == 401  # TLS passed

    steps = {s.key: s for s in run_diagnostics(url, timeout=2)}
    assert steps[TLS].ok is True and "trusted by the system's certificate store" in steps[TLS].detail
    assert steps[API].ok is True


def test_the_bundle_setting_adds_to_the_system_store_and_says_so(tls_provider, tmp_path, monkeypatch):
    url, ca = tls_provider
    empty = tmp_path / "system-store.pem"  # a system store without the company CA
    empty.write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(empty))
    refused = {s.key: s for s in run_diagnostics(url, timeout=2)}
    assert refused[TLS].ok is False
    assert "not trusted by the system's certificate store:" in refused[TLS].detail
    trusted = {s.key: s for s in run_diagnostics(url, ca_bundle=ca, timeout=2)}
    assert trusted[TLS].ok is True and f"and the CA bundle {ca}" in trusted[TLS].detail
