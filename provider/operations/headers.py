"""Security headers on every answer: no MIME sniffing, no framing, no referrer; HSTS when the
request came over TLS (directly, or from a trusted proxy that said X-Forwarded-Proto: https);
and `Cache-Control: no-store` on answers to signed-in requests, unless the route chose its own
(the invoice reads say `private, no-cache` to allow revalidation with their ETag)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from provider.api.client_address import from_trusted_proxy

ALWAYS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
          (b"referrer-policy", b"no-referrer")]
HSTS = (b"strict-transport-security", b"max-age=31536000")
NO_STORE = (b"cache-control", b"no-store")


class SecurityHeaders:
    def __init__(self, app: ASGIApp, trusted_proxies: tuple[str, ...] = ()) -> None:
        self.app, self.trusted_proxies = app, trusted_proxies

    def _over_tls(self, scope: Scope) -> bool:
        if scope.get("scheme") == "https":
            return True
        peer = scope["client"][0] if scope.get("client") else None
        if not from_trusted_proxy(peer, self.trusted_proxies):
            return False
        proto = dict(scope["headers"]).get(b"x-forwarded-proto", b"")
        return proto.split(b",")[0].strip().lower() == b"https"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tls = self._over_tls(scope)
        signed_in = any(name == b"authorization" for name, _ in scope["headers"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", ()), *ALWAYS]
                if tls:
                    headers.append(HSTS)
                if signed_in and not any(name.lower() == b"cache-control" for name, _ in headers):
                    headers.append(NO_STORE)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
