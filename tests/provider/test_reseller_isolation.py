"""Resellers: staff create and search their customers and act for them on every account route;
a reseller never reaches another reseller's customers (404, as for any other account)."""

from __future__ import annotations

import re
from datetime import timedelta

from provider.db.models import Account
from provider.seed import DEMO_PASSWORD
from tests.provider.conftest import API, registration, sign_in
from tests.provider.reseller_support import add_reseller


def _reseller(rt, n: int) -> int:
    return add_reseller(rt, f"6400{n}", f"owner@reseller{n}.example", f"Reseller {n}", f"Reseller {n} AG")




def test_resellers_reach_their_customers_only(client, rt):
    a, b = _reseller(rt, 1), _reseller(rt, 2)
    ha, hb = sign_in(client, "owner@reseller1.example"), sign_in(client, "owner@reseller2.example")
    r = client.post(f"{API}/accounts/{a}/customers", headers=ha,
                    json=registration(email="boss@kunde-a.example", company_name="Kunde A GmbH"))
    assert r.status_code == 201, r.text
    cust_a = r.json()["id"]
    r = client.post(f"{API}/accounts/{b}/customers", headers=hb,
                    json=registration(email="boss@kunde-b.example", company_name="Kunde B GmbH"))
    cust_b = r.json()["id"]

    found = client.get(f"{API}/accounts/{a}/customers", params={"q": "kunde"}, headers=ha).json()
    assert [c["id"] for c in found["items"]] == [cust_a]
    assert client.get(f"{API}/accounts/{a}/reseller-overview", headers=ha).json()["customers"] == 1
    # Reseller A may not list B's customers through B's account either.
    assert client.get(f"{API}/accounts/{b}/customers", headers=ha).status_code == 404

    spec = client.get("/openapi.json").json()
    routes = [p for p, ops in spec["paths"].items()
              if "get" in ops and re.fullmatch(r"/api/v1/accounts/\{account_id\}(/[a-z-]+)*", p)]
    assert len(routes) > 20
    for template in routes:
        if template.endswith(("/customers", "/reseller-overview", "/reseller-dashboard", "/retail-prices",
                              "/call-tariffs", "/csv", "/bulk-jobs")) or "{period}" in template:
            continue  # the customer is no reseller: 409, covered above
        mine = client.get(template.replace("{account_id}", str(cust_a)), headers=ha)
        theirs = client.get(template.replace("{account_id}", str(cust_b)), headers=ha)
        assert mine.status_code in (200, 204), (template, mine.text)  # 204: no brand logo
        assert theirs.status_code == 404, (template, theirs.text)
        assert theirs.json()["type"] == "urn:switchboard:problem:not-found"
    # Owner-only acts are never done on a customer's behalf.
    r = client.post(f"{API}/accounts/{cust_a}/close", json={"password": DEMO_PASSWORD}, headers=ha)
    assert r.status_code == 403
    # Acting for the customer changes the customer: a subscription started by the reseller.
    r = client.post(f"{API}/accounts/{cust_a}/subscription", json={"product": "pbx_basic", "users": 2},
                    headers=ha)
    assert r.status_code == 201 and r.json()["subscription"]["users"] == 2
    assert client.post(f"{API}/accounts/{cust_b}/subscription", json={"product": "pbx_basic", "users": 2},
                       headers=ha).status_code == 404


def test_customer_list_filters_by_status_balance_and_open_invoices(client, rt):
    from decimal import Decimal

    from provider.db.models import Invoice, LedgerEntry

    a = _reseller(rt, 3)
    ha = sign_in(client, "owner@reseller3.example")
    ids = []
    for name in ("rich", "poor", "closed"):
        r = client.post(f"{API}/accounts/{a}/customers", headers=ha,
                        json=registration(email=f"{name}@filter.example", company_name=f"{name} AG"))
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    rich, poor, closed = ids
    with rt.sessions() as db:
        now = rt.clock.now(db)
        db.add(LedgerEntry(account_id=rich, kind="top_up", amount=Decimal("80.00"), currency="CHF",
                           description="credit", reference="test:rich", created_at=now))
        db.get(Account, closed).status = "closed"
        day = now.date()
        db.add(Invoice(account_id=poor, kind="invoice", number="2099-990001", period="2099-01",
                       period_start=day,
                       period_end=day, issued_at=now, due_on=day, currency="CHF", net=Decimal("10.00"),
                       vat_rate_percent=Decimal("8.10"), vat=Decimal("0.81"), gross=Decimal("10.81"),
                       customer="poor AG", payment_method="bank_transfer", payment_reference="RF00",
                       status="open", updated_at=now))
        db.commit()

    def listed(**params: object) -> list[int]:
        r = client.get(f"{API}/accounts/{a}/customers", params=params, headers=ha)
        assert r.status_code == 200, r.text
        return [c["id"] for c in r.json()["items"]]

    assert listed() == ids
    assert listed(status="closed") == [closed]
    assert listed(status="active") == [rich, poor]
    assert listed(balance_below="10.00") == [poor, closed]
    assert listed(balance_at_least="80.00") == [rich]
    assert listed(open_invoices="true") == [poor]
    assert listed(open_invoices="false") == [rich, closed]
    assert listed(open_invoices="true", balance_below="10.00", status="active") == [poor]
    r = client.get(f"{API}/accounts/{a}/customers", params={"status": "gone"}, headers=ha)
    assert r.status_code == 422 and r.json()["errors"][0]["field"].endswith("status")


def test_overview_has_revenue_per_month_top_customers_and_overdue(client, rt):
    from decimal import Decimal

    from provider.db.models import Invoice

    a = _reseller(rt, 4)
    ha = sign_in(client, "owner@reseller4.example")
    r = client.post(f"{API}/accounts/{a}/customers", headers=ha,
                    json=registration(email="big@overview.example", company_name="Big AG"))
    big = r.json()["id"]
    with rt.sessions() as db:
        now = rt.clock.now(db)
        made = ((Decimal("100.00"), 40, "open"), (Decimal("30.50"), 0, "paid"))
        for n, (net, back, status) in enumerate(made):
            issued = now - timedelta(days=back)
            db.add(Invoice(account_id=big, kind="invoice", number=f"2099-98000{n}", period=None,
                           period_start=issued.date(), period_end=issued.date(), issued_at=issued,
                           due_on=issued.date() + timedelta(days=30), currency="CHF", net=net,
                           vat_rate_percent=Decimal("0"), vat=Decimal("0"), gross=net, customer="Big AG",
                           payment_method="bank_transfer", payment_reference="RF00", status=status,
                           updated_at=now))
        db.commit()
        months = {(now - timedelta(days=40)).strftime("%Y-%m"), now.strftime("%Y-%m")}
    data = client.get(f"{API}/accounts/{a}/reseller-overview", headers=ha).json()
    assert sum(Decimal(m["net"]) for m in data["revenue_by_month"]) == Decimal("130.50")
    assert {m["month"] for m in data["revenue_by_month"]} == months
    assert [(t["id"], t["name"], Decimal(t["net"])) for t in data["top_customers"]] == [
        (big, "Big AG", Decimal("130.50"))]
    assert data["open_invoices"]["count"] == 1 and data["open_invoices"]["overdue"] == 1
