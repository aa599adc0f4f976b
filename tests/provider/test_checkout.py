"""Cart, checkout and payment with each method, over HTTP against the real provider."""

from __future__ import annotations

from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import func, inspect, select, text

from provider.db.models import GatewayCharge, Order
from provider.runtime import Runtime
from tests.provider.conftest import mailbox, sign_in
from tests.provider.shop_helpers import (
    API,
    DECLINED_CARD,
    NO_FUNDS_CARD,
    OWNER,
    account_of,
    add_item,
    advance,
    balance,
    card_token,
    checkout,
    save_card,
)


def test_cart_totals_with_swiss_vat_and_paying_with_a_saved_card(client: TestClient, rt: Runtime,
                                                                  seeded: list) -> None:
    h = sign_in(client, OWNER)
    acc, addr = account_of(rt, OWNER)
    add_item(client, h, acc, "pbx_business", quantity=3, months=12)
    add_item(client, h, acc, "terminal_t54w", quantity=2)
    cart = add_item(client, h, acc, "number_local", quantity=1, months=12)
    # 3 x 14.90 x 12 = 536.40; 2 x 189.00 = 378.00; 10.00 + 2.00 x 12 = 34.00 -> 948.40 net
    assert cart["net"] == "948.40"
    assert cart["vat_rate_percent"] == "8.1"
    assert cart["vat"] == "76.82"  # 948.40 x 8.1 % = 76.8204
    assert cart["gross"] == "1025.22"
    card = save_card(client, h, acc)
    changed = checkout(client, h, acc, addr, {"method": "card", "card_id": card["id"]},
                       expected_gross="1000.00")
    assert changed.status_code == 409 and changed.json()["rule"] == "cart.changed"
    r = checkout(client, h, acc, addr, {"method": "card", "card_id": card["id"]},
                 expected_gross="1025.22")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["order"]["status"] == "paid"
    assert body["order"]["gross"] == "1025.22"
    assert body["payment"]["status"] == "succeeded"
    assert body["payment"]["card_label"] == "Visa •••• 4242"
    assert client.get(f"{API}/accounts/{acc}/cart", headers=h).json()["items"] == []
    receipts = [m for m in mailbox(client, OWNER) if m["kind"] == "receipt"]
    assert receipts and "1025.22" in receipts[0]["subject"]
    history = client.get(f"{API}/accounts/{acc}/payments", headers=h).json()
    assert [p["amount"] for p in history] == ["1025.22"]


def test_declined_card_leaves_the_order_pending_and_it_can_be_paid_again(
        client: TestClient, rt: Runtime, seeded: list) -> None:
    h = sign_in(client, OWNER)
    acc, addr = account_of(rt, OWNER)
    add_item(client, h, acc, "terminal_t33g", quantity=1)
    r = checkout(client, h, acc, addr, {"method": "new_card", "save_card": True,
                                        "card_token": card_token(client, DECLINED_CARD)})
    assert r.status_code == 402, r.text
    body = r.json()
    assert body["rule"] == "payment.card_declined"
    assert body["order"]["status"] == "pending"
    order_id = body["order"]["id"]
    # A declined card is not saved, even with "save".
    assert client.get(f"{API}/accounts/{acc}/cards", headers=h).json() == []
    r = client.post(f"{API}/accounts/{acc}/orders/{order_id}/payments",
                    json={"payment": {"method": "new_card",
                                      "card_token": card_token(client, NO_FUNDS_CARD)}},
                    headers={**h, "Idempotency-Key": "again-1"})
    assert r.status_code == 402 and r.json()["rule"] == "payment.insufficient_funds"
    r = client.post(f"{API}/accounts/{acc}/orders/{order_id}/payments",
                    json={"payment": {"method": "new_card", "card_token": card_token(client),
                                      "save_card": True}},
                    headers={**h, "Idempotency-Key": "again-2"})
    assert r.status_code == 201, r.text
    assert r.json()["order"]["status"] == "paid"
    cards = client.get(f"{API}/accounts/{acc}/cards", headers=h).json()
    assert [(c["last4"], c["is_default"]) for c in cards] == [("4242", True)]
    r = client.post(f"{API}/accounts/{acc}/orders/{order_id}/payments",
                    json={"payment": {"method": "card", "card_id": cards[0]["id"]}},
                    headers={**h, "Idempotency-Key": "again-3"})
    assert r.status_code == 409 and r.json()["rule"] == "order.not_pending"
    history = client.get(f"{API}/accounts/{acc}/payments", headers=h).json()
    assert len(history) == 1  # the history lists completed payments only
    detail = client.get(f"{API}/accounts/{acc}/orders/{order_id}", headers=h).json()
    assert sorted(p["status"] for p in detail["payments"]) == ["failed", "failed", "succeeded"]


def test_same_key_returns_the_same_answer_and_a_different_body_is_refused(
        client: TestClient, rt: Runtime, seeded: list) -> None:
    h = sign_in(client, OWNER)
    acc, addr = account_of(rt, OWNER)
    card = save_card(client, h, acc)
    add_item(client, h, acc, "prepaid_credit", amount="50.00")
    first = checkout(client, h, acc, addr, {"method": "card", "card_id": card["id"]}, key="k-1")
    again = checkout(client, h, acc, addr, {"method": "card", "card_id": card["id"]}, key="k-1")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    other = checkout(client, h, acc, addr, {"method": "credit"}, key="k-1")
    assert other.status_code == 422 and other.json()["rule"] == "idempotency_key.reused"
    missing = client.post(f"{API}/accounts/{acc}/checkout", headers=h,
                          json={"billing_address_id": addr, "payment": {"method": "credit"}})
    assert missing.status_code == 400 and missing.json()["field"] == "Idempotency-Key"
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Order)) == 1
        assert db.scalar(select(func.count()).select_from(GatewayCharge)) == 1
    # Credit alone needs no provisioning: booked with the payment, the order is completed.
    assert first.json()["order"]["status"] == "completed"
    assert balance(rt, acc) == "50.00"


def test_prepaid_credit_pays_when_enough_and_is_refused_otherwise(client: TestClient, rt: Runtime,
                                                                   seeded: list) -> None:
    h = sign_in(client, OWNER)
    acc, addr = account_of(rt, OWNER)
    add_item(client, h, acc, "terminal_t33g", quantity=1)  # 89.00 + 8.1 % = 96.21
    r = checkout(client, h, acc, addr, {"method": "credit"})
    assert r.status_code == 422 and r.json()["rule"] == "credit.insufficient"
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Order)) == 0  # nothing changed
    assert len(client.get(f"{API}/accounts/{acc}/cart", headers=h).json()["items"]) == 1
    card = save_card(client, h, acc)
    add_item(client, h, acc, "prepaid_credit", amount="100.00")
    r = checkout(client, h, acc, addr, {"method": "credit"})
    assert r.status_code == 422 and r.json()["rule"] == "credit.for_credit"
    items = client.get(f"{API}/accounts/{acc}/cart", headers=h).json()["items"]
    terminal = next(i for i in items if i["product"] == "terminal_t33g")
    r = client.delete(f"{API}/accounts/{acc}/cart/items/{terminal['id']}", headers=h)
    assert r.status_code == 204
    assert checkout(client, h, acc, addr, {"method": "card", "card_id": card["id"]}).status_code == 201
    assert balance(rt, acc) == "100.00"
    add_item(client, h, acc, "terminal_t33g", quantity=1)
    r = checkout(client, h, acc, addr, {"method": "credit"})
    assert r.status_code == 201, r.text
    assert r.json()["payment"]["method"] == "credit"
    assert balance(rt, acc) == str(Decimal("100.00") - Decimal("96.21"))


def test_sepa_and_bank_transfer_are_for_business_accounts(client: TestClient, rt: Runtime,
                                                         seeded: list) -> None:
    private = "anna.keller@example.ch"
    h = sign_in(client, private)
    acc, addr = account_of(rt, private)
    add_item(client, h, acc, "terminal_t33g", quantity=1)
    for method in ("sepa", "bank_transfer"):
        r = checkout(client, h, acc, addr, {"method": method})
        assert r.status_code == 422 and r.json()["rule"] == "method.business_only"
    business = "owner@nordlicht.example"
    hb = sign_in(client, business)
    accb, addrb = account_of(rt, business)
    add_item(client, hb, accb, "terminal_t33g", quantity=1)  # 79.00 EUR + 19 % = 94.01
    r = checkout(client, hb, accb, addrb, {"method": "sepa"})
    assert r.status_code == 422 and r.json()["rule"] == "sepa.mandate_required"
    r = client.put(f"{API}/accounts/{accb}/sepa-mandate", headers=hb,
                   json={"iban": "DE89 3704 0044 0532 0130 00", "holder": "Nordlicht Logistik GmbH"})
    assert r.status_code == 200, r.text
    assert r.json()["reference"].startswith("SB-7310-")
    bad = client.put(f"{API}/accounts/{accb}/sepa-mandate", headers=hb,
                     json={"iban": "DE89 3704 0044 0532 0130 01", "holder": "X"})
    assert bad.status_code == 422 and bad.json()["field"] == "iban"
    r = checkout(client, hb, accb, addrb, {"method": "sepa"})
    assert r.status_code == 201, r.text
    assert r.json()["order"]["gross"] == "94.01" and r.json()["order"]["currency"] == "EUR"
    add_item(client, hb, accb, "terminal_t33g", quantity=1)
    r = checkout(client, hb, accb, addrb, {"method": "bank_transfer"})
    assert r.status_code == 201
    assert r.json()["order"]["status"] == "pending" and r.json()["payment"]["status"] == "awaiting"
    # The customer may still pay it another way; the awaiting transfer is then withdrawn.
    order_id = r.json()["order"]["id"]
    r = client.post(f"{API}/accounts/{accb}/orders/{order_id}/payments", json={"payment": {"method": "sepa"}},
                    headers={**hb, "Idempotency-Key": "switch"})
    assert r.status_code == 201 and r.json()["order"]["status"] == "paid"
    statuses = sorted(p["status"] for p in client.get(f"{API}/accounts/{accb}/orders/{order_id}",
                                                      headers=hb).json()["payments"])
    assert statuses == ["cancelled", "succeeded"]


def test_one_package_rule(client: TestClient, rt: Runtime, seeded: list) -> None:
    h = sign_in(client, OWNER)
    acc, addr = account_of(rt, OWNER)
    add_item(client, h, acc, "pbx_basic", quantity=2, months=1)
    r = client.post(f"{API}/accounts/{acc}/cart/items", headers=h,
                    json={"product": "pbx_premium", "quantity": 1, "months": 1})
    assert r.status_code == 422
    assert r.json()["field"] == "product" and r.json()["rule"] == "package.single"
    assert "same package" in r.json()["detail"]
    r = client.post(f"{API}/accounts/{acc}/cart/items", headers=h,
                    json={"product": "pbx_basic", "quantity": 1, "months": 3})
    assert r.status_code == 422 and r.json()["rule"] == "package.once"
    r = client.post(f"{API}/accounts/{acc}/cart/items", headers=h,
                    json={"product": "pbx_basic", "quantity": 1, "months": 2})
    assert r.status_code == 422 and r.json()["rule"] == "months.choice"
    card = save_card(client, h, acc)
    assert checkout(client, h, acc, addr, {"method": "card", "card_id": card["id"]}).status_code == 201
    advance(client, days=4)  # provisioning completes within 1-2 working days
    h = sign_in(client, OWNER)  # the access token expired meanwhile
    r = client.post(f"{API}/accounts/{acc}/cart/items", headers=h,
                    json={"product": "pbx_business", "quantity": 1, "months": 1})
    assert r.status_code == 422 and r.json()["rule"] == "package.current"
    add_item(client, h, acc, "pbx_basic", quantity=1, months=1)  # the current package is fine


def test_the_database_never_holds_a_card_number_or_cvc(client: TestClient, rt: Runtime,
                                                       seeded: list) -> None:
    h = sign_in(client, OWNER)
    acc, addr = account_of(rt, OWNER)
    save_card(client, h, acc)
    add_item(client, h, acc, "terminal_t33g", quantity=1)
    r = client.post("/gateway/v1/tokens", json={"number": "4242424242424242", "exp_month": 11,
                                                 "exp_year": 2098, "cvc": "987"})
    tok = r.json()["token"]
    r = checkout(client, h, acc, addr, {"method": "new_card", "card_token": tok, "save_card": True})
    assert r.status_code == 201
    found = []
    with rt.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        assert {"gateway_cards", "saved_cards", "payments", "idempotency_records"} <= set(tables)
        for table in tables:
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    digits = "".join(ch for ch in str(value) if ch.isdigit())
                    if "424242424242" in digits or str(value) == "987":
                        found.append((table, value))
    assert not found


def test_gateway_refuses_expired_unknown_and_non_test_numbers(client: TestClient) -> None:
    def token(number: str, year: int = 2099, cvc: str = "123") -> tuple[int, dict]:
        r = client.post("/gateway/v1/tokens", json={"number": number, "exp_month": 1,
                                                     "exp_year": year, "cvc": cvc})
        return r.status_code, r.json()

    status, body = token("4242 4242 4242 4242", year=2001)
    assert status == 422 and body["rule"] == "card.expired"
    status, body = token("4242 4242 4242 4241")
    assert status == 422 and body["rule"] == "card.number"
    status, body = token("4111 1111 1111 1111")  # valid, but not a sandbox test number
    assert status == 422 and body["rule"] == "card.test_number"
    # The card number is not an API route of the provider: nothing under /api/v1 takes it.
    spec = client.get("/openapi.json").json()
    assert "number" not in str(spec["components"]["schemas"].get("CardIn", {}))


def test_a_cart_line_changed_to_zero_is_refused_at_its_field(client: TestClient, rt: Runtime,
                                                              seeded: list) -> None:
    """0 users (or 0 phones) is refused with the field's rule, when adding as when changing a
    line, and the line keeps what it had (docs/product-rules.md#cart)."""
    h = sign_in(client, OWNER)
    acc, _ = account_of(rt, OWNER)
    package = add_item(client, h, acc, "pbx_basic", quantity=3, months=1)["items"][0]
    phones = add_item(client, h, acc, "terminal_t33g", quantity=2)["items"][1]
    for line, rule in ((package, "users.range"), (phones, "quantity.range")):
        r = client.patch(f"{API}/accounts/{acc}/cart/items/{line['id']}", headers=h, json={"quantity": 0})
        assert r.status_code == 422, r.text
        assert (r.json()["field"], r.json()["rule"]) == ("quantity", rule)
        r = client.post(f"{API}/accounts/{acc}/cart/items", headers=h,
                        json={"product": line["product"], "quantity": 0, "months": line["months"]})
        assert r.status_code == 422 and (r.json()["field"], r.json()["rule"]) == ("quantity", rule)
    cart = client.get(f"{API}/accounts/{acc}/cart", headers=h).json()
    assert [(x["product"], x["quantity"]) for x in cart["items"]] == [("pbx_basic", 3), ("terminal_t33g", 2)]
    r = client.patch(f"{API}/accounts/{acc}/cart/items/{package['id']}", headers=h, json={"months": 3})
    assert r.status_code == 200 and r.json()["items"][0]["quantity"] == 3  # not sent: unchanged


def test_one_package_rule_holds_while_a_paid_package_waits_for_provisioning(
        client: TestClient, rt: Runtime, seeded: list) -> None:
    """A paid package not yet set up is the account's package: another one can neither be put in
    the cart, nor checked out, nor paid as an order left pending earlier."""
    h = sign_in(client, OWNER)
    acc, addr = account_of(rt, OWNER)
    add_item(client, h, acc, "pbx_premium", quantity=1, months=1)
    r = checkout(client, h, acc, addr,
                 {"method": "new_card", "card_token": card_token(client, DECLINED_CARD)})
    assert r.status_code == 402 and r.json()["order"]["status"] == "pending"
    earlier = r.json()["order"]["id"]
    add_item(client, h, acc, "pbx_basic", quantity=2, months=1)
    card = save_card(client, h, acc)
    r = checkout(client, h, acc, addr, {"method": "card", "card_id": card["id"]})
    assert r.status_code == 201 and r.json()["order"]["status"] == "paid"
    r = client.post(f"{API}/accounts/{acc}/cart/items", headers=h,
                    json={"product": "pbx_premium", "quantity": 1, "months": 1})
    assert r.status_code == 422 and (r.json()["field"], r.json()["rule"]) == ("product", "package.current")
    r = client.post(f"{API}/accounts/{acc}/orders/{earlier}/payments",
                    json={"payment": {"method": "card", "card_id": card["id"]}},
                    headers={**h, "Idempotency-Key": "pay-earlier"})
    assert r.status_code == 422 and r.json()["rule"] == "package.current"
    detail = client.get(f"{API}/accounts/{acc}/orders/{earlier}", headers=h).json()
    assert detail["status"] == "pending" and [p["status"] for p in detail["payments"]] == ["failed"]
    add_item(client, h, acc, "pbx_basic", quantity=1, months=1)  # more users of the same package
