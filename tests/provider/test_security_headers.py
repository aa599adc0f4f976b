"""HSTS follows the request's real scheme: TLS to us, or a trusted proxy's X-Forwarded-Proto."""

from __future__ import annotations

import asyncio

import pytest
from starlette.types import Message, Receive, Scope, Send

from provider.operations.headers import SecurityHeaders


async def _ok(scope: Scope, receive: Receive, send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b""})


def _headers(scheme: str, peer: str, forwarded_proto: str | None, trusted: tuple[str, ...]) -> dict:
    sent: list[Message] = []
    headers = [(b"x-forwarded-proto", forwarded_proto.encode())] if forwarded_proto else []
    scope = {"type": "http", "scheme": scheme, "client": (peer, 5555), "headers": headers}

    async def receive() -> Message:
        return {"type": "http.request"}

    async def send(message: Message) -> None:
        sent.append(message)

    asyncio.run(SecurityHeaders(_ok, trusted)(scope, receive, send))
    return dict(sent[0]["headers"])


@pytest.mark.parametrize(("scheme", "peer", "proto", "trusted", "hsts"), [
    ("https", "203.0.113.9", None, (), True),  # TLS straight to the provider
    ("http", "127.0.0.1", "https", ("127.0.0.1",), True),  # the trusted proxy ended TLS
    ("http", "203.0.113.9", "https", ("127.0.0.1",), False),  # anyone else may not claim it
    ("http", "127.0.0.1", "https", (), False),  # no proxy configured: nobody is believed
    ("http", "127.0.0.1", "http", ("127.0.0.1",), False),
])
def test_hsts_only_for_requests_that_came_over_tls(scheme, peer, proto, trusted, hsts):
    headers = _headers(scheme, peer, proto, trusted)
    assert (headers.get(b"strict-transport-security") == b"max-age=31536000") is hsts
    assert headers[b"x-content-type-options"] == b"nosniff"
