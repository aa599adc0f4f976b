"""Which certificates the client trusts: the operating system's store, through `truststore`
(the Windows certificate store, the macOS keychain, the system bundle on Linux, which
SSL_CERT_FILE and SSL_CERT_DIR override), with the profile's CA bundle on top.

requests alone checks against certifi's bundle, so a company root CA that IT installed in
Windows or the keychain (for TLS inspection, or a provider's private CA) was ignored. The one
SSL context is handed to urllib3 through the adapter, so requests never loads certifi into it.
"""

from __future__ import annotations

import logging
import ssl
from importlib.util import find_spec
from typing import Any

from requests.adapters import HTTPAdapter

log = logging.getLogger(__name__)


def system_store() -> bool:
    """Whether truststore is there (an install from before it was a dependency may lack it:
    then certifi's bundle decides, and the diagnostics say so)."""
    return find_spec("truststore") is not None


def trust_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """The system's trust store, plus `ca_bundle` (a .pem of the company's CA) when given."""
    if not system_store():
        import certifi

        log.warning("truststore is not installed: certificates are checked against certifi's bundle")
        context = ssl.create_default_context(cafile=certifi.where())
    else:
        import truststore

        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    return context


def store_name(ca_bundle: str | None) -> str:
    """What decided a certificate's trust, in the words the diagnostics and Settings use."""
    base = "the system's certificate store" if system_store() else "certifi's certificate bundle"
    return f"{base} and the CA bundle {ca_bundle}" if ca_bundle else base


class TrustAdapter(HTTPAdapter):
    """An HTTPS adapter whose connections (direct and through a proxy) use `context`."""

    def __init__(self, context: ssl.SSLContext, **kwargs: Any) -> None:
        self.context = context
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self.context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = self.context
        return super().proxy_manager_for(*args, **kwargs)


def mount(session: Any, ca_bundle: str | None) -> None:
    """Make `session` verify against the system store (and `ca_bundle`)."""
    session.verify = True
    session.mount("https://", TrustAdapter(trust_context(ca_bundle)))


def plain_session(ca_bundle: str | None, proxy: str | None, url: str) -> Any:
    """A requests session outside an account's ApiClient (diagnostics, the release feed) for
    requests to `url`: the same trust, and the same proxy (desktop/api_client/proxies.py: the
    profile's, the PAC file it names, or the system's). Blocking: a PAC file may be fetched."""
    import requests

    from desktop.api_client.proxies import choose

    session = requests.Session()
    session.trust_env = False  # no ~/.netrc replacing headers; proxies.py reads the environment's proxy
    mount(session, ca_bundle)
    session.proxies = choose(proxy, url, ca_bundle).proxies
    return session
