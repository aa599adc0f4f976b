"""Card payments through Stripe (localstripe, a real server process) from the customer's side:
a saved card that needs strong customer authentication (completed, abandoned), a declined card,
the outcome polled by the client, and Stripe's signed webhooks (replayed five times, and before
the client asks) settling each charge exactly once. What localstripe cannot show is listed in
tests/provider/localstripe.py and docs/operations.md: it sends no `setup_intent.succeeded` and no
`charge.refunded` events, so those two handlers are not exercised here."""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from provider.db.models import LedgerEntry, OutboxMail, Payment
from provider.runtime import Runtime
from tests.provider.conftest import API
from tests.provider.localstripe import PUBLISHABLE_KEY, LocalStripe, localstripe  # noqa: F401
from tests.provider.stripe_provider import (  # noqa: F401 - fixtures
    AUTH,
    DECLINED,
    OK,
    Customer,
    WebhookCatcher,
    customer,
    save_card,
    settings,
    webhooks,
)


def buy(client: TestClient, c: Customer, card_id: int, key: str | None = None) -> Any:
    r = client.post(f"{API}/accounts/{c.account_id}/cart/items", headers=c.headers,
                    json={"product": "terminal_t33g", "quantity": 1})
    assert r.status_code == 201, r.text
    return client.post(f"{API}/accounts/{c.account_id}/checkout", headers={
        **c.headers, "Idempotency-Key": key or uuid.uuid4().hex},
        json={"billing_address_id": c.address_id, "payment": {"method": "card", "card_id": card_id}})


def pay_again(client: TestClient, c: Customer, order_id: int, card_id: int) -> Any:
    return client.post(f"{API}/accounts/{c.account_id}/orders/{order_id}/payments",
                       headers={**c.headers, "Idempotency-Key": uuid.uuid4().hex},
                       json={"payment": {"method": "card", "card_id": card_id}})


def secret_of(body: dict[str, Any]) -> str:
    url = body["next_action"]["url"]
    assert url.startswith("/api/v1/payment-gateway/authentication?")
    return parse_qs(urlsplit(url).query)["client_secret"][0]


def poll(client: TestClient, c: Customer, payment_id: int) -> dict[str, Any]:
    r = client.get(f"{API}/accounts/{c.account_id}/payments/{payment_id}", headers=c.headers)
    assert r.status_code == 200, r.text
    return r.json()


def charges_of(ls: LocalStripe, intent_id: str) -> int:
    return sum(1 for ch in ls.get("/v1/charges?limit=100")["data"] if ch["payment_intent"] == intent_id)


def test_the_client_learns_the_gateway_and_its_publishable_key(client: TestClient) -> None:
    r = client.get(f"{API}/payment-gateway")
    assert r.status_code == 200
    assert r.json()["gateway"] == "stripe" and r.json()["publishable_key"] == PUBLISHABLE_KEY
    assert r.json()["tokenize_url"] is None
    assert client.get("/gateway/v1/tokens").status_code == 404  # no sandbox gateway


def test_authentication_completed_then_polled_and_abandoned(
        client: TestClient, rt: Runtime, localstripe: LocalStripe) -> None:  # noqa: F811
    c = customer(client, "sca@muster.example")
    card = save_card(client, localstripe, c, AUTH)
    # Every card of the account is saved under its one Stripe customer.
    second = save_card(client, localstripe, c, OK)
    with rt.sessions() as db:
        from provider.db.models import SavedCard

        methods = db.scalars(select(SavedCard.gateway_token).where(
            SavedCard.id.in_([card["id"], second["id"]]))).all()
    owners = {localstripe.get(f"/v1/payment_methods/{m}")["customer"] for m in methods}
    assert len(owners) == 1 and None not in owners
    key = uuid.uuid4().hex
    r = buy(client, c, card["id"], key)
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["order"]["status"] == "pending" and body["payment"]["status"] == "pending"
    secret = secret_of(body)
    page = client.get(body["next_action"]["url"])
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert f'"{PUBLISHABLE_KEY}"' in page.text and f'"{secret}"' in page.text
    assert f"{localstripe.url}/js.stripe.com/v3/" in page.text
    payment_id = body["payment"]["id"]
    assert poll(client, c, payment_id)["next_action"] is not None  # still waiting
    # The customer confirms in the browser (what the page's script does at the gateway).
    assert localstripe.authenticate(secret, True).status_code == 200
    done = poll(client, c, payment_id)
    assert done["payment"]["status"] == "succeeded" and done["order"]["status"] == "paid"
    assert done["next_action"] is None
    again = client.post(f"{API}/accounts/{c.account_id}/checkout", headers={
        **c.headers, "Idempotency-Key": key}, json={"billing_address_id": c.address_id,
                                                    "payment": {"method": "card", "card_id": card["id"]}})
    assert again.status_code == 201 and again.json()["order"]["status"] == "paid"
    with rt.sessions() as db:
        intent = db.get(Payment, payment_id).gateway_charge_id  # type: ignore[union-attr]
    assert charges_of(localstripe, intent) == 1

    # Abandoned: the customer presses Cancel; the order stays pending and is paid another way.
    r = buy(client, c, card["id"])
    assert r.status_code == 202, r.text
    order_id, payment_id = r.json()["order"]["id"], r.json()["payment"]["id"]
    r = client.post(f"{API}/accounts/{c.account_id}/payments/{payment_id}/cancel-authentication",
                           headers=c.headers)
    assert r.status_code == 200, r.text
    assert r.json()["payment"]["status"] == "failed"
    assert r.json()["payment"]["failure_code"] == "authentication_abandoned"
    assert r.json()["order"]["status"] == "pending"
    ok = save_card(client, localstripe, c, OK)
    r = pay_again(client, c, order_id, ok["id"])
    assert r.status_code == 201 and r.json()["order"]["status"] == "paid", r.text


def test_a_declined_card_leaves_the_order_pending_and_payable(
        client: TestClient, localstripe: LocalStripe) -> None:  # noqa: F811
    c = customer(client, "declined@muster.example")
    declined = save_card(client, localstripe, c, DECLINED)
    r = buy(client, c, declined["id"])
    assert r.status_code == 402 and r.json()["rule"] == "payment.card_declined", r.text
    order_id = r.json()["order"]["id"]
    assert r.json()["order"]["status"] == "pending"
    ok = save_card(client, localstripe, c, OK)
    r = pay_again(client, c, order_id, ok["id"])
    assert r.status_code == 201 and r.json()["order"]["status"] == "paid", r.text


def test_a_webhook_replayed_five_times_settles_once(
        client: TestClient, rt: Runtime, localstripe: LocalStripe,  # noqa: F811
        webhooks: WebhookCatcher) -> None:  # noqa: F811
    c = customer(client, "hooks@muster.example")
    card = save_card(client, localstripe, c, AUTH)
    r = buy(client, c, card["id"])
    assert r.status_code == 202, r.text
    payment_id = r.json()["payment"]["id"]
    secret = secret_of(r.json())
    intent = secret.split("_secret_")[0]
    localstripe.authenticate(secret, True)
    event = webhooks.wait_for(intent)  # payment_intent.succeeded, as localstripe signed it
    assert b"payment_intent.succeeded" in event.body
    hook = f"{API}/payment-gateway/webhooks/stripe"
    # Unsigned, wrongly signed or altered: refused, nothing changes.
    assert client.post(hook, content=event.body).status_code == 400
    assert client.post(hook, content=event.body, headers={
        "Stripe-Signature": event.signature.replace("v1=", "v1=00")}).status_code == 400
    assert client.post(hook, content=event.body.replace(b"succeeded", b"succeedet"), headers={
        "Stripe-Signature": event.signature}).status_code == 400
    with rt.sessions() as db:
        assert db.get(Payment, payment_id).status == "pending"  # type: ignore[union-attr]
    # The webhook before the client's own poll, five times over.
    for _ in range(5):
        r = client.post(hook, content=event.body, headers={"Stripe-Signature": event.signature,
                                                                  "Content-Type": "application/json"})
        assert r.status_code == 200 and r.json()["handled"], r.text
    state = poll(client, c, payment_id)
    assert state["payment"]["status"] == "succeeded" and state["order"]["status"] == "paid"
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Payment).where(
            Payment.account_id == c.account_id, Payment.status == "succeeded")) == 1
        receipts = db.scalar(select(func.count()).select_from(OutboxMail).where(
            OutboxMail.kind == "receipt", OutboxMail.to_address == "hooks@muster.example"))
        assert db.scalar(select(func.count()).select_from(LedgerEntry).where(
            LedgerEntry.account_id == c.account_id)) == 0  # a terminal: nothing on the ledger
    assert receipts == 1
    assert charges_of(localstripe, intent) == 1


def test_a_credit_note_on_an_invoice_paid_by_card_is_refunded_at_stripe(
        client: TestClient, rt: Runtime, localstripe: LocalStripe) -> None:  # noqa: F811
    """The monthly invoice charged to the saved card (off session: no authentication asked), then
    a credit note: the part already paid goes back to the card through Stripe, once."""
    from decimal import Decimal

    from provider.db.models import Invoice
    from provider.services import credit_notes, invoice_payments
    from tests.provider.bank_helpers import open_invoice

    c = customer(client, "refund@muster.example")
    save_card(client, localstripe, c, OK)
    invoice = open_invoice(rt, c.account_id, "120.00", method="card")
    with rt.sessions() as db:  # out of the way of the credit note's number series
        db.get(Invoice, invoice.id).number = "2025-900001"  # type: ignore[union-attr]
        db.commit()
    assert invoice_payments.collect_due(rt) >= 1
    with rt.sessions() as db:
        paid = db.get(Invoice, invoice.id)
        assert paid is not None and paid.status == "paid"
        charge = db.get(Payment, paid.payment_id)
        assert charge is not None and charge.status == "succeeded"
        intent = charge.gateway_charge_id
    assert intent and intent.startswith("pi_")
    with rt.sessions() as db:
        note = credit_notes.issue(db, rt, invoice.id, Decimal("30.00"), "Two days without service")
        note_id = note.id
    with rt.sessions() as db:
        refund = db.scalar(select(Payment).where(Payment.purpose == "credit_refund",
                                                 Payment.account_id == c.account_id))
        assert refund is not None and refund.status == "succeeded" and refund.amount == Decimal("-30.00")
        assert db.get(Invoice, note_id).payment_method == "card_refund"  # type: ignore[union-attr]
    refunds = [r for r in localstripe.get("/v1/refunds?limit=100")["data"]
               if localstripe.get(f"/v1/charges/{r['charge']}")["payment_intent"] == intent]
    assert [r["amount"] for r in refunds] == [3000]
    credit_notes.finish_refund(rt, refund.id)  # the pending-refund job again: nothing more
    assert len([r for r in localstripe.get("/v1/refunds?limit=100")["data"]
                if localstripe.get(f"/v1/charges/{r['charge']}")["payment_intent"] == intent]) == 1
