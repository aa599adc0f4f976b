"""Add user: an invitation e-mail with a set-password link, single use, valid 7 days."""

from __future__ import annotations

from sqlalchemy import select

from provider.db.models import Invitation
from tests.provider.conftest import API, advance, bearer, link_token, mailbox, sign_in


def setup(client):
    h = sign_in(client, "admin@alpenblick.example")
    aid = client.get(f"{API}/me", headers=h).json()["account"]["id"]
    return h, f"{API}/accounts/{aid}"


def invite(client, h, base, email="new@alpenblick.example", role="technical"):
    r = client.post(f"{base}/invitations", headers=h, json={"email": email, "role": role})
    assert r.status_code == 201, r.text
    return r.json(), link_token(mailbox(client, email)[0]["body"], "accept-invitation")


def accept(client, token, password="Neu-Hier-2026", name="Neu Hier"):
    return client.post(f"{API}/invitations/accept",
                       json={"token": token, "name": name, "password": password})


def test_invitee_gets_a_mail_sets_a_password_and_signs_in_with_the_email(client, seeded):
    h, base = setup(client)
    inv, token = invite(client, h, base, "New@Alpenblick.example")
    assert inv["email"] == "new@alpenblick.example" and inv["role"] == "technical"
    mail = mailbox(client, "new@alpenblick.example")[0]
    assert mail["kind"] == "invitation" and "Marco Frei" in mail["body"]
    r = accept(client, token)
    assert r.status_code == 201
    me = client.get(f"{API}/me", headers=bearer(r.json()["access_token"])).json()
    assert (me["user"]["email"], me["user"]["role"]) == ("new@alpenblick.example", "technical")
    assert me["account"]["user_id"] == "52718"
    sign_in(client, "new@alpenblick.example", "Neu-Hier-2026")
    users = client.get(f"{base}/users", headers=h).json()
    assert "new@alpenblick.example" in {u["email"] for u in users}
    assert client.get(f"{base}/invitations", headers=h).json() == []


def test_the_link_works_once(client, seeded):
    h, base = setup(client)
    _, token = invite(client, h, base)
    assert accept(client, token).status_code == 201
    r = accept(client, token, password="Anderes-2026")
    assert (r.status_code, r.json()["field"], r.json()["rule"]) == (400, "token", "invitation.invalid")


def test_the_link_expires_after_7_days_by_the_sandbox_clock(client, seeded):
    h, base = setup(client)
    _, early = invite(client, h, base, "early@alpenblick.example")
    _, late = invite(client, h, base, "late@alpenblick.example")
    advance(client, days=6, hours=23, minutes=59)
    assert accept(client, early).status_code == 201
    h = sign_in(client, "admin@alpenblick.example")  # the access token expired meanwhile
    assert len(client.get(f"{base}/invitations", headers=h).json()) == 1
    advance(client, minutes=1, seconds=1)
    r = accept(client, late)
    assert (r.status_code, r.json()["rule"]) == (400, "invitation.invalid")
    assert client.get(f"{base}/invitations", headers=h).json() == []


def test_a_revoked_invitation_cannot_be_accepted(client, seeded):
    h, base = setup(client)
    inv, token = invite(client, h, base)
    assert client.delete(f"{base}/invitations/{inv['id']}", headers=h).status_code == 204
    assert accept(client, token).status_code == 400
    assert client.delete(f"{base}/invitations/{inv['id']}", headers=h).status_code == 404


def test_password_rules_apply_on_accepting_and_the_link_stays_usable(client, seeded):
    h, base = setup(client)
    _, token = invite(client, h, base)
    r = accept(client, token, password="new@alpenblick.example")
    assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "password.digit"
    r = accept(client, token, password="kurz1")
    assert (r.json()["field"], r.json()["rule"]) == ("password", "password.min_length")
    assert accept(client, token).status_code == 201


def test_only_assignable_roles_and_new_addresses_can_be_invited(client, seeded):
    h, base = setup(client)
    r = client.post(f"{base}/invitations", headers=h, json={"email": "x@y.example", "role": "owner"})
    assert (r.status_code, r.json()["field"]) == (422, "role")
    r = client.post(f"{base}/invitations", headers=h,
                    json={"email": "viewer@alpenblick.example", "role": "admin"})
    assert (r.status_code, r.json()["rule"]) == (409, "email.unique")
    r = client.post(f"{base}/invitations", headers=h, json={"email": "not-an-email", "role": "admin"})
    assert (r.status_code, r.json()["field"]) == (422, "email")


def test_the_token_is_stored_only_as_a_hash(client, rt, seeded):
    h, base = setup(client)
    _, token = invite(client, h, base)
    with rt.sessions() as db:
        row = db.scalar(select(Invitation))
    assert row is not None and token not in row.token_hash and len(row.token_hash) == 64


def test_inviting_again_replaces_the_open_invitation(client, seeded):
    h, base = setup(client)
    _, first = invite(client, h, base, role="viewer")
    _, second = invite(client, h, base, role="billing")
    assert [i["role"] for i in client.get(f"{base}/invitations", headers=h).json()] == ["billing"]
    assert accept(client, first).status_code == 400
    r = accept(client, second)
    assert r.status_code == 201
    me = client.get(f"{API}/me", headers=bearer(r.json()["access_token"])).json()
    assert me["user"]["role"] == "billing"


def test_an_address_with_a_user_elsewhere_is_invited_like_a_new_one(client, seeded):
    h, base = setup(client)
    elsewhere = client.post(f"{base}/invitations", headers=h,
                            json={"email": "owner@nordlicht.example", "role": "viewer"})
    nowhere = client.post(f"{base}/invitations", headers=h,
                          json={"email": "nobody@nordlicht.example", "role": "viewer"})
    assert elsewhere.status_code == nowhere.status_code == 201
    assert set(elsewhere.json()) == set(nowhere.json())
    assert elsewhere.json()["email"] == "owner@nordlicht.example"
    # Only the address's owner, who opens the link, learns why it cannot be accepted.
    token = link_token(mailbox(client, "owner@nordlicht.example")[0]["body"], "accept-invitation")
    r = client.post(f"{API}/invitations/accept",
                    json={"token": token, "name": "Nora", "password": "Nordlicht-2026"})
    assert r.status_code == 409 and r.json()["field"] == "email"
