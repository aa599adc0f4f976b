"""The monthly invoice run across a year by the sandbox clock: numbers gapless per year, totals
equal the sum of the items, calls frozen onto their invoice, a second run adds nothing, a credit
note never changes the invoice."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select

from provider.db.models import Account, Invoice, InvoiceItem
from provider.domain.proration import prorate
from provider.services import invoicing
from tests.provider.conftest import API, advance, sign_in


def _account_id(rt, email="owner@alpenblick.example"):
    from provider.db.models import User

    with rt.sessions() as db:
        return db.scalar(select(User.account_id).where(User.email == email))


def _all_invoices(rt):
    with rt.sessions() as db:
        return [(i.id, i.account_id, i.kind, i.number, i.period, i.net, i.vat, i.gross, i.call_count)
                for i in db.scalars(select(Invoice).order_by(Invoice.id))]


def test_a_year_of_invoices(client, rt, seeded):
    r = client.put(f"{API}/sandbox/clock", json={"now": "2027-01-01T08:00:00+00:00"})
    assert r.status_code == 200, r.text
    owner = sign_in(client, "owner@alpenblick.example")
    aid = _account_id(rt)
    r = client.post(f"{API}/accounts/{aid}/subscription", json={"product": "pbx_business", "users": 5},
                    headers=owner)
    assert r.status_code == 201, r.text
    advance(client, days=10)  # 11 January
    owner = sign_in(client, "owner@alpenblick.example")  # the clock moved past the token
    r = client.post(f"{API}/accounts/{aid}/subscription/users", json={"count": 3}, headers=owner)
    assert r.status_code == 200 and r.json()["subscription"]["users"] == 8, r.text
    for month in range(12):
        r = client.post(f"{API}/sandbox/calls", json={"account_id": aid, "count": 40, "days": 9,
                                                        "seed": month})
        assert r.status_code == 201, r.text
        # To the 1st of next month, 08:00 (the run happens when the clock passes it).
        now = client.get(f"{API}/sandbox/clock").json()["now"]
        y, m = int(now[:4]), int(now[5:7])
        ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
        r = client.put(f"{API}/sandbox/clock", json={"now": f"{ny:04d}-{nm:02d}-01T08:00:00+00:00"})
        assert r.status_code == 200
        if month == 0:
            advance(client, days=10)  # keep calls in the month that follows, not on the 1st

    owner = sign_in(client, "owner@alpenblick.example")
    invoices = [i for i in _all_invoices(rt) if i[1] == aid]
    assert [i[4] for i in invoices] == [f"2027-{m:02d}" for m in range(1, 13)]
    # January: 5 users all month, 3 more from the 11th (21 of 31 days).
    with rt.sessions() as db:
        jan = db.scalar(select(Invoice).where(Invoice.account_id == aid, Invoice.period == "2027-01"))
        lines = {i.description: i.amount for i in db.scalars(
            select(InvoiceItem).where(InvoiceItem.invoice_id == jan.id, InvoiceItem.kind == "recurring"))}
    from datetime import date

    assert sorted(lines.values()) == sorted([Decimal("74.50"),
                                             prorate(Decimal("44.70"), date(2027, 1, 11), date(2027, 1, 31))])

    # Numbers run without gaps per year, across all accounts.
    by_year = defaultdict(list)
    for inv in _all_invoices(rt):
        year, seq = inv[3].split("-")
        by_year[year].append(int(seq))
    for seqs in by_year.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
    assert set(by_year) == {"2027", "2028"}

    # Totals equal the sum of the items; the calls listed are the calls charged.
    with rt.sessions() as db:
        checks = []
        for inv in db.scalars(select(Invoice).where(Invoice.account_id == aid)):
            items = list(db.scalars(select(InvoiceItem).where(InvoiceItem.invoice_id == inv.id)))
            assert inv.net == sum((i.amount for i in items), Decimal("0.00"))
            assert inv.gross == inv.net + inv.vat
            calls_total = sum((i.amount for i in items if i.kind == "calls"), Decimal("0.00"))
            checks.append((inv.id, inv.call_count, calls_total))
    for inv_id, call_count, calls_total in checks:
        listed, cursor = [], None
        while True:
            params = {"limit": 17} | ({"cursor": cursor} if cursor else {})
            page = client.get(f"{API}/accounts/{aid}/invoices/{inv_id}/calls", params=params,
                              headers=owner).json()
            listed += page["items"]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert len(listed) == call_count == 40
        assert sum((Decimal(c["price"]) for c in listed), Decimal("0.00")) == calls_total
        assert len({c["id"] for c in listed}) == len(listed)

    # A second run issues nothing new.
    before = _all_invoices(rt)
    assert invoicing.run_due(rt) == 0
    assert invoicing.run_period(rt, 2027, 12) == 0
    assert _all_invoices(rt) == before

    # A credit note has its own number; the invoice keeps what it was issued with, and only its
    # payment state moves: the credit note is allocated to it (docs/invoices.md).
    target = invoices[3][0]
    detail = client.get(f"{API}/accounts/{aid}/invoices/{target}", headers=owner).json()
    r = client.post(f"{API}/sandbox/invoices/{target}/credit-notes",
                    json={"amount": "10.00", "reason": "Outage on 3 April"})
    assert r.status_code == 201, r.text
    note = r.json()
    assert note["kind"] == "credit_note" and note["credit_of_id"] == target
    assert Decimal(note["net"]) == Decimal("-10.00") and note["number"].startswith("2028-")
    after = client.get(f"{API}/accounts/{aid}/invoices/{target}", headers=owner).json()
    payment_state = {"credited", "open_amount", "updated_at", "payment_instructions", "status"}
    assert {k: v for k, v in after.items() if k not in payment_state} == {
        k: v for k, v in detail.items() if k not in payment_state}
    assert Decimal(after["credited"]) == -Decimal(note["gross"])
    if detail["status"] == "open":
        assert Decimal(after["open_amount"]) == Decimal(detail["open_amount"]) + Decimal(note["gross"])
    by_year = defaultdict(list)
    for inv in _all_invoices(rt):
        year, seq = inv[3].split("-")
        by_year[year].append(int(seq))
    assert sorted(by_year["2028"]) == list(range(1, len(by_year["2028"]) + 1))
    too_much = client.post(f"{API}/sandbox/invoices/{target}/credit-notes",
                           json={"amount": "100000.00", "reason": "x"})
    assert too_much.status_code == 422 and too_much.json()["field"] == "amount"


def _invoiced_months(client, rt, months: int) -> tuple[dict[str, str], int, str]:
    """A postpaid subscription from 5 January 2027, invoiced for `months` months by the clock:
    the owner's headers, the account id and the account's invoice list URL."""
    client.put(f"{API}/sandbox/clock", json={"now": "2027-01-05T08:00:00+00:00"})
    owner = sign_in(client, "owner@alpenblick.example")
    aid = _account_id(rt)
    client.post(f"{API}/accounts/{aid}/subscription", json={"product": "pbx_basic", "users": 2},
                headers=owner)
    for m in range(2, months + 2):
        client.put(f"{API}/sandbox/clock", json={"now": f"2027-{m:02d}-01T08:00:00+00:00"})
    # Signed in again: the clock moved past the first session's expiry.
    return sign_in(client, "owner@alpenblick.example"), aid, f"{API}/accounts/{aid}/invoices"


def test_list_filters_pages_and_etag(client, rt, seeded):
    owner, aid, url = _invoiced_months(client, rt, 4)
    r = client.get(url, params={"limit": 2}, headers=owner)
    assert r.status_code == 200 and len(r.json()["items"]) == 2
    tag = r.headers["etag"]
    again = client.get(url, params={"limit": 2}, headers=owner | {"If-None-Match": tag})
    assert again.status_code == 304 and not again.content
    second = client.get(url, params={"limit": 2, "cursor": r.json()["next_cursor"]}, headers=owner).json()
    periods = [i["period"] for i in r.json()["items"] + second["items"]]
    assert periods == ["2027-04", "2027-03", "2027-02", "2027-01"] and second["next_cursor"] is None
    assert [i["period"] for i in client.get(url, params={"period": "2027-02"},
                                             headers=owner).json()["items"]] == ["2027-02"]
    number = r.json()["items"][0]["number"]
    assert [i["number"] for i in client.get(url, params={"number": number},
                                             headers=owner).json()["items"]] == [number]
    # The change feed: a payment arriving moves the invoice into the feed and changes the ETag.
    now = client.get(f"{API}/sandbox/clock").json()["now"]
    feed = client.get(url, params={"updated_since": now}, headers=owner).json()
    assert feed["items"] == []
    inv_id = r.json()["items"][0]["id"]
    detail = client.get(f"{url}/{inv_id}", headers=owner)
    assert detail.json()["payment_instructions"]["standard"] == "swiss_qr_bill"
    advance(client, minutes=1)
    assert client.post(f"{API}/sandbox/invoices/{inv_id}/bank-transfer").status_code == 200
    feed = client.get(url, params={"updated_since": now}, headers=owner).json()
    assert [i["id"] for i in feed["items"]] == [inv_id] and feed["items"][0]["status"] == "paid"
    assert client.get(url, params={"limit": 2}, headers=owner | {"If-None-Match": tag}).status_code == 200
    d2 = client.get(f"{url}/{inv_id}", headers=owner | {"If-None-Match": detail.headers["etag"]})
    assert d2.status_code == 200 and d2.json()["payment_instructions"] is None
    bad = client.get(url, params={"cursor": "nonsense"}, headers=owner)
    assert bad.status_code == 422 and bad.json()["field"] == "cursor"
    with rt.sessions() as db:
        assert db.get(Account, aid).currency == "CHF"


def test_feed_with_details_carries_what_the_detail_route_answers(client, rt, seeded):
    """A first sync takes invoices with their items in pages, not one request per invoice."""
    owner, _aid, url = _invoiced_months(client, rt, 3)
    epoch = "2000-01-01T00:00:00+00:00"
    feed, cursor = [], None
    while True:
        params = {"updated_since": epoch, "details": "true", "limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = client.get(url, params=params, headers=owner).json()
        feed += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(feed) == 3
    for item in feed:
        detail = client.get(f"{url}/{item['id']}", headers=owner).json()
        assert item == detail
        assert item["items"], "every invoice has its lines"
    plain = client.get(url, params={"updated_since": epoch}, headers=owner).json()["items"]
    assert "items" not in plain[0]
