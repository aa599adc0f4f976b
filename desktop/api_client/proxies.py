"""Which proxy the client's requests go through, decided here for every session it builds (the
account's ApiClient, the diagnostics, the release feed):

- the profile's Proxy setting, when it is a proxy's address (`http://proxy.example.ch:3128`);
- the proxy auto-config (PAC) file it names, when it is a PAC file's address (a path ending in
  `.pac` or `.dat`, as `http://wpad.example.ch/wpad.dat`): the file is fetched directly (no
  proxy; the system's certificate store and the profile's CA bundle), its FindProxyForURL
  evaluated by pypac (a JavaScript interpreter without file or network access, DNS look-ups
  aside) for the provider's address, and its first entry used: a proxy, or DIRECT;
- empty: the system's: HTTPS_PROXY/HTTP_PROXY and NO_PROXY, or the proxy set in Windows' or
  macOS' settings (Python reads them alike); without any, the PAC file those settings name.
  Never WPAD discovery through DNS: any machine on the network could claim the name.

A PAC file that cannot be fetched or evaluated is an error of kind "proxy" naming it: the
client does not guess a way out that IT did not configure.
"""

from __future__ import annotations

import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from desktop.api_client.connection import redact_proxy
from desktop.api_client.errors import ApiError

PAC_SUFFIXES = (".pac", ".dat")
PAC_MAX_BYTES = 1_000_000
PAC_TIMEOUT = 5.0
# IT changes a PAC file now and then: a session built later reads it again.
PAC_KEEP_SECONDS = 15 * 60

_lock = threading.Lock()
_pac_files: dict[str, tuple[float, Any]] = {}


@dataclass(frozen=True)
class ProxyChoice:
    proxy: str | None  # the proxy's URL; None: direct
    source: str  # what decided, in the words diagnostics and errors use

    @property
    def proxies(self) -> dict[str, str]:
        return {"http": self.proxy, "https": self.proxy} if self.proxy else {}

    def shown(self) -> str:
        """The proxy for messages (credentials removed) and what named it."""
        if self.proxy is None:
            return f"no proxy ({self.source})"
        return f"{redact_proxy(self.proxy)} ({self.source})"


def is_pac_url(setting: str | None) -> bool:
    if not setting or "://" not in setting:
        return False
    return urlsplit(setting.strip()).path.lower().endswith(PAC_SUFFIXES)


def choose(setting: str | None, url: str, ca_bundle: str | None = None) -> ProxyChoice:
    """The proxy for requests to `url`. Blocking (a PAC file may be fetched): call it off the UI thread."""
    setting = (setting or "").strip() or None
    if setting and is_pac_url(setting):
        return _from_pac(setting, url, ca_bundle, f"named by the PAC file {redact_proxy(setting)}")
    if setting:
        return ProxyChoice(setting, "the profile's proxy setting")
    if urllib.request.getproxies():
        import requests.utils

        proxy = requests.utils.get_environ_proxies(url).get(urlsplit(url).scheme)  # NO_PROXY applies
        return ProxyChoice(proxy, "the system's proxy settings")
    system_pac = _system_pac_url()
    if system_pac:
        source = f"named by the system's PAC file {redact_proxy(system_pac)}"
        return _from_pac(system_pac, url, ca_bundle, source)
    return ProxyChoice(None, "none is configured")


def _system_pac_url() -> str | None:
    """The PAC file Windows' or macOS' proxy settings name (none on Linux: no common setting)."""
    if sys.platform not in ("win32", "darwin"):
        return None  # and pypac (a JavaScript interpreter) stays unloaded on the start's path
    from pypac import os_settings

    if os_settings.ON_WINDOWS:
        return os_settings.autoconfig_url_from_registry() or None
    if os_settings.ON_DARWIN:
        return os_settings.autoconfig_url_from_preferences() or None
    return None


def _from_pac(pac_url: str, url: str, ca_bundle: str | None, source: str) -> ProxyChoice:
    from pypac.resolver import ProxyResolver

    pac = _pac_file(pac_url, ca_bundle)
    with _lock:  # one JavaScript interpreter per file, not made for threads
        try:
            entries = ProxyResolver(pac).get_proxies(url)
        except Exception as exc:
            raise _pac_error(pac_url, f"its FindProxyForURL failed: {type(exc).__name__}") from None
    if not entries:
        raise _pac_error(pac_url, f"it names no way to reach {urlsplit(url).hostname}")
    first = entries[0]
    return ProxyChoice(None if first == "DIRECT" else first, source)


def _pac_file(pac_url: str, ca_bundle: str | None) -> Any:
    now = time.monotonic()
    with _lock:
        kept = _pac_files.get(pac_url)
        if kept is not None and now - kept[0] < PAC_KEEP_SECONDS:
            return kept[1]
    from pypac.parser import MalformedPacError, PACFile

    text = _fetch(pac_url, ca_bundle)
    try:
        pac = PACFile(text)
    except MalformedPacError as exc:
        first_line = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
        raise _pac_error(pac_url, f"it is not a valid PAC file ({first_line})") from None
    with _lock:
        _pac_files[pac_url] = (now, pac)
    return pac


def _fetch(pac_url: str, ca_bundle: str | None) -> str:
    if pac_url.lower().startswith("file://"):
        from pypac.os_settings import file_url_to_local_path

        try:
            with open(file_url_to_local_path(pac_url), encoding="utf-8") as f:
                return f.read(PAC_MAX_BYTES)
        except OSError as exc:
            raise _pac_error(pac_url, exc.strerror or type(exc).__name__) from None
    import requests

    from desktop.api_client.trust import mount

    session = requests.Session()
    session.trust_env = False  # fetched directly: the proxy is what the file tells
    mount(session, ca_bundle)
    try:
        with session.get(pac_url, timeout=(PAC_TIMEOUT, PAC_TIMEOUT), stream=True) as response:
            if response.status_code != 200:
                raise _pac_error(pac_url, f"the server answered {response.status_code}")
            body = response.raw.read(PAC_MAX_BYTES + 1, decode_content=True)
    except requests.exceptions.RequestException as exc:
        raise _pac_error(pac_url, f"it could not be fetched ({type(exc).__name__})") from None
    finally:
        session.close()
    if len(body) > PAC_MAX_BYTES:
        raise _pac_error(pac_url, "it is larger than a PAC file can be (1 MB)")
    return body.decode("utf-8", errors="replace")


def _pac_error(pac_url: str, why: str) -> ApiError:
    return ApiError(f"The proxy auto-config (PAC) file {redact_proxy(pac_url)} could not be used: {why}. "
                    f"Check its address in the connection settings, or ask IT.", kind="proxy")


def forget_pac_files() -> None:
    """Read PAC files anew at the next session (a retry after IT fixed one)."""
    with _lock:
        _pac_files.clear()
