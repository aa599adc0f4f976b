"""Bulk jobs of a reseller: one job per Idempotency-Key, per-customer results, an export's
progress, cancel and resume, top-up settings for a selection, an import that creates all or
none; and no reseller reaches another's customers or jobs."""

from __future__ import annotations

from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from provider.db.models import Account, AutoTopUp, BulkJob, Invoice, SavedCard
from provider.runtime import Runtime
from tests.provider.conftest import API, sign_in
from tests.provider.reseller_support import add_customer, add_reseller


def _reseller(rt: Runtime, n: int) -> int:
    return add_reseller(rt, f"6430{n}", f"owner@bulk{n}.example", f"Bulk {n}", f"Bulk {n} AG", language="de")


def _key(n: object) -> dict[str, str]:
    return {"Idempotency-Key": f"bulk-test-{n}"}


def test_export_job_is_one_per_key_reports_progress_and_resumes(client: TestClient, rt: Runtime) -> None:
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-01-11T09:00:00+00:00"}).status_code == 200
    a, b = _reseller(rt, 1), _reseller(rt, 2)
    ha, hb = sign_in(client, "owner@bulk1.example"), sign_in(client, "owner@bulk2.example")
    mine = [add_customer(client, a, ha, f"boss@a{i}.example") for i in range(3)]
    theirs = add_customer(client, b, hb, "boss@b0.example")
    for aid, h in ((mine[0], ha), (mine[1], ha), (mine[2], ha), (theirs, hb)):
        r = client.post(
            f"{API}/accounts/{aid}/subscription", headers=h, json={"product": "pbx_basic", "users": 2}
        )
        assert r.status_code == 201, r.text
        assert (
            client.post(
                f"{API}/sandbox/calls", json={"account_id": aid, "count": 3, "days": 4, "seed": aid}
            ).status_code
            == 201
        )
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-02-01T08:00:00+00:00"}).status_code == 200
    ha, hb = sign_in(client, "owner@bulk1.example"), sign_in(client, "owner@bulk2.example")
    url = f"{API}/accounts/{a}/bulk-jobs"

    r = client.post(f"{url}/invoice-exports", headers={**ha, **_key(1)}, json={"month": "2027-01"})
    assert r.status_code == 201, r.text
    job = r.json()
    assert job["kind"] == "invoice_export" and job["status"] == "running" and job["pending"] == 3
    assert [i["customer_id"] for i in job["items"]] == mine  # never reseller B's customer
    with rt.sessions() as db:
        for item in job["items"]:
            ids = db.scalars(
                select(Invoice.id).where(
                    Invoice.account_id == item["customer_id"], Invoice.period == "2027-01"
                )
            ).all()
            assert item["data"]["invoice_ids"] == list(ids) and len(ids) == 1
    # The same key again: the same job, nothing new; the key for another month is refused.
    again = client.post(f"{url}/invoice-exports", headers={**ha, **_key(1)}, json={"month": "2027-01"})
    assert again.status_code == 200 and again.json()["id"] == job["id"]
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(BulkJob)) == 1
    reused = client.post(f"{url}/invoice-exports", headers={**ha, **_key(1)}, json={"month": "2026-12"})
    assert reused.status_code == 422 and reused.json()["errors"][0]["field"] == "Idempotency-Key"
    assert client.post(f"{url}/invoice-exports", headers=ha, json={"month": "2027-01"}).status_code == 400
    bad = client.post(f"{url}/invoice-exports", headers={**ha, **_key(2)}, json={"month": "2027-13"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "month"

    jid = job["id"]
    r = client.post(f"{url}/{jid}/progress", headers=ha, json={"done": [mine[0]]})
    assert r.status_code == 200 and (r.json()["done"], r.json()["pending"]) == (1, 2)
    assert client.post(f"{url}/{jid}/cancel", headers=ha).json()["status"] == "cancelled"
    listed = client.get(url, headers=ha).json()
    assert [(j["id"], j["status"], j["done"]) for j in listed] == [(jid, "cancelled", 1)]
    assert client.post(f"{url}/{jid}/resume", headers=ha).json()["status"] == "running"
    # A customer outside the job (another reseller's) is refused, and nothing of the report is kept.
    r = client.post(f"{url}/{jid}/progress", headers=ha, json={"done": [mine[1], theirs]})
    assert r.status_code == 422
    assert client.get(f"{url}/{jid}", headers=ha).json()["done"] == 1
    r = client.post(
        f"{url}/{jid}/progress",
        headers=ha,
        json={"done": [mine[1]], "failed": [{"customer_id": mine[2], "message": "disk full"}]},
    )
    assert r.json()["status"] == "done" and (r.json()["done"], r.json()["failed"]) == (2, 1)
    detail = client.get(f"{url}/{jid}", headers=ha).json()
    assert [(i["status"], i["message"]) for i in detail["items"]] == [
        ("done", None),
        ("done", None),
        ("failed", "disk full"),
    ]
    assert client.post(f"{url}/{jid}/resume", headers=ha).status_code == 409

    # Isolation: reseller B sees none of A's jobs, reads none, reports to none.
    assert client.get(f"{API}/accounts/{b}/bulk-jobs", headers=hb).json() == []
    assert client.get(f"{url}/{jid}", headers=hb).status_code == 404
    assert client.get(f"{API}/accounts/{b}/bulk-jobs/{jid}", headers=hb).status_code == 404
    assert client.post(f"{API}/accounts/{b}/bulk-jobs/{jid}/cancel", headers=hb).status_code == 404
    # The same key under another reseller is that reseller's own job.
    r = client.post(
        f"{API}/accounts/{b}/bulk-jobs/invoice-exports", headers={**hb, **_key(1)}, json={"month": "2027-01"}
    )
    assert r.status_code == 201 and [i["customer_id"] for i in r.json()["items"]] == [theirs]


def test_top_up_settings_for_a_selection_each_with_its_result(client: TestClient, rt: Runtime) -> None:
    a, b = _reseller(rt, 3), _reseller(rt, 4)
    ha, hb = sign_in(client, "owner@bulk3.example"), sign_in(client, "owner@bulk4.example")
    with_card, without = (add_customer(client, a, ha, f"boss@t{i}.example") for i in range(2))
    theirs = add_customer(client, b, hb, "boss@t9.example")
    with rt.sessions() as db:
        now = rt.clock.now(db)
        db.add(
            SavedCard(
                account_id=with_card,
                gateway_token="tok_bulk",
                brand="visa",
                last4="4242",
                exp_month=12,
                exp_year=2035,
                is_default=True,
                created_at=now,
                verified_at=now,
            )
        )
        db.commit()
    url = f"{API}/accounts/{a}/bulk-jobs/auto-top-ups"
    body = {"customer_ids": [with_card, without], "enabled": True, "threshold": "0.00", "amount": "50.00"}
    # Bad input refuses the whole request and changes nobody.
    for wrong, field in (
        ({"customer_ids": [with_card, theirs]}, "customer_ids"),
        ({"customer_ids": [with_card, with_card]}, "customer_ids"),
        ({"amount": "0.50"}, "amount"),
        ({"threshold": "-1.00"}, "threshold"),
    ):
        r = client.post(url, headers={**ha, **_key(f"t-{field}-{len(str(wrong))}")}, json={**body, **wrong})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == field, r.text
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(AutoTopUp)) == 0
        assert db.scalar(select(func.count()).select_from(BulkJob)) == 0

    r = client.post(url, headers={**ha, **_key("t")}, json=body)
    assert r.status_code == 201, r.text
    job = r.json()
    assert job["status"] == "done" and (job["done"], job["failed"]) == (1, 1)
    assert [(i["customer_id"], i["status"]) for i in job["items"]] == [
        (with_card, "done"),
        (without, "failed"),
    ]
    assert "saved card" in job["items"][1]["message"]
    with rt.sessions() as db:
        row = db.get(AutoTopUp, with_card)
        assert row is not None and row.enabled and row.amount == Decimal("50.00") and row.card_id is not None
        assert db.get(AutoTopUp, without) is None
    again = client.post(url, headers={**ha, **_key("t")}, json=body)
    assert again.status_code == 200 and again.json()["id"] == job["id"]
    # Switching off needs no card: both succeed.
    r = client.post(url, headers={**ha, **_key("t-off")}, json={**body, "enabled": False})
    assert r.json()["done"] == 2
    # Another reseller may not run a job on A's customers, through its own account or A's.
    r = client.post(f"{API}/accounts/{b}/bulk-jobs/auto-top-ups", headers={**hb, **_key("t-b")}, json=body)
    assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "customer.unknown"
    assert client.post(url, headers={**hb, **_key("t-b2")}, json=body).status_code == 404


def _row(line: int, **overrides: str) -> dict[str, object]:
    values: dict[str, object] = {
        "line": line,
        "company_name": f"Import {line} GmbH",
        "name": f"Person {line}",
        "email": f"boss@import{line}.example",
        "country": "CH",
        "street": "Weg 1",
        "postal_code": "8000",
        "city": "Zürich",
        "language": "de",
    }
    values.update(overrides)
    return values


def test_import_creates_all_or_none_and_names_the_bad_lines(client: TestClient, rt: Runtime) -> None:
    a = _reseller(rt, 5)
    ha = sign_in(client, "owner@bulk5.example")
    url = f"{API}/accounts/{a}/bulk-jobs/customer-imports"
    rows = [_row(n) for n in range(2, 8)]
    rows[1] = _row(3, email="not-an-address")
    rows[3] = _row(5, country="US")
    rows[4] = _row(6, email="boss@import2.example")  # the address of line 2 again
    r = client.post(url, headers={**ha, **_key("i")}, json={"file_name": "kunden.csv", "rows": rows})
    assert r.status_code == 422, r.text
    problem = r.json()
    assert problem["detail"] == "Nothing was imported: lines 3, 5, 6 have errors."
    assert {e["field"] for e in problem["errors"]} == {"lines.3.email", "lines.5.country", "lines.6.email"}
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Account).where(Account.reseller_id == a)) == 0
        assert db.scalar(select(func.count()).select_from(BulkJob)) == 0
    control = [_row(2, name="Eva\u202eMuster")]
    assert (
        client.post(
            url, headers={**ha, **_key("i-c")}, json={"file_name": "k.csv", "rows": control}
        ).status_code
        == 422
    )

    good = [_row(n) for n in range(2, 8)]
    r = client.post(url, headers={**ha, **_key("i2")}, json={"file_name": "kunden.csv", "rows": good})
    assert r.status_code == 201, r.text
    job = r.json()
    assert (
        job["status"] == "done"
        and job["done"] == 6
        and [i["line"] for i in job["items"]] == list(range(2, 8))
    )
    with rt.sessions() as db:
        made = db.scalars(select(Account).where(Account.reseller_id == a).order_by(Account.id)).all()
        assert [m.id for m in made] == [i["customer_id"] for i in job["items"]]
        assert made[0].company_name == "Import 2 GmbH" and made[0].currency == "CHF"
    # The replay answers the same job and creates nobody twice; the owners are told how to sign in.
    again = client.post(url, headers={**ha, **_key("i2")}, json={"file_name": "kunden.csv", "rows": good})
    assert again.status_code == 200 and again.json()["id"] == job["id"]
    mails = client.get(f"{API}/sandbox/mailbox", params={"to": "boss@import2.example"}).json()
    assert mails[0]["kind"] == "welcome_imported"
    # No password opens an imported account until its owner chooses one.
    r = client.post(f"{API}/auth/sign-in", json={"identifier": "boss@import2.example", "password": ""})
    assert r.status_code in (401, 422)
