"""ApiClient: the only code that speaks HTTP to the provider.

Blocking by design: call it only through `desktop.tasks.Op`, never on the UI thread.
Thread-safe: several tasks may use one client; token refresh is serialized.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.api_client.connection import ConnectionSettings, redact_proxy
from desktop.api_client.errors import (
    REQUEST_ID_HEADER,
    ApiError,
    FieldIssue,
    from_exception,
    from_response,
    nothing_done,
)
from desktop.api_client.identifiers import new_idempotency_key, new_request_id, token_from_link
from desktop.api_client.types import Handover, Mail, Me, ProviderAbout, Registration

if TYPE_CHECKING:
    import requests

    from desktop.api_client.proxies import ProxyChoice

log = logging.getLogger(__name__)
API_PREFIX = "/api/v1"
USER_AGENT = "Switchboard-Desktop"  # then /<version>: support reads it in the access log
RETRY_STATUSES = frozenset({429, 502, 503, 504})
TokenCallback = Callable[[str], None]
TokenSource = Callable[[], str | None]


class ApiClient:
    def __init__(self, settings: ConnectionSettings, on_tokens: TokenCallback | None = None,
                 token_source: TokenSource | None = None) -> None:
        """`on_tokens` keeps each new refresh token (in the keyring); `token_source` reads the
        newest kept one, which another instance of the app may have rotated meanwhile."""
        self.settings = settings
        self._on_tokens = on_tokens
        self._token_source = token_source
        self._session: requests.Session | None = None
        self._session_lock = threading.Lock()
        self.proxy_choice: ProxyChoice | None = None  # what the session's proxy is, once built
        self._token_lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._access: str | None = None
        self._refresh: str | None = None

    def __repr__(self) -> str:
        return f"ApiClient({self.settings.base_url!r}, signed_in={self.signed_in})"

    @property
    def signed_in(self) -> bool:
        with self._token_lock:
            return self._access is not None or self._refresh is not None

    # ----- transport -----

    def _http(self) -> requests.Session:
        with self._session_lock:
            if self._session is None:
                import requests  # lazily: keeps the client's import off the startup path

                session = requests.Session()
                # No environment magic: a ~/.netrc would replace our Authorization header.
                session.trust_env = False
                from desktop.api_client.trust import mount

                mount(session, self.settings.ca_bundle)  # the system's store, the profile's CA on top
                from desktop.api_client.proxies import choose

                # The profile's proxy, the PAC file it names, or the system's (proxies.py).
                settings = self.settings
                self.proxy_choice = choose(settings.proxy, settings.base_url, settings.ca_bundle)
                session.proxies = self.proxy_choice.proxies
                from desktop.version import app_version

                session.headers.update({"User-Agent": f"{USER_AGENT}/{app_version()}",
                                        "Accept": "application/json"})
                self._session = session
            return self._session

    def detach(self) -> None:
        """Forget the tokens held in memory without ending the session on the provider: a
        remembered session stays in the keyring for the next start, and calls still in flight
        cannot renew (and so rotate) it any more."""
        self._clear_tokens()
        self.close()

    def close(self) -> None:
        with self._session_lock:
            if self._session is not None:
                self._session.close()
                self._session = None

    def _send(self, method: str, path: str, *, json: Any, params: dict[str, Any] | None,
              headers: dict[str, str], access: str | None, retryable: bool) -> requests.Response:
        import requests

        url = self.settings.base_url + API_PREFIX + path
        send_headers = dict(headers)
        request_id = send_headers.setdefault(REQUEST_ID_HEADER, new_request_id())
        if access:
            send_headers["Authorization"] = f"Bearer {access}"
        timeout = (self.settings.connect_timeout, self.settings.read_timeout)
        attempts = 1 + max(0, self.settings.retries)
        for attempt in range(attempts):
            started = time.perf_counter()
            try:
                response = self._http().request(method, url, json=json, params=params,
                                                headers=send_headers, timeout=timeout)
            except requests.exceptions.RequestException as exc:
                # TLS and proxy failures do not heal by retrying; a refused/lost connection may.
                transient = not isinstance(exc, requests.exceptions.SSLError | requests.exceptions.ProxyError)
                log.debug("%s %s failed (%s), attempt %d of %d", method, path,
                          type(exc).__name__, attempt + 1, attempts)
                if transient and retryable and attempt + 1 < attempts:
                    time.sleep(self.settings.backoff_seconds * 2 ** attempt)
                    continue
                choice = self.proxy_choice
                proxy = choice.shown() if choice is not None and choice.proxy else None
                err = from_exception(exc, self.settings.host, self.settings.port, proxy)
                err.request_id = request_id
                raise err from None
            log.debug("%s %s -> %d in %.0f ms (request %s)", method, path, response.status_code,
                      (time.perf_counter() - started) * 1000, request_id)
            if (response.status_code in RETRY_STATUSES and attempt + 1 < attempts
                    and (retryable or nothing_done(response))):
                wait = self._retry_wait(response, attempt)
                if wait is not None:
                    time.sleep(wait)
                    continue
            return response
        raise AssertionError("unreachable")

    def _retry_wait(self, response: requests.Response, attempt: int) -> float | None:
        """How long to wait before trying again: the provider's Retry-After when it gave one
        (a busy provider says when it expects to have room), else the backoff. None: it asked
        for longer than we wait, so its answer is shown now."""
        given = response.headers.get("Retry-After", "").strip()
        if given.isdigit():
            wait = float(given)
            return wait if wait <= self.settings.max_retry_wait else None
        if response.status_code == 429:
            return None  # throttled without saying for how long: not worth repeating
        return self.settings.backoff_seconds * 2 ** attempt

    def request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                paying: bool = False, idempotency_key: str | None = None, auth: bool = True) -> Any:
        """One API call; `path` is below /api/v1. Returns the decoded JSON (None for 204).

        A paying request always carries an Idempotency-Key. Pass the key yourself and keep it
        until an answer arrives, so that trying again after a lost answer is the same request
        and never charges twice.
        """
        method = method.upper()
        headers: dict[str, str] = {REQUEST_ID_HEADER: new_request_id()}
        if paying or idempotency_key:
            headers["Idempotency-Key"] = idempotency_key or new_idempotency_key()
        retryable = method in ("GET", "HEAD") or "Idempotency-Key" in headers
        with self._token_lock:
            access = self._access if auth else None
        response = self._send(method, path, json=json, params=params, headers=headers,
                              access=access, retryable=retryable)
        if response.status_code == 401 and auth and self._renew_tokens(access):
            with self._token_lock:
                access = self._access
            response = self._send(method, path, json=json, params=params, headers=headers,
                                  access=access, retryable=retryable)
        if response.status_code >= 400:
            raise from_response(response)
        if response.status_code == 204 or not response.content:
            return None
        if "json" in response.headers.get("Content-Type", ""):
            return response.json()
        return response.text

    def get_bytes(self, path: str) -> bytes | None:
        """A GET whose answer is a file (a logo): its bytes; None for 204 (no file)."""
        headers = {REQUEST_ID_HEADER: new_request_id()}
        with self._token_lock:
            access = self._access
        response = self._send("GET", path, json=None, params=None, headers=headers, access=access,
                              retryable=True)
        if response.status_code == 401 and self._renew_tokens(access):
            with self._token_lock:
                access = self._access
            response = self._send("GET", path, json=None, params=None, headers=headers, access=access,
                                  retryable=True)
        if response.status_code >= 400:
            raise from_response(response)
        return None if response.status_code == 204 else response.content

    def open_stream(self, path: str, headers: dict[str, str], read_timeout: float) -> requests.Response:
        """A long-lived GET (`path` below /api/v1) whose body is read as it arrives: the event
        stream. No retries (the caller reconnects with backoff); one token renewal on 401. The
        caller reads and closes the response; closing it from another thread ends a read."""
        import requests

        url = self.settings.base_url + API_PREFIX + path
        for _attempt in range(2):
            with self._token_lock:
                access = self._access
            send = {REQUEST_ID_HEADER: new_request_id(), **headers}
            if access:
                send["Authorization"] = f"Bearer {access}"
            try:
                response = self._http().get(url, headers=send, stream=True,
                                            timeout=(self.settings.connect_timeout, read_timeout))
            except requests.exceptions.RequestException as exc:
                proxy = redact_proxy(self.settings.proxy) if self.settings.proxy else None
                raise from_exception(exc, self.settings.host, self.settings.port, proxy) from None
            if response.status_code == 401 and _attempt == 0 and self._renew_tokens(access):
                response.close()
                continue
            if response.status_code >= 400:
                try:
                    raise from_response(response)
                finally:
                    response.close()
            return response
        raise AssertionError("unreachable")

    # ----- tokens -----

    def _store_tokens(self, data: dict[str, Any]) -> None:
        with self._token_lock:
            self._access = str(data["access_token"])
            self._refresh = str(data["refresh_token"])
            refresh = self._refresh
        if self._on_tokens is not None:
            try:
                self._on_tokens(refresh)
            except Exception as exc:  # the keyring failing must not fail the sign-in
                log.warning("could not keep the refresh token (%s)", type(exc).__name__)

    def _kept_refresh_token(self) -> str | None:
        if self._token_source is None:
            return None
        try:
            return self._token_source()
        except Exception as exc:  # a keyring failing: refresh with what we hold
            log.warning("could not read the kept refresh token (%s)", type(exc).__name__)
            return None

    def _clear_tokens(self) -> None:
        with self._token_lock:
            self._access = None
            self._refresh = None

    def _renew_tokens(self, used_access: str | None) -> bool:
        """After a 401: get a new access token once. True when the call is worth repeating."""
        with self._refresh_lock:
            with self._token_lock:
                if self._access is not None and self._access != used_access:
                    return True  # another thread renewed meanwhile
                refresh = self._refresh
            if refresh is None:
                return False
            # Another instance sharing this remembered session (a second window, the export
            # command) may have rotated it: refreshing with our older copy would look like a
            # stolen token and end the session for both.
            kept = self._kept_refresh_token()
            if kept and kept != refresh:
                refresh = kept
            try:
                data = self.request("POST", "/auth/refresh", json={"refresh_token": refresh},
                                    auth=False)
            except ApiError as err:
                if err.kind == "problem" and err.status in (400, 401):
                    self._clear_tokens()
                raise
            self._store_tokens(data)
            log.debug("access token renewed")
            return True

    # ----- sign-in and passwords -----

    def sign_in(self, identifier: str, password: str) -> Me:
        data = self.request("POST", "/auth/sign-in",
                            json={"identifier": identifier.strip(), "password": password}, auth=False)
        self._store_tokens(data)
        return self.me()

    def adopt_tokens(self, data: dict[str, Any]) -> Me:
        """Tokens from the sign-in's second step (desktop/api_client/two_factor.py)."""
        self._store_tokens(data)
        return self.me()

    def resume(self, refresh_token: str) -> Me:
        """Sign in again with a refresh token kept from an earlier session."""
        return self.take_over(self.handover(refresh_token))

    def handover(self, refresh_token: str) -> Handover:
        """`resume`'s calls, answered as data another process can take over: the new tokens (the
        rotated refresh token is kept through `on_tokens` as soon as it arrives) and /me."""
        data = self.request("POST", "/auth/refresh", json={"refresh_token": refresh_token}, auth=False)
        self._store_tokens(data)
        return {"access_token": str(data["access_token"]), "refresh_token": str(data["refresh_token"]),
                "me": self.request("GET", "/me")}

    def take_over(self, handover: Handover) -> Me:
        """Hold the tokens of a `handover` (kept already by whoever made it) and read its /me."""
        with self._token_lock:
            self._access = handover["access_token"]
            self._refresh = handover["refresh_token"]
        return Me.from_json(handover["me"])

    def sign_out(self) -> None:
        """Revoke the session on the server (best effort) and forget the tokens."""
        try:
            if self.signed_in:
                self.request("POST", "/auth/sign-out")
        except ApiError as err:
            log.debug("sign-out on the server failed: %s", err.kind)
        finally:
            self._clear_tokens()

    def me(self) -> Me:
        return Me.from_json(self.request("GET", "/me"))

    def about(self) -> ProviderAbout:
        return ProviderAbout.from_json(self.request("GET", "/about"))

    def register(self, registration: Registration) -> Me:
        """Registers and signs in. The provider answers a known e-mail address as it answers a
        new one (it mails the address's owner instead), so only the sign-in tells: it fails."""
        self.request("POST", "/accounts", json=registration.to_json(), auth=False)
        try:
            return self.sign_in(registration.email, registration.password)
        except ApiError as err:
            if err.status != 401:
                raise
            message = ("We have sent a mail to this address: if it has an account already, "
                       "sign in with it or reset the password.")
            raise ApiError(message, status=409, type="urn:switchboard:problem:registration-mailed",
                           field="email", rule="registration.mailed",
                           errors=[FieldIssue("email", "registration.mailed", message)]) from None

    def request_password_reset(self, identifier: str, email: str) -> str:
        data = self.request("POST", "/auth/password-reset-requests",
                            json={"identifier": identifier.strip(), "email": email.strip()}, auth=False)
        return str((data or {}).get("detail") or "")

    def reset_password(self, token_or_link: str, new_password: str) -> None:
        self.request("POST", "/auth/password-resets",
                     json={"token": token_from_link(token_or_link), "new_password": new_password},
                     auth=False)

    def change_password(self, old_password: str, new_password: str) -> None:
        self.request("POST", "/auth/password",
                     json={"old_password": old_password, "new_password": new_password})

    def accept_invitation(self, token_or_link: str, name: str, password: str) -> Me:
        data = self.request("POST", "/invitations/accept",
                            json={"token": token_from_link(token_or_link), "name": name,
                                  "password": password}, auth=False)
        self._store_tokens(data)
        return self.me()

    # ----- sandbox -----

    def sandbox_mailbox(self, to: str | None = None, limit: int = 100) -> list[Mail]:
        params: dict[str, Any] = {"limit": limit}
        if to:
            params["to"] = to
        return [Mail.from_json(m) for m in self.request("GET", "/sandbox/mailbox", params=params,
                                                          auth=False)]

    def sandbox_mail(self, mail_id: int) -> Mail:
        return Mail.with_body(self.request("GET", f"/sandbox/mailbox/{int(mail_id)}", auth=False))

    def sandbox_clock(self) -> datetime:
        return _now(self.request("GET", "/sandbox/clock", auth=False))

    def advance_sandbox_clock(self, *, days: int = 0, hours: int = 0, minutes: int = 0,
                              seconds: int = 0) -> datetime:
        delta = {"days": days, "hours": hours, "minutes": minutes, "seconds": seconds}
        return _now(self.request("POST", "/sandbox/clock/advance", json=delta, auth=False))


def _now(data: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(str(data["now"]).replace("Z", "+00:00"))


class AccountRoutes:
    """The base of each area's typed calls: one account's routes (`/accounts/{id}`...) through the
    client. Blocking, like the client: call through desktop.tasks.Op (pages ask desktop.sources)."""

    def __init__(self, client: ApiClient, account_id: int) -> None:
        self.client = client
        self.base = f"/accounts/{int(account_id)}"

