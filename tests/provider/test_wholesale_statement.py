"""The wholesale statement over HTTP, on SQLite and PostgreSQL, with two resellers: per customer
the month's retail billed (its invoices' net), wholesale owed (worked out here from the invoice
lines and each call) and margin; the columns add up exactly, the CSV says the same, and a
reseller reads its own statement only."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from provider.db.models import CallRecord, Invoice
from provider.domain.money import to_money
from provider.domain.proration import prorate
from provider.domain.rating import TARIFF, billed_seconds
from provider.runtime import Runtime
from provider.services import wholesale_invoicing
from tests.provider.conftest import API, advance, sign_in
from tests.provider.reseller_support import add_customer
from tests.provider.test_retail_prices import _reseller

D = Decimal


def _wholesale_call(zone: str, seconds: int) -> Decimal:
    rate = (TARIFF["CHF"][zone] * D("0.75")).quantize(D("0.0001"), ROUND_HALF_UP)
    billed = billed_seconds(seconds)
    return D("0.00") if billed == 0 else to_money(rate * billed / 60)


def test_statement_adds_up_per_customer_and_in_total(client: TestClient, rt: Runtime) -> None:
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-01-11T09:00:00+00:00"}).status_code == 200
    a, b = _reseller(rt, 1), _reseller(rt, 2)
    ha, hb = sign_in(client, "owner@retail1.example"), sign_in(client, "owner@retail2.example")
    r = client.post(f"{API}/accounts/{a}/retail-prices", headers=ha, json={
        "product": "pbx_business", "currency": "CHF", "one_off": "0.00", "monthly": "12.00",
        "effective_from": "2027-01-11"})
    assert r.status_code == 201, r.text
    of_a = [add_customer(client, a, ha, f"boss@a{i}.example") for i in range(2)]
    of_b = [add_customer(client, b, hb, "boss@b0.example")]
    owners = ((of_a[0], "boss@a0.example"), (of_a[1], "boss@a1.example"), (of_b[0], "boss@b0.example"))
    for aid, email in owners:
        r = client.post(f"{API}/accounts/{aid}/subscription", headers=sign_in(client, email, "Muster-2026"),
                        json={"product": "pbx_business", "users": 3})
        assert r.status_code == 201, r.text
    advance(client, days=5)
    for aid in (*of_a, *of_b):
        assert client.post(f"{API}/sandbox/calls", json={"account_id": aid, "count": 40, "days": 4,
                                                          "seed": aid}).status_code == 201
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-02-01T08:00:00+00:00"}).status_code == 200

    ha = sign_in(client, "owner@retail1.example")
    r = client.get(f"{API}/accounts/{a}/wholesale-statements/2027-01", headers=ha)
    assert r.status_code == 200, r.text
    st: dict[str, Any] = r.json()
    assert [row["account_id"] for row in st["rows"]] == of_a
    with rt.sessions() as db:
        for row in st["rows"]:
            inv = db.scalar(select(Invoice).where(Invoice.account_id == row["account_id"],
                                                  Invoice.period == "2027-01"))
            assert inv is not None and D(row["retail"]) == inv.net
            calls = db.execute(select(CallRecord.zone, CallRecord.duration_s).where(
                CallRecord.invoice_id == inv.id)).all()
            assert len(calls) == 40
            users = prorate(to_money(D("11.18") * 3), date(2027, 1, 11), date(2027, 1, 31))  # 14.90 x 0.75
            owed = users + sum((_wholesale_call(z, s) for z, s in calls), D("0.00"))
            assert D(row["wholesale"]) == owed
            assert D(row["margin"]) == D(row["retail"]) - D(row["wholesale"]) > 0
    (total,) = st["totals"]
    for column in ("retail", "wholesale", "margin"):
        assert D(total[column]) == sum((D(row[column]) for row in st["rows"]), D("0"))
    assert D(total["retail"]) - D(total["wholesale"]) == D(total["margin"])

    r = client.get(f"{API}/accounts/{a}/wholesale-statements/2027-01/csv", headers=ha)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig")), delimiter=";"))
    assert table[0][-3:] == ["retail_billed", "wholesale_owed", "margin"]
    assert table[-1][2:] == ["Total", "CHF", "2", total["retail"], total["wholesale"], total["margin"]]

    hb = sign_in(client, "owner@retail2.example")
    mine = client.get(f"{API}/accounts/{b}/wholesale-statements/2027-01", headers=hb).json()
    assert [row["account_id"] for row in mine["rows"]] == of_b
    assert client.get(f"{API}/accounts/{a}/wholesale-statements/2027-01", headers=hb).status_code == 404
    assert client.get(f"{API}/accounts/{a}/wholesale-statements/2027-01/csv", headers=hb).status_code == 404
    assert client.get(f"{API}/accounts/{a}/wholesale-statements/2027-13", headers=ha).status_code == 422
    customer = sign_in(client, "boss@a0.example", "Muster-2026")
    assert client.get(f"{API}/accounts/{a}/wholesale-statements/2027-01", headers=customer).status_code == 404
    empty = client.get(f"{API}/accounts/{a}/wholesale-statements/2026-12", headers=ha).json()
    assert empty["rows"] == [] and empty["totals"] == []

    # The provider's invoice to the reseller: issued by the jobs of the clock move, one line per
    # customer at the statement's wholesale owed, its net the statement's wholesale total.
    r = client.get(f"{API}/accounts/{a}/invoices", headers=ha)
    assert r.status_code == 200, r.text
    (listed,) = [i for i in r.json()["items"] if i["period_start"] == "2027-01-01"]
    assert listed["period"] is None and D(listed["net"]) == D(total["wholesale"])
    detail = client.get(f"{API}/accounts/{a}/invoices/{listed['id']}", headers=ha).json()
    assert [(i["code"], i["params"]["customer"], D(i["amount"])) for i in detail["items"]] == [
        ("wholesale", row["user_id"], D(row["wholesale"])) for row in st["rows"]]
    assert D(detail["gross"]) == D(listed["net"]) + D(detail["vat"])
    assert detail["seller"]["name"] != "Reseller 1 AG"  # the provider invoices its reseller
    assert wholesale_invoicing.issue(rt, a, "2027-01") == 0  # once, whoever runs it again
    assert wholesale_invoicing.run_due(rt) == 0
    rb = client.get(f"{API}/accounts/{b}/invoices", headers=hb).json()["items"]
    owed_b = D(mine["totals"][0]["wholesale"])
    assert [D(i["net"]) for i in rb if i["period_start"] == "2027-01-01"] == [owed_b]

    # The dashboard's read: the month's margin is the statement's, from the issued invoices; the
    # customers won; the top customers by margin; once the invoices are past due, failing payers.
    dash = client.get(f"{API}/accounts/{a}/reseller-dashboard", headers=ha).json()
    (month,) = [m for m in dash["margin"] if m["period"] == "2027-01"]
    assert [D(month[k]) for k in ("retail", "wholesale", "margin")] == [
        D(total[k]) for k in ("retail", "wholesale", "margin")]
    assert {c["period"]: c["won"] for c in dash["customers"]}["2027-01"] == 2
    assert sorted(t["account_id"] for t in dash["top_customers"]) == sorted(of_a)
    assert sum(D(t["margin"]) for t in dash["top_customers"]) == D(total["margin"])
    assert dash["failing_payments"] == []
    assert client.get(f"{API}/accounts/{a}/reseller-dashboard", headers=hb).status_code == 404
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-03-10T08:00:00+00:00"}).status_code == 200
    ha = sign_in(client, "owner@retail1.example")
    late = client.get(f"{API}/accounts/{a}/reseller-dashboard", headers=ha).json()["failing_payments"]
    assert sorted(f["account_id"] for f in late) == sorted(of_a)
    assert {f["reason"] for f in late} == {"overdue_invoice"}
