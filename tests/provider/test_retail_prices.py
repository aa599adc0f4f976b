"""Retail prices and call tariffs over HTTP, on SQLite and PostgreSQL, with two resellers that
charge differently and a customer of the provider's own: each sees its own prices in the shop,
the cart, quotes, the calls rated and the monthly invoices; a price rise waits for the notice;
every bad price is refused with its field and rule; a reseller never reaches another's list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from provider.db.models import CallRecord, Invoice, InvoiceItem
from provider.domain.money import to_money
from provider.domain.proration import prorate, prorate_from
from provider.domain.rating import billed_seconds, rate_call
from provider.runtime import Runtime
from tests.provider.conftest import API, advance, register_business, sign_in
from tests.provider.reseller_support import add_customer, add_reseller

D = Decimal


def _reseller(rt: Runtime, n: int) -> int:
    return add_reseller(rt, f"6410{n}", f"owner@retail{n}.example", f"Reseller {n}", f"Reseller {n} AG")


def _price(client: TestClient, reseller: int, headers: dict[str, str], **body: Any) -> Any:
    return client.post(f"{API}/accounts/{reseller}/retail-prices", headers=headers,
                       json={"currency": "CHF", "one_off": "0.00", **body})


def _refused(r: Any, field: str, rule: str) -> None:
    assert r.status_code == 422, r.text
    assert any(e["field"] == field and e["rule"] == rule for e in r.json()["errors"]), r.json()


@pytest.fixture
def world(client: TestClient, rt: Runtime) -> dict[str, Any]:
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-01-11T09:00:00+00:00"}).status_code == 200
    a, b = _reseller(rt, 1), _reseller(rt, 2)
    ha, hb = sign_in(client, "owner@retail1.example"), sign_in(client, "owner@retail2.example")
    ca = add_customer(client, a, ha, "boss@kunde-a.example")
    cb = add_customer(client, b, hb, "boss@kunde-b.example")
    own = register_business(client, email="boss@eigen.example")["account"]["id"]
    return {"a": a, "b": b, "ha": ha, "hb": hb, "ca": ca, "cb": cb, "own": own}


def test_each_customer_pays_its_sellers_prices(client: TestClient, rt: Runtime,
                                               world: dict[str, Any]) -> None:
    a, b, ha, hb = world["a"], world["b"], world["ha"], world["hb"]
    today = "2027-01-11"
    # Cuts below the list price (14.90) but above wholesale (11.18) take effect at once.
    for reseller, headers, monthly in ((a, ha, "12.00"), (b, hb, "13.50")):
        r = _price(client, reseller, headers, product="pbx_business", monthly=monthly, effective_from=today)
        assert r.status_code == 201, r.text
    assert _price(client, a, ha, product="number_local", one_off="9.00", monthly="1.90",
                  effective_from=today).status_code == 201
    r = client.post(f"{API}/accounts/{a}/call-tariffs", headers=ha, json={
        "zone": "national_fixed", "currency": "CHF", "per_minute": "0.0700", "effective_from": today})
    assert r.status_code == 201, r.text
    r = client.post(f"{API}/accounts/{b}/call-tariffs", headers=hb, json={
        "zone": "national_fixed", "currency": "CHF", "markup_percent": "20", "effective_from": today})
    assert r.status_code == 201, r.text
    # A rise waits for the notice: asked on 11 January, from 1 March (after 28 February).
    listed = client.get(f"{API}/accounts/{a}/retail-prices", headers=ha).json()
    assert listed["earliest_rise"] == "2027-03-01"
    _refused(_price(client, a, ha, product="pbx_business", monthly="16.90", effective_from="2027-02-28"),
             "effective_from", "effective.notice")
    assert _price(client, a, ha, product="pbx_business", monthly="16.90",
                  effective_from="2027-03-01").status_code == 201

    expected = {"ca": (D("12.00"), D("10.90"), D("0.0700")), "cb": (D("13.50"), D("12.00"), D("0.0720")),
                "own": (D("14.90"), D("12.00"), D("0.08"))}
    heads = {}
    for who, email in (("ca", "boss@kunde-a.example"), ("cb", "boss@kunde-b.example"),
                       ("own", "boss@eigen.example")):
        aid, (monthly, number, rate) = world[who], expected[who]
        h = heads[who] = sign_in(client, email, "Muster-2026")
        shop = client.get(f"{API}/accounts/{aid}/catalog", headers=h).json()
        assert {p["code"]: D(p["monthly"]) for p in shop["products"]}["pbx_business"] == monthly
        assert {c["zone"]: D(c["per_minute"]) for c in shop["call_rates"]}["national_fixed"] == rate
        r = client.post(f"{API}/accounts/{aid}/cart/items", headers=h,
                        json={"product": "number_local", "quantity": 1, "months": 1})
        assert r.status_code == 201 and D(r.json()["net"]) == number, (who, r.text)
        r = client.post(f"{API}/accounts/{aid}/subscription", headers=h, json={"product": "pbx_business",
                                                                              "users": 5})
        assert r.status_code == 201, r.text
        q = client.post(f"{API}/accounts/{aid}/subscription/quote", headers=h,
                        json={"action": "add_users", "count": 3}).json()
        assert D(q["amount"]) == prorate_from(3 * monthly, date(2027, 1, 11)), who
        assert D(q["monthly_after"]) == 8 * monthly
    advance(client, days=10)  # calls from the 12th on: after the tariffs took effect on the 11th
    for who in expected:
        r = client.post(f"{API}/sandbox/calls", json={"account_id": world[who], "count": 60, "days": 9,
                                                        "seed": 7})
        assert r.status_code == 201, r.text

    with rt.sessions() as db:
        for who in expected:
            calls = list(db.scalars(select(CallRecord).where(CallRecord.account_id == world[who])))
            fixed = [c for c in calls if c.zone == "national_fixed"]
            assert fixed and len(fixed) < len(calls)
            for c in calls:
                if c.zone == "national_fixed":
                    want = to_money(expected[who][2] * billed_seconds(c.duration_s) / 60)
                else:
                    want = rate_call(c.zone, c.duration_s, "CHF")
                assert c.price == want, (who, c.zone, c.duration_s)

    # The monthly invoices: January from the 11th at each seller's price; March at A's new price.
    for month in ("2027-02-01", "2027-03-01", "2027-04-01"):
        assert client.put(f"{API}/sandbox/clock", json={"now": f"{month}T08:00:00+00:00"}).status_code == 200
    with rt.sessions() as db:
        def users_line(who: str, period: str) -> Decimal:
            inv = db.scalar(select(Invoice).where(Invoice.account_id == world[who], Invoice.period == period))
            assert inv is not None, (who, period)
            return sum((i.amount for i in db.scalars(select(InvoiceItem).where(
                InvoiceItem.invoice_id == inv.id, InvoiceItem.kind == "recurring"))), D("0"))
        for who, (monthly, _, _) in expected.items():
            assert users_line(who, "2027-01") == prorate(5 * monthly, date(2027, 1, 11), date(2027, 1, 31))
            assert users_line(who, "2027-02") == 5 * monthly
        assert users_line("ca", "2027-03") == 5 * D("16.90")
        assert users_line("cb", "2027-03") == 5 * D("13.50")
        assert users_line("own", "2027-03") == 5 * D("14.90")


@pytest.mark.parametrize(("path", "body", "field", "rule"), [
    ("retail-prices", {"product": "pbx_basic", "monthly": "7.00"}, "monthly", "retail.below_wholesale"),
    ("retail-prices", {"product": "terminal_t33g", "one_off": "60.00", "monthly": "0"}, "one_off",
     "retail.below_wholesale"),
    ("retail-prices", {"product": "prepaid_credit", "monthly": "1.00"}, "product", "retail.product"),
    ("retail-prices", {"product": "pbx_ultra", "monthly": "30.00"}, "product", "retail.product"),
    ("retail-prices", {"product": "pbx_basic", "monthly": "9.90", "effective_from": "2027-01-10"},
     "effective_from", "effective.past"),
    ("retail-prices", {"product": "pbx_basic", "monthly": "10.90"}, "effective_from", "effective.notice"),
    ("retail-prices", {"product": "pbx_basic", "monthly": "9.905"}, "monthly", "money.cents"),
    ("call-tariffs", {"zone": "world", "per_minute": "0.5000"}, "per_minute", "retail.below_wholesale"),
    ("call-tariffs", {"zone": "world", "markup_percent": "-5"}, "markup_percent", "retail.below_wholesale"),
    ("call-tariffs", {"zone": "world"}, "markup_percent", "tariff.one"),
    ("call-tariffs", {"zone": "world", "markup_percent": "5", "per_minute": "0.80"}, "markup_percent",
     "tariff.one"),
    ("call-tariffs", {"zone": "europe", "markup_percent": "50"}, "effective_from", "effective.notice"),
])
def test_bad_prices_are_refused_and_change_nothing(client: TestClient, rt: Runtime, world: dict[str, Any],
                                                   path: str, body: dict[str, Any], field: str,
                                                   rule: str) -> None:
    a, ha = world["a"], world["ha"]
    base = {"currency": "CHF", "effective_from": "2027-01-11"}
    if path == "retail-prices":
        base["one_off"] = "0.00"
    r = client.post(f"{API}/accounts/{a}/{path}", headers=ha, json={**base, **body})
    _refused(r, field, rule)
    assert client.get(f"{API}/accounts/{a}/call-tariffs", headers=ha).json() == []
    assert client.get(f"{API}/accounts/{a}/retail-prices", headers=ha).json()["prices"] == []


def test_resellers_reach_their_own_price_list_only(client: TestClient, rt: Runtime,
                                                   world: dict[str, Any]) -> None:
    a, b, ha, hb = world["a"], world["b"], world["ha"], world["hb"]
    r = _price(client, a, ha, product="pbx_basic", monthly="9.00", effective_from="2027-01-11")
    assert r.status_code == 201, r.text
    customer = sign_in(client, "boss@kunde-a.example", "Muster-2026")
    body = {"product": "pbx_basic", "currency": "CHF", "one_off": "0.00", "monthly": "8.00",
            "effective_from": "2027-01-11"}
    tariff = {"zone": "world", "currency": "CHF", "markup_percent": "0", "effective_from": "2027-01-11"}
    for path, payload in (("retail-prices", body), ("call-tariffs", tariff)):
        # B on A's list: as if A did not exist. A's customer: not a reseller's staff.
        assert client.get(f"{API}/accounts/{a}/{path}", headers=hb).status_code == 404
        assert client.post(f"{API}/accounts/{a}/{path}", headers=hb, json=payload).status_code == 404
        assert client.get(f"{API}/accounts/{world['ca']}/{path}", headers=customer).status_code in (403, 409)
        assert client.post(f"{API}/accounts/{a}/{path}", headers=customer, json=payload).status_code == 404
    # B's customer's catalog is B's business: A gets 404 for it, and it shows no A price.
    assert client.get(f"{API}/accounts/{world['cb']}/catalog", headers=ha).status_code == 404
    hb_list = client.get(f"{API}/accounts/{b}/retail-prices", headers=hb).json()
    assert hb_list["prices"] == [] and len(hb_list["wholesale"]) == 16  # 8 products x 2 currencies
    own = client.get(f"{API}/accounts/{a}/retail-prices", headers=ha).json()["prices"]
    assert [(p["product_code"], p["monthly"]) for p in own] == [("pbx_basic", "9.00")]
