"""Subscription changes over the API by the sandbox clock
(docs/product-rules.md#subscription-changes): an upgrade at once with the prorated difference; a
downgrade, fewer users and a cancellation pending until the first month-end at least 30 days
after the request, visible and withdrawable until then, applied by the job once the clock passes
that day, and billed accordingly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import select

from provider.db.models import Invoice, InvoiceItem
from provider.domain.notice import effective_date
from provider.domain.proration import prorate, upgrade_difference
from provider.runtime import Runtime
from tests.provider.conftest import API, sign_in
from tests.provider.shop_helpers import OWNER, account_of

BASIC, BUSINESS, PREMIUM = Decimal("9.90"), Decimal("14.90"), Decimal("24.90")  # CHF per user


def set_clock(client: TestClient, when: str) -> dict[str, str]:
    """Moves the sandbox clock (the jobs run) and signs in again: tokens follow the clock."""
    r = client.put(f"{API}/sandbox/clock", json={"now": when})
    assert r.status_code == 200, r.text
    return sign_in(client, OWNER)


def recurring_items(rt: Runtime, account_id: int, period: str) -> list[tuple[Decimal, date, date]]:
    with rt.sessions() as db:
        invoice = db.scalar(select(Invoice).where(Invoice.account_id == account_id,
                                                  Invoice.period == period))
        assert invoice is not None, f"no invoice for {period}"
        return [(i.amount, i.first_day, i.last_day) for i in db.scalars(
            select(InvoiceItem).where(InvoiceItem.invoice_id == invoice.id,
                                      InvoiceItem.kind == "recurring").order_by(InvoiceItem.position))]


def test_upgrade_at_once_bills_the_prorated_difference(client: TestClient, rt: Runtime, seeded: list):
    h = set_clock(client, "2027-03-01T08:00:00+00:00")
    acc, _ = account_of(rt, OWNER)
    sub_url = f"{API}/accounts/{acc}/subscription"
    r = client.post(sub_url, json={"product": "pbx_basic", "users": 4}, headers=h)
    assert r.status_code == 201, r.text
    h = set_clock(client, "2027-03-16T10:00:00+00:00")
    lower = client.post(f"{sub_url}/upgrade", json={"product": "pbx_basic"}, headers=h)
    assert lower.status_code == 422 and lower.json()["rule"] == "upgrade.higher"
    r = client.post(f"{sub_url}/upgrade", json={"product": "pbx_premium"}, headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["subscription"]["product_code"] == "pbx_premium"  # at once, not pending
    assert r.json()["pending_changes"] == []

    set_clock(client, "2027-04-01T08:00:00+00:00")
    march = recurring_items(rt, acc, "2027-03")
    assert march == [(prorate(BASIC * 4, date(2027, 3, 1), date(2027, 3, 15)), date(2027, 3, 1),
                      date(2027, 3, 15)),
                     (prorate(PREMIUM * 4, date(2027, 3, 16), date(2027, 3, 31)), date(2027, 3, 16),
                      date(2027, 3, 31))]
    # Against staying on Basic the month costs exactly the upgrade difference to the month end.
    paid = sum((amount for amount, _, _ in march), Decimal("0"))
    assert paid - BASIC * 4 == upgrade_difference(BASIC * 4, PREMIUM * 4, date(2027, 3, 16))
    set_clock(client, "2027-05-01T08:00:00+00:00")
    assert recurring_items(rt, acc, "2027-04") == [(PREMIUM * 4, date(2027, 4, 1), date(2027, 4, 30))]


def test_pending_changes_are_visible_withdrawable_and_applied_after_their_date(
        client: TestClient, rt: Runtime, seeded: list):
    h = set_clock(client, "2027-01-01T08:00:00+00:00")
    acc, _ = account_of(rt, OWNER)
    sub_url = f"{API}/accounts/{acc}/subscription"
    assert client.post(sub_url, json={"product": "pbx_business", "users": 6}, headers=h).status_code == 201
    h = set_clock(client, "2027-01-02T09:00:00+00:00")
    expected = effective_date(date(2027, 1, 2))
    assert expected == date(2027, 2, 28)

    r = client.post(f"{sub_url}/changes", json={"kind": "downgrade", "product": "pbx_basic"}, headers=h)
    assert r.status_code == 201, r.text
    downgrade = r.json()
    assert downgrade["status"] == "pending" and downgrade["effective_on"] == expected.isoformat()
    r = client.post(f"{sub_url}/changes", json={"kind": "fewer_users", "users": 3}, headers=h)
    assert r.status_code == 201 and r.json()["effective_on"] == expected.isoformat(), r.text
    fewer = r.json()
    view = client.get(sub_url, headers=h).json()
    assert [c["id"] for c in view["pending_changes"]] == [downgrade["id"], fewer["id"]]
    assert view["subscription"]["product_code"] == "pbx_business" and view["subscription"]["users"] == 6

    # One pending change per kind; no upgrade over a pending downgrade; rules per field.
    again = client.post(f"{sub_url}/changes", json={"kind": "downgrade", "product": "pbx_basic"}, headers=h)
    assert again.status_code == 409 and again.json()["rule"] == "subscription.change_pending"
    up = client.post(f"{sub_url}/upgrade", json={"product": "pbx_premium"}, headers=h)
    assert up.status_code == 409 and up.json()["rule"] == "subscription.change_pending"

    # A cancellation blocks other changes until withdrawn; withdrawing twice is refused.
    r = client.post(f"{sub_url}/changes", json={"kind": "cancel"}, headers=h)
    assert r.status_code == 201 and r.json()["effective_on"] == expected.isoformat()
    cancel = r.json()
    withdrawn = client.delete(f"{sub_url}/changes/{fewer['id']}", headers=h)
    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "withdrawn"
    blocked = client.post(f"{sub_url}/changes", json={"kind": "fewer_users", "users": 4}, headers=h)
    assert blocked.status_code == 409
    assert client.delete(f"{sub_url}/changes/{cancel['id']}", headers=h).json()["status"] == "withdrawn"
    twice = client.delete(f"{sub_url}/changes/{cancel['id']}", headers=h)
    assert twice.status_code == 409 and twice.json()["rule"] == "change.not_pending"
    assert client.delete(f"{sub_url}/changes/999999", headers=h).status_code == 404
    r = client.post(f"{sub_url}/changes", json={"kind": "fewer_users", "users": 4}, headers=h)
    assert r.status_code == 201, r.text
    assert [c["kind"] for c in client.get(sub_url, headers=h).json()["pending_changes"]] == [
        "downgrade", "fewer_users"]

    # On the effective date the old terms still run; the next day the job has applied both.
    h = set_clock(client, "2027-02-28T23:30:00+00:00")
    view = client.get(sub_url, headers=h).json()
    assert view["subscription"]["product_code"] == "pbx_business" and len(view["pending_changes"]) == 2
    h = set_clock(client, "2027-03-01T08:00:00+00:00")
    view = client.get(sub_url, headers=h).json()
    assert view["pending_changes"] == []
    assert (view["subscription"]["product_code"], view["subscription"]["users"]) == ("pbx_basic", 4)

    # Billing follows: February at the old terms for the whole month, March at the new ones.
    assert recurring_items(rt, acc, "2027-02") == [(BUSINESS * 6, date(2027, 2, 1), date(2027, 2, 28))]
    set_clock(client, "2027-04-01T08:00:00+00:00")
    assert recurring_items(rt, acc, "2027-03") == [(BASIC * 4, date(2027, 3, 1), date(2027, 3, 31))]


def test_cancellation_ends_billing_after_its_date(client: TestClient, rt: Runtime, seeded: list):
    h = set_clock(client, "2027-05-20T08:00:00+00:00")
    acc, _ = account_of(rt, OWNER)
    sub_url = f"{API}/accounts/{acc}/subscription"
    assert client.post(sub_url, json={"product": "pbx_basic", "users": 2}, headers=h).status_code == 201
    bad = client.post(f"{sub_url}/changes", json={"kind": "fewer_users", "users": 2}, headers=h)
    assert bad.status_code == 422 and bad.json()["field"] == "users" and bad.json()["rule"] == "users.fewer"
    bad = client.post(f"{sub_url}/changes", json={"kind": "downgrade", "product": "pbx_premium"},
                      headers=h)
    assert bad.status_code == 422 and bad.json()["rule"] == "downgrade.lower"
    r = client.post(f"{sub_url}/changes", json={"kind": "cancel"}, headers=h)
    assert r.status_code == 201 and r.json()["effective_on"] == "2027-06-30", r.text

    h = set_clock(client, "2027-07-01T08:00:00+00:00")
    assert client.get(sub_url, headers=h).json() == {"subscription": None, "pending_changes": []}
    assert recurring_items(rt, acc, "2027-06") == [(BASIC * 2, date(2027, 6, 1), date(2027, 6, 30))]
    set_clock(client, "2027-08-01T08:00:00+00:00")
    with rt.sessions() as db:  # nothing left to bill: no July invoice
        assert db.scalar(select(Invoice.id).where(Invoice.account_id == acc,
                                                  Invoice.period == "2027-07")) is None
    # A cancelled subscription can be started again.
    h = sign_in(client, OWNER)
    r = client.post(sub_url, json={"product": "pbx_business", "users": 1}, headers=h)
    assert r.status_code == 201 and r.json()["subscription"]["status"] == "active", r.text


def test_a_package_bought_in_the_shop_is_the_subscription_a_read_shows(client: TestClient, rt: Runtime):
    """GET runs on a read-only session: the package is the account's subscription from its
    provisioning on, so reading it writes nothing (it answered 500 when the read adopted it)."""
    from tests.provider.conftest import advance
    from tests.provider.shop_helpers import add_item, checkout, save_card
    from tests.provider.test_generated_calls_top_up import PASSWORD, _register

    h, acc = _register(client)
    card = save_card(client, h, acc)
    r = client.post(f"{API}/accounts/{acc}/billing-addresses", headers=h, json={
        "name": "Jonas Weber", "street": "Hafenweg 3", "postal_code": "20457", "city": "Hamburg",
        "country": "DE"})
    assert r.status_code == 201, r.text
    add_item(client, h, acc, "pbx_basic", quantity=2, months=3)
    r = checkout(client, h, acc, r.json()["id"], {"method": "card", "card_id": card["id"]})
    assert r.status_code == 201, r.text
    before = client.get(f"{API}/accounts/{acc}/subscription", headers=h)
    assert before.status_code == 200 and before.json()["subscription"] is None  # paid, not provisioned
    advance(client, days=4)
    h = sign_in(client, "calls@weber.example", PASSWORD)
    r = client.get(f"{API}/accounts/{acc}/subscription", headers=h)
    assert r.status_code == 200, r.text
    sub = r.json()["subscription"]
    assert (sub["product_code"], sub["users"], sub["billing"], sub["status"]) == (
        "pbx_basic", 2, "prepaid", "active")
    again = client.get(f"{API}/accounts/{acc}/subscription", headers=h).json()["subscription"]
    assert again["id"] == sub["id"]
