"""The one error the client raises, built from problem details or from a failed connection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import requests

ErrorKind = Literal["problem", "connection", "timeout", "tls", "proxy"]
REQUEST_ID_HEADER = "X-Request-ID"
PROBLEM_PREFIX = "urn:switchboard:problem:"

FIREWALL_ADVICE = (
    "A firewall or proxy may be blocking port {port}: ask your network administrator to allow "
    "outgoing connections to {host} on port {port} (for a Squid proxy: acl SSL_ports port {port})."
)


@dataclass(frozen=True)
class FieldIssue:
    field: str
    rule: str
    message: str


class ApiError(Exception):
    """Everything that can go wrong talking to the provider, in words for a customer.

    `str(err)` is the customer message only: it never holds a token, a password or a header.
    """

    def __init__(self, message: str, *, kind: ErrorKind = "problem", status: int | None = None,
                 type: str = "", field: str | None = None, rule: str | None = None,
                 errors: list[FieldIssue] | None = None, retry_after: int | None = None,
                 request_id: str | None = None, challenge: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.kind: ErrorKind = kind
        self.status = status
        self.type = type
        self.field = field
        self.rule = rule
        self.errors = list(errors or [])
        self.retry_after = retry_after
        # The X-Request-ID of the request: the provider logs it, support finds the request by it.
        self.request_id = request_id
        # two-factor-required / two-factor-setup-required: what the sign-in's second step
        # presents instead of the password (never shown, never logged).
        self.challenge = challenge

    @property
    def slug(self) -> str:
        """`invalid-credentials` for `urn:switchboard:problem:invalid-credentials`."""
        return self.type.removeprefix(PROBLEM_PREFIX)

    def message_for(self, field: str) -> str | None:
        """The message to show next to one input field, if the server named that field."""
        for issue in self.errors:
            if issue.field == field:
                return issue.message
        if self.field == field:
            return self.message
        return None

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (f"ApiError(kind={self.kind!r}, status={self.status!r}, type={self.slug!r}, "
                f"field={self.field!r}, rule={self.rule!r}, message={self.message!r}, "
                f"request_id={self.request_id!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.message, self.__dict__))


def _rebuild(message: str, state: dict[str, Any]) -> ApiError:
    err = ApiError(message)
    err.__dict__.update(state)
    return err


def _retry_after(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return max(0, int(value.strip()))
    except ValueError:
        return None  # an HTTP date: not used by the provider


def _wait_words(seconds: int) -> str:
    minutes = (seconds + 59) // 60
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


GENERIC_BY_STATUS = {
    400: "The request was not accepted.",
    401: "Your session has ended; please sign in again.",
    403: "Your role does not allow this.",
    404: "This was not found; it may have been removed.",
    409: "This conflicts with a change made meanwhile; reload and try again.",
    422: "Some input is not valid.",
    429: "Too many tries. Please wait a moment and try again.",
    503: "The provider is busy; please try again in a moment.",
}


def from_response(response: requests.Response) -> ApiError:
    """Problem details (RFC 9457) -> ApiError; other error answers get a generic message."""
    status = response.status_code
    retry_after = _retry_after(response.headers.get("Retry-After"))
    body: dict[str, Any] = {}
    if "json" in response.headers.get("Content-Type", ""):
        try:
            parsed = response.json()
            body = parsed if isinstance(parsed, dict) else {}
        except ValueError:
            body = {}
    issues = [
        FieldIssue(str(e.get("field") or ""), str(e.get("rule") or ""), str(e.get("message") or ""))
        for e in body.get("errors") or [] if isinstance(e, dict)
    ]
    detail = body.get("detail") if isinstance(body.get("detail"), str) else None
    if status >= 500:
        message = detail or GENERIC_BY_STATUS.get(
            status, "The provider had a problem; nothing was changed. Try again later.")
    else:
        message = detail or GENERIC_BY_STATUS.get(status, f"The provider refused the request ({status}).")
    if status == 429 and retry_after is not None and "try again in" not in message.lower():
        message = f"{message} Try again in {_wait_words(retry_after)}."
    if status == 422 and issues and issues[0].message:
        # The detail of a validation problem may lead with the field's API name; people get
        # the first rule's own words (each field's words are in `errors`).
        message = issues[0].message
    return ApiError(
        message, kind="problem", status=status, type=str(body.get("type") or f"http:{status}"),
        field=body.get("field") or (issues[0].field if issues else None),
        rule=body.get("rule") or (issues[0].rule if issues else None),
        errors=issues, retry_after=retry_after, request_id=request_id_of(response),
        challenge=body["challenge"] if isinstance(body.get("challenge"), str) else None,
    )


def request_id_of(response: requests.Response) -> str | None:
    """The id the provider answered with, else the one we sent."""
    sent = response.request.headers.get(REQUEST_ID_HEADER) if response.request is not None else None
    return response.headers.get(REQUEST_ID_HEADER) or (str(sent) if sent else None)


def from_exception(exc: BaseException, host: str, port: int, proxy_shown: str | None) -> ApiError:
    """A requests/urllib3 failure -> ApiError with a kind and advice, never the raw text.

    The raw text can carry URLs and internal detail; customers get advice instead.
    """
    import requests

    where = f"{host}:{port}"
    firewall = FIREWALL_ADVICE.format(host=host, port=port)
    if isinstance(exc, requests.exceptions.ProxyError):
        return ApiError(
            f"The proxy {proxy_shown or ''} did not let the connection to {where} through. "
            f"Check the proxy setting; if the proxy is Squid, it needs the line "
            f"acl SSL_ports port {port}.".replace("  ", " "), kind="proxy")
    if isinstance(exc, requests.exceptions.SSLError):
        return ApiError(
            f"The secure connection to {where} could not be verified: the provider's certificate "
            "is not trusted or does not match its name. If your company inspects TLS traffic, "
            "set its CA certificate in the profile's connection settings.", kind="tls")
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return ApiError(f"No answer from {where} while connecting. {firewall}", kind="timeout")
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return ApiError(f"The provider at {where} did not answer in time. Please try again.",
                        kind="timeout")
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = str(exc)
        if "Name or service not known" in text or "NameResolutionError" in text or (
                "getaddrinfo failed" in text) or "nodename nor servname" in text:
            return ApiError(f"The provider's name {host} could not be found. Check the address "
                            "and your network connection.", kind="connection")
        return ApiError(f"Could not connect to the provider at {where}. {firewall}",
                        kind="connection")
    return ApiError(f"Talking to the provider at {where} failed. Please try again.",
                    kind="connection")


def nothing_done(response: requests.Response) -> bool:
    """A `busy` problem: the provider sends it before doing anything (a request shed, or a
    password with no room to be checked), so even a request that must not be repeated once it
    was carried out may be sent again after the Retry-After."""
    if response.status_code != 503 or "json" not in response.headers.get("Content-Type", ""):
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and str(body.get("type", "")).rsplit(":", 1)[-1] == "busy"
