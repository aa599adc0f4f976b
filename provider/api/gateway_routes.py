"""The card gateway as the client and the gateway itself see it: which gateway takes the money
(and the key the client tokenizes with), the page where a customer confirms a payment with
their bank, and the endpoint the gateway's signed webhooks arrive at. None of them needs a
session: what they hand out is public, and a webhook is trusted only by its signature."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.responses import HTMLResponse

from provider.api.deps import RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.gateway import GatewayOut, WebhookOut
from provider.domain.errors import NotFound
from provider.payments.registry import uses_sandbox_gateway
from provider.payments.sandbox_gateway_app import GATEWAY_PREFIX
from provider.services import gateway_events

router = resource_router(tags=["payments"])

CLIENT_SECRET = r"^(pi|seti)_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$"
MAX_WEBHOOK_BYTES = 256 * 1024
STRIPE_API = "https://api.stripe.com"


@router.get("/payment-gateway", response_model=GatewayOut)
def payment_gateway(rt: RuntimeDep) -> GatewayOut:
    """Where the client sends card numbers: the sandbox's tokenization app, or Stripe with the
    publishable key. The provider itself never receives a card number."""
    s = rt.settings
    if uses_sandbox_gateway(s):
        return GatewayOut(gateway="sandbox", publishable_key=None, js_url=None,
                          tokenize_url=GATEWAY_PREFIX)
    return GatewayOut(gateway="stripe", publishable_key=s.stripe_publishable_key, js_url=s.stripe_js_url,
                      tokenize_url=None, api_url=(s.stripe_api_base or STRIPE_API).rstrip("/"))


@router.get("/payment-gateway/authentication", response_class=HTMLResponse,
            responses={200: {"content": {"text/html": {}}}})
def authentication_page(rt: RuntimeDep, client_secret: Annotated[
        str, Query(max_length=200, pattern=CLIENT_SECRET)]) -> HTMLResponse:
    """Opened by the client in the system browser: the gateway's own script shows the bank's
    confirmation for the payment (or the card being saved) named by its client secret; the
    client polls for the outcome."""
    s = rt.settings
    if uses_sandbox_gateway(s) or not s.stripe_publishable_key:
        raise NotFound("Payment confirmation")
    texts = CARD_TEXTS if client_secret.startswith("seti_") else PAYMENT_TEXTS
    page = PAGE.format(js=json.dumps(s.stripe_js_url), key=json.dumps(s.stripe_publishable_key),
                       secret=json.dumps(client_secret), **texts)
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})


async def _webhook_body(request: Request) -> bytes:
    """The event exactly as signed (read on the event loop; acted on in a worker thread)."""
    body = await request.body()
    if len(body) > MAX_WEBHOOK_BYTES:
        from provider.domain.errors import RuleViolation

        raise RuleViolation("webhook-too-large", "A webhook is at most 256 KiB.", 413)
    return body


@router.post("/payment-gateway/webhooks/stripe", response_model=WebhookOut)
def stripe_webhook(rt: RuntimeDep, body: Annotated[bytes, Depends(_webhook_body)],
                   stripe_signature: Annotated[str | None, Header(alias="Stripe-Signature",
                                                                  max_length=2000)] = None) -> WebhookOut:
    """Stripe's events about payments, saved cards and refunds, verified by their signature
    (400 and nothing changes otherwise)."""
    kind = gateway_events.stripe_event(rt, body, stripe_signature)
    return WebhookOut(received=True, type=kind[:80], handled=kind in gateway_events.HANDLED)


PAYMENT_TEXTS = {
    "title": "Confirm your payment", "ask": "Your card's bank asks you to confirm this payment.",
    "confirm": "confirmCardPayment",
    "failed": "The payment was not confirmed. You can close this window; Switchboard shows what to do next.",
    "done": "Thank you: the payment is confirmed. You can close this window and return to Switchboard."}
# Stripe.js's confirmCardSetup with the secret alone handles the SetupIntent's next action.
CARD_TEXTS = {
    "title": "Confirm your card", "ask": "Your card's bank asks you to confirm saving this card.",
    "confirm": "confirmCardSetup",
    "failed": "The card was not confirmed. You can close this window; Switchboard shows what to do next.",
    "done": "Thank you: the card is confirmed. You can close this window and return to Switchboard."}

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:sans-serif;max-width:32em;margin:3em auto;line-height:1.5}}</style>
<script src={js}></script></head>
<body><h1>{title}</h1>
<p id="state">{ask}</p>
<script>
Stripe({key}).{confirm}({secret}).then(function (r) {{
  document.getElementById("state").textContent = r.error
    ? "{failed}"
    : "{done}";
}});
</script></body></html>
"""
