"""Names, addresses and every field that may reach a mail header, an invoice or a bank file refuse
line breaks and control characters: 422 naming the field (rule `characters`), nothing changed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from provider.db.models import Account
from provider.seed import DEMO_PASSWORD
from tests.provider.authz_resolvers import MatrixContext, _call
from tests.provider.conftest import API, address, registration, sign_in

POISON = ["Evil AG\r\nBcc: spy@evil.example", "Evil\nAG", "Evil\x1b[31mAG", "Evil\u2028AG",
          "Evil\u202eGA", "Evil\x85AG"]


def refused(r, field: str) -> None:
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["field"] == field and body["rule"] == "characters", body
    assert "not allowed" in body["detail"]


@pytest.mark.parametrize("value", POISON, ids=repr)
def test_registration_refuses_control_characters_in_the_company_name(client, rt, value):
    r = client.post(f"{API}/accounts", json=registration(company_name=value))
    refused(r, "company_name")
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Account)) == 0


@pytest.mark.parametrize(("field", "body"), [
    ("name", registration(name="Eva\r\nMuster")),
    ("address.street", registration(address=address(street="Weg 1\nBcc: x"))),
    ("address.city", registration(address=address(city="Bern\t"))),
    ("vat_number", registration(vat_number="CHE\n123")),
])
def test_registration_names_the_field_with_a_control_character(client, field, body):
    refused(client.post(f"{API}/accounts", json=body), field)


def test_profile_address_and_invitation_names_refuse_them_too(client, seeded):
    h = sign_in(client, "52718")
    aid = client.get(f"{API}/me", headers=h).json()["account"]["id"]
    refused(client.patch(f"{API}/accounts/{aid}", headers=h,
                         json={"company_name": "Alpenblick\r\nTreuhand"}), "company_name")
    refused(client.post(f"{API}/accounts/{aid}/billing-addresses", headers=h,
                        json=address(name="A\rB")), "name")
    assert client.get(f"{API}/accounts/{aid}", headers=h).json()["company_name"] == \
        "Alpenblick Treuhand AG"
    r = client.post(f"{API}/invitations/accept",
                    json={"token": "x" * 40, "name": "New\r\nUser", "password": DEMO_PASSWORD})
    refused(r, "name")


def test_a_dispute_note_may_have_lines_but_no_other_control_characters(client, rt, seeded):
    h = sign_in(client, "52718")
    aid = client.get(f"{API}/me", headers=h).json()["account"]["id"]
    call_id = _call(MatrixContext(rt=rt, client=client, account_id=aid, other_account_id=0))
    refused(client.post(f"{API}/accounts/{aid}/calls/{call_id}/disputes", headers=h,
                        json={"note": "I did not\x07call"}), "note")
    r = client.post(f"{API}/accounts/{aid}/calls/{call_id}/disputes", headers=h,
                    json={"note": "I did not make this call.\nPlease check."})
    assert r.status_code == 201, r.text
