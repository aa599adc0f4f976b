"""Call disputes: filed once per call with a note, a resend answers the same dispute, only
invoiced calls of the caller's own account, and the note is validated."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from provider.db.models import CallDispute, CallRecord, User
from tests.provider.authz_resolvers import MatrixContext, _call
from tests.provider.conftest import API, sign_in


def _account_id(rt, email):
    with rt.sessions() as db:
        return db.scalar(select(User.account_id).where(User.email == email))


def _invoiced_call(client, rt) -> tuple[int, int, str]:
    """An invoiced call of the business demo account: account id, call id, its disputes URL."""
    aid = _account_id(rt, "owner@alpenblick.example")
    call_id = _call(MatrixContext(rt=rt, client=client, account_id=aid, other_account_id=0))
    return aid, call_id, f"{API}/accounts/{aid}/calls/{call_id}/disputes"


def test_dispute_a_call_once_with_a_note(client, rt, seeded):
    aid, call_id, url = _invoiced_call(client, rt)
    billing = sign_in(client, "billing@alpenblick.example")
    r = client.post(url, json={"note": "  I never called this number.  "}, headers=billing)
    assert r.status_code == 201, r.text
    first = r.json()
    assert first["note"] == "I never called this number." and first["status"] == "open"
    again = client.post(url, json={"note": "I never called this number."}, headers=billing)
    assert again.status_code == 200 and again.json()["id"] == first["id"]
    listed = client.get(f"{API}/accounts/{aid}/call-disputes",
                        headers=sign_in(client, "viewer@alpenblick.example"))
    assert [d["call_id"] for d in listed.json()] == [call_id]
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(CallDispute)) == 1


def test_bad_notes_and_foreign_or_uninvoiced_calls_are_refused(client, rt, seeded):
    aid, call_id, url = _invoiced_call(client, rt)
    owner = sign_in(client, "owner@alpenblick.example")
    for note in ("", "   ", "x" * 501):
        r = client.post(url, json={"note": note}, headers=owner)
        assert r.status_code == 422, (note, r.text)
        assert r.json()["errors"][0]["field"] == "note"
    with rt.sessions() as db:
        now = rt.clock.now(db)
        loose = CallRecord(account_id=aid, started_at=now, from_number="41440000001", to_number="4144",
                           zone="national_fixed", duration_s=5, price=Decimal("0.08"), currency="CHF",
                           prepaid=False, invoice_id=None)
        db.add(loose)
        db.commit()
        loose_id = loose.id
    r = client.post(f"{API}/accounts/{aid}/calls/{loose_id}/disputes", json={"note": "wrong"}, headers=owner)
    assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "not_invoiced"
    other = _account_id(rt, "owner@nordlicht.example")
    other_headers = sign_in(client, "owner@nordlicht.example")
    r = client.post(f"{API}/accounts/{other}/calls/{call_id}/disputes", json={"note": "x"},
                    headers=other_headers)
    assert r.status_code == 404
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(CallDispute)) == 0
