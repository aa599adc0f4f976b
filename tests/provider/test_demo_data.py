"""The sandbox demo data (provider/demo_billing.py, a seed hook of `serve --sandbox` and
`seed-demo`): a reseller with at least 50 customers, a year of invoices and calls for the demo
accounts, consistent with the billing rules, and a second seeding adds nothing."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from provider import demo_billing
from provider.db.models import Account, CallRecord, Invoice, InvoiceItem, LedgerEntry
from provider.runtime import Runtime
from provider.seed import seed_demo
from tests.provider.conftest import API, sign_in
from tests.provider.shop_helpers import OWNER, account_of


def _counts(rt: Runtime) -> tuple[int, ...]:
    with rt.sessions() as db:
        return tuple(db.scalar(select(func.count()).select_from(t))  # type: ignore[misc]
                     for t in (Account, Invoice, InvoiceItem, CallRecord, LedgerEntry))


def _months_back(today: date, n: int) -> str:
    index = today.year * 12 + today.month - 1 - n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def test_demo_hook_seeds_a_reseller_and_a_year_of_invoices(client: TestClient, rt: Runtime):
    demo_billing.register(rt)
    logins = seed_demo(rt)
    assert {"64000", demo_billing.RESELLER_EMAIL} <= {login.identifier for login in logins}

    # The reseller: at least 50 customers, reached by paging, and the consolidated view.
    h = sign_in(client, demo_billing.RESELLER_USER_ID)
    reseller = client.get(f"{API}/me", headers=h).json()["account"]["id"]
    seen, cursor = [], None
    while True:
        page = client.get(f"{API}/accounts/{reseller}/customers",
                          params={"limit": 20} | ({"cursor": cursor} if cursor else {}), headers=h)
        assert page.status_code == 200, page.text
        seen += [c["id"] for c in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) >= 50
    overview = client.get(f"{API}/accounts/{reseller}/reseller-overview", headers=h).json()
    assert overview["customers"] == len(seen)
    assert Decimal(overview["revenue_12_months"]["CHF"]) > 0
    customer = client.get(f"{API}/accounts/{seen[0]}/invoices", headers=h)  # acting for one
    assert customer.status_code == 200 and customer.json()["items"]

    # A year of monthly invoices for the demo business account, each with its calls.
    owner = sign_in(client, OWNER)
    acc, _ = account_of(rt, OWNER)
    with rt.sessions() as db:
        today = rt.clock.now(db).date()
    items = client.get(f"{API}/accounts/{acc}/invoices", params={"limit": 100}, headers=owner).json()["items"]
    assert [i["period"] for i in items] == [_months_back(today, n) for n in range(1, 13)]
    assert all(i["call_count"] > 0 and i["status"] in ("open", "paid") for i in items)
    assert [i["status"] for i in items[:2]] == ["open", "open"]
    assert {i["status"] for i in items[2:]} == {"paid"}
    # Each month issued on the 1st of the next, paid after it was issued and before it was due.
    from datetime import datetime

    for item in items:
        issued = datetime.fromisoformat(item["issued_at"])
        year, month = (int(x) for x in item["period"].split("-"))
        assert (issued.year * 12 + issued.month - 1, issued.day) == (year * 12 + month, 1), item["period"]
        if item["status"] == "paid":
            paid = datetime.fromisoformat(item["paid_at"])
            assert issued < paid and paid.date().isoformat() <= item["due_on"]
    calls = client.get(f"{API}/accounts/{acc}/calls", params={"limit": 5}, headers=owner).json()
    assert len(calls["items"]) == 5 and calls["next_cursor"]

    # Numbers & VoIP and Orders show something real: numbers with their VoIP accounts and
    # extensions, a porting under way with its forwarding, an order being provisioned.
    numbers = client.get(f"{API}/accounts/{acc}/numbers", headers=owner).json()
    assert len(numbers) == 3 and all(n["status"] == "active" for n in numbers)
    voip = client.get(f"{API}/accounts/{acc}/voip-accounts", headers=owner).json()
    assert {v["phone_number_id"] for v in voip if v["phone_number_id"]} == {n["id"] for n in numbers}
    assert {v["extension"] for v in voip if v["extension"]} == {"10", "11"}
    porting = client.get(f"{API}/accounts/{acc}/porting-requests", headers=owner).json()
    assert [p["status"] for p in porting] == ["confirmed"] and porting[0]["forward_to"] in {
        n["number"] for n in numbers}
    orders = client.get(f"{API}/accounts/{acc}/orders", headers=owner).json()
    orders = orders["items"] if isinstance(orders, dict) else orders
    assert [o["status"] for o in orders] == ["provisioning"]

    # Consistent with the billing rules: gapless numbers per year, totals from the items.
    anna, _ = account_of(rt, "anna.keller@example.ch")
    with rt.sessions() as db:
        by_year: dict[str, list[int]] = defaultdict(list)
        for inv in db.scalars(select(Invoice)):
            year, seq = inv.number.split("-")
            by_year[year].append(int(seq))
            net = db.scalar(select(func.sum(InvoiceItem.amount)).where(InvoiceItem.invoice_id == inv.id))
            assert Decimal(str(net)).quantize(Decimal("0.01")) == inv.net
            assert inv.gross == inv.net + inv.vat
        for seqs in by_year.values():
            assert sorted(seqs) == list(range(1, len(seqs) + 1))
        # The private demo account is prepaid: its calls are debited from the ledger.
        assert db.scalar(select(func.count()).select_from(CallRecord).where(
            CallRecord.account_id == anna, CallRecord.prepaid.is_(False))) == 0
        usage = db.scalar(select(func.sum(LedgerEntry.amount)).where(
            LedgerEntry.account_id == anna, LedgerEntry.kind == "usage"))
        assert usage is not None and Decimal(str(usage)) < 0

    before = _counts(rt)
    seed_demo(rt)
    assert _counts(rt) == before
