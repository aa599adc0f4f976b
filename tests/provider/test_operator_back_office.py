"""The operator back office over HTTP, on SQLite and PostgreSQL: bank statements imported and a
booking matched and unmatched by hand, call records uploaded (and refused whole), credit notes,
porting progress, a reseller created, refunds; customers and resellers are kept out; and
`switchboard-provider create-operator` makes the staff member who signs in."""

from __future__ import annotations

import os
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from provider.bank.camt_writer import Booking
from provider.db.models import Account, Invoice, LedgerEntry, PortingRequest
from provider.runtime import Runtime
from provider.seed import DEMO_PASSWORD
from provider.services.staff import create_operator
from tests.provider.bank_helpers import camt, open_invoice
from tests.provider.conftest import API, registration, sign_in
from tests.provider.test_cli_serve import CLI, cli_env

OPS = "ops@switchboard.example"
XML = {"Content-Type": "application/xml"}


@pytest.fixture
def ops(client: TestClient, rt: Runtime, seeded: list) -> dict[str, str]:
    with rt.sessions() as db:
        create_operator(db, rt, OPS, "Olga Operator", DEMO_PASSWORD)
    return sign_in(client, OPS)


def _account_id(rt: Runtime, user_id: str) -> int:
    with rt.sessions() as db:
        return db.scalar(select(Account.id).where(Account.user_id == user_id))  # type: ignore[return-value]


def test_bank_statement_match_unmatch_and_refund(client: TestClient, rt: Runtime,
                                                  ops: dict[str, str]) -> None:
    acc = _account_id(rt, "52718")
    named = open_invoice(rt, acc, "120.00")
    over = open_invoice(rt, acc, "30.00")
    data = camt([Booking(Decimal("120.00"), counterparty="Alpenblick Treuhand", bank_ref="OP-1"),
                 Booking(Decimal("50.00"), reference=over.payment_reference, bank_ref="OP-2")])
    r = client.post(f"{API}/operator/bank-statements", content=data, headers={**ops, **XML},
                    params={"file_name": "camt053 2026-03-05.xml"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["counts"] == {"overpaid": 1, "unmatched": 1} and not body["already_imported"]
    (booking,) = body["unmatched"]
    assert booking["suggestions"] == [named.id] and booking["amount"] == "120.00"
    again = client.post(f"{API}/operator/bank-statements", content=data, headers={**ops, **XML})
    assert again.json()["already_imported"] and again.json()["counts"] == {}

    listed = client.get(f"{API}/operator/bank-bookings", params={"outcome": "unmatched"}, headers=ops)
    assert [b["id"] for b in listed.json()] == [booking["id"]]
    m = client.post(f"{API}/operator/bank-bookings/{booking['id']}/match", headers=ops,
                    json={"invoice_id": named.id})
    assert m.status_code == 200, m.text
    assert (m.json()["outcome"], m.json()["matched_by"]) == ("paid", OPS)
    with rt.sessions() as db:
        assert db.get(Invoice, named.id).status == "paid"  # type: ignore[union-attr]
    twice = client.post(f"{API}/operator/bank-bookings/{booking['id']}/match", headers=ops,
                        json={"invoice_id": named.id})
    assert twice.status_code == 409
    u = client.post(f"{API}/operator/bank-bookings/{booking['id']}/unmatch", headers=ops)
    assert u.status_code == 200 and u.json()["outcome"] == "unmatched"
    with rt.sessions() as db:
        assert db.get(Invoice, named.id).status == "open"  # type: ignore[union-attr]

    # The overpaid 20.00 went to the prepaid credit; on request it goes back to the bank account.
    paid = client.get(f"{API}/operator/bank-bookings", params={"outcome": "overpaid"}, headers=ops).json()
    payment_id = paid[0]["payment_id"]
    too_much = client.post(f"{API}/operator/payments/{payment_id}/refunds", headers=ops,
                           json={"amount": "20.01", "reason": "customer asked"})
    assert too_much.status_code == 422 and too_much.json()["errors"][0]["field"] == "amount"
    refund = client.post(f"{API}/operator/payments/{payment_id}/refunds", headers=ops,
                         json={"reason": "customer asked"})
    assert refund.status_code == 201, refund.text
    assert (refund.json()["status"], refund.json()["amount"]) == ("awaiting", "-20.00")
    with rt.sessions() as db:
        kinds = [(e.kind, e.amount) for e in db.scalars(
            select(LedgerEntry).where(LedgerEntry.account_id == acc,
                                      LedgerEntry.kind.in_(("overpayment", "refund"))))]
        assert kinds == [("overpayment", Decimal("20.00")), ("refund", Decimal("-20.00"))]
    bad = client.post(f"{API}/operator/bank-statements", content=b"<not camt/>", headers={**ops, **XML})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "file"


def test_call_records_credit_notes_porting_and_resellers(client: TestClient, rt: Runtime,
                                                         ops: dict[str, str]) -> None:
    good = ('"52718","41445550001","0441234567","ctx","clid","ch","dch","Dial","x",'
            '"2026-03-02 09:00:00","2026-03-02 09:00:00","2026-03-02 09:02:10",130,125,"ANSWERED",'
            '"DOCUMENTATION"\n')
    bad = good.replace("0441234567", "hello")
    r = client.post(f"{API}/operator/call-records", content=(good + bad).encode(),
                    headers={**ops, "Content-Type": "text/csv"})
    assert r.status_code == 422 and [e["field"] for e in r.json()["errors"]] == ["line 2"]
    r = client.post(f"{API}/operator/call-records", content=good.encode(),
                    headers={**ops, "Content-Type": "text/csv"}, params={"file_name": "Master.csv"})
    assert r.status_code == 200 and r.json() == {"records": 1, "layout": "asterisk",
                                                 "already_imported": False, "accounts": 1}

    acc = _account_id(rt, "52718")
    inv = open_invoice(rt, acc, "100.00")
    note = client.post(f"{API}/operator/invoices/{inv.id}/credit-notes", headers=ops,
                       json={"amount": "10.00", "reason": "Outage on 3 March"})
    assert note.status_code == 201 and note.json()["kind"] == "credit_note"

    with rt.sessions() as db:
        now = rt.clock.now(db)
        req = PortingRequest(account_id=acc, numbers="41431234567", previous_provider="Old Telco",
                             contract_end=now.date(), desired_date=now.date(), status="submitted",
                             show_old_caller_id=False, created_at=now, updated_at=now)
        db.add(req)
        db.commit()
        porting_id = req.id
    p = client.post(f"{API}/operator/porting-requests/{porting_id}/progress", headers=ops,
                    json={"status": "confirmed"})
    assert p.status_code == 200 and p.json()["status"] == "confirmed"

    reseller = registration(email="boss@new-reseller.example", company_name="New Reseller AG")
    made = client.post(f"{API}/operator/resellers", headers=ops, json=reseller)
    assert made.status_code == 201, made.text
    h = sign_in(client, "boss@new-reseller.example", "Muster-2026")
    assert client.get(f"{API}/accounts/{made.json()['id']}/customers", headers=h).status_code == 200
    private = client.post(f"{API}/operator/resellers", headers=ops,
                          json=registration(kind="private", structure="single",
                                            email="p@example.com", company_name=None,
                                            main_number="+41445559876"))
    assert private.status_code == 422


def test_customers_and_resellers_are_kept_out(client: TestClient, rt: Runtime,
                                              ops: dict[str, str]) -> None:
    routes = [("POST", "/operator/bank-statements"), ("GET", "/operator/bank-bookings"),
              ("POST", "/operator/call-records"), ("POST", "/operator/resellers"),
              ("GET", "/operator/direct-debit-files")]
    made = client.post(f"{API}/operator/resellers", headers=ops,
                       json=registration(email="boss@reseller.example", company_name="Reseller AG"))
    assert made.status_code == 201
    for who, password in (("owner@alpenblick.example", DEMO_PASSWORD),
                          ("boss@reseller.example", "Muster-2026"),
                          ("admin@alpenblick.example", DEMO_PASSWORD)):
        h = sign_in(client, who, password)
        for method, path in routes:
            r = client.request(method, f"{API}{path}", headers=h, content=b"x")
            assert r.status_code == 403, (who, path, r.status_code)
            assert r.json()["type"] == "urn:switchboard:problem:forbidden"
    for method, path in routes:
        assert client.request(method, f"{API}{path}", content=b"x").status_code == 401
    # The operator is nobody in a customer's account.
    acc = _account_id(rt, "52718")
    assert client.get(f"{API}/accounts/{acc}/invoices", headers=ops).status_code == 404
    me = client.get(f"{API}/me", headers=ops).json()
    assert me["user"]["role"] == "operator" and me["permissions"] == ["operator.back_office"]


def test_uploads_may_be_larger_than_requests_but_bounded(client: TestClient, ops: dict[str, str]) -> None:
    many = camt([Booking(Decimal("1.00"), bank_ref=f"BIG-{i}", remittance="x" * 100)
                 for i in range(3000)], message_id="BIG")
    assert len(many) > 1_000_000
    r = client.post(f"{API}/operator/bank-statements", content=many, headers={**ops, **XML})
    assert r.status_code == 200 and r.json()["counts"] == {"unmatched": 3000}
    huge = b"<x>" + b"a" * 20_000_001
    assert client.post(f"{API}/operator/bank-statements", content=huge,
                       headers={**ops, **XML}).status_code == 413


def test_create_operator_on_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    env = {**cli_env(tmp_path), "SWITCHBOARD_OPERATOR_PASSWORD": "Back-Office-2026"}
    subprocess.run([CLI, "migrate", "--db", db], env=env, check=True, capture_output=True)
    done = subprocess.run([CLI, "create-operator", "ops@provider.example", "--name", "Olga", "--db", db],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    again = subprocess.run([CLI, "create-operator", "ops@provider.example", "--name", "Olga", "--db", db],
                           env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "exists already" in again.stderr
    weak = subprocess.run([CLI, "create-operator", "o2@provider.example", "--name", "O", "--db", db],
                          env={**env, "SWITCHBOARD_OPERATOR_PASSWORD": "short"},
                          capture_output=True, text=True, timeout=60)
    assert weak.returncode == 1 and "password" in weak.stderr
    assert "SWITCHBOARD_OPERATOR_PASSWORD" not in os.environ
