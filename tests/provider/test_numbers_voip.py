"""Numbers from the pool, porting with interim forwarding, VoIP passwords (never a login
password, encrypted at rest)."""

from __future__ import annotations

from sqlalchemy import select

from provider.db.models import OneOffItem, RecurringCharge, User, VoipAccount
from provider.seed import DEMO_PASSWORD
from provider.services import telephony
from tests.provider.conftest import API, sign_in


def test_order_port_and_voip(client, rt, seeded):
    with rt.sessions() as db:
        telephony.stock_pool(db, "CH", "4144", 3)
        db.commit()
        aid = db.scalar(select(User.account_id).where(User.email == "owner@alpenblick.example"))
    owner, tech = sign_in(client, "owner@alpenblick.example"), sign_in(client, "tech@alpenblick.example")
    base = f"{API}/accounts/{aid}"
    assert client.get(f"{base}/number-pool", headers=tech).json()[0]["free"] == 3
    r = client.post(f"{base}/numbers", json={"area_code": "4144"}, headers=owner)
    assert r.status_code == 201, r.text
    number = r.json()["number"]
    with rt.sessions() as db:
        assert db.scalar(select(OneOffItem.amount).where(OneOffItem.account_id == aid)) is not None
        assert db.scalar(select(RecurringCharge.kind).where(RecurringCharge.account_id == aid)) == "number"
    empty = client.post(f"{base}/numbers", json={"area_code": "4999"}, headers=owner)
    assert empty.status_code == 422 and empty.json()["rule"] == "pool.empty"

    r = client.post(f"{base}/porting-requests", headers=tech, json={
        "numbers": ["+41 44 777 10 10"], "previous_provider": "Old Telco", "contract_end": "2030-01-31",
        "desired_date": "2030-02-01", "forward_to": f"+{number}", "show_old_caller_id": True})
    assert r.status_code == 201, r.text
    req = r.json()
    assert req["status"] == "submitted" and req["forward_to"] == number and req["show_old_caller_id"]
    bad = client.put(f"{base}/porting-requests/{req['id']}/interim", headers=tech,
                     json={"forward_to": "+41 99 999 99 99"})
    assert bad.status_code == 422 and bad.json()["field"] == "forward_to"
    for step in ({"status": "confirmed"}, {"status": "scheduled", "scheduled_for": "2030-02-01"},
                 {"status": "completed"}):
        r = client.post(f"{API}/sandbox/porting-requests/{req['id']}/advance", json=step)
        assert r.status_code == 200, r.text
    done = client.get(f"{base}/porting-requests", headers=tech).json()[0]
    assert done["status"] == "completed" and done["forward_to"] is None
    assert "41447771010" in [n["number"] for n in client.get(f"{base}/numbers", headers=tech).json()]
    again = client.post(f"{API}/sandbox/porting-requests/{req['id']}/advance", json={"status": "rejected",
                                                                                      "reason": "x"})
    assert again.status_code == 409

    voip = client.get(f"{base}/voip-accounts", headers=tech).json()[0]
    assert "password" not in voip
    assert client.get(f"{base}/voip-accounts/{voip['id']}/password",
                      headers=sign_in(client, "viewer@alpenblick.example")).status_code == 403
    shown = client.get(f"{base}/voip-accounts/{voip['id']}/password", headers=tech).json()["password"]
    assert len(shown) == 20
    with rt.sessions() as db:
        stored = db.scalar(select(VoipAccount.password_encrypted).where(VoipAccount.id == voip["id"]))
    assert shown not in stored
    r = client.put(f"{base}/voip-accounts/{voip['id']}/password", headers=tech, json={"password": "short"})
    assert r.status_code == 422 and r.json()["field"] == "password"
    # The demo login password is strong enough in form, and refused because it is a login password.
    r = client.put(f"{base}/voip-accounts/{voip['id']}/password", headers=tech,
                   json={"password": DEMO_PASSWORD})
    assert r.status_code == 422 and r.json()["rule"] == "voip_password.not_login"
    r = client.post(f"{base}/voip-accounts/{voip['id']}/password/regenerate", headers=tech)
    assert r.status_code == 200 and r.json()["password"] != shown
    new = "Sip-Secret-2030x"
    r = client.put(f"{base}/voip-accounts/{voip['id']}/password", headers=tech, json={"password": new})
    assert r.status_code == 200
    assert client.get(f"{base}/voip-accounts/{voip['id']}/password", headers=tech).json()["password"] == new
