"""A single account's main number is its line from registration on: the number is the
account's, with a VoIP account whose password is separate from the login password (each changes
without the other), and single accounts made before get theirs from the migration."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Boolean, Integer, String, column, create_engine, insert, select, table

from provider.db.base import UTCDateTime
from provider.db.migrate import upgrade
from provider.services import telephony
from provider.settings import Settings
from provider.voip_cipher import cipher
from tests.provider.conftest import API, register_business, registration, sign_in
from tests.provider.databases import BACKENDS

LOGIN = "Muster-Line-2026x"  # long enough for the VoIP rules: refused only as a login password


def _single(client, number: str, email: str = "line@muster.example") -> dict:
    return register_business(client, kind="private", structure="single", company_name=None,
                             main_number=number, email=email, password=LOGIN)


def test_a_new_single_account_has_the_voip_account_of_its_main_number(client):
    body = _single(client, "+41 44 555 98 76")
    aid, h = body["account"]["id"], sign_in(client, "41445559876", LOGIN)
    numbers = client.get(f"{API}/accounts/{aid}/numbers", headers=h).json()
    assert [(n["number"], n["status"]) for n in numbers] == [("41445559876", "active")]
    voip = client.get(f"{API}/accounts/{aid}/voip-accounts", headers=h).json()
    assert [(v["phone_number_id"], v["sip_user"]) for v in voip] == [(numbers[0]["id"], "sb41445559876")]
    base = f"{API}/accounts/{aid}/voip-accounts/{voip[0]['id']}/password"
    first = client.get(base, headers=h).json()["password"]
    assert len(first) == 20 and first != LOGIN

    # The same rules as any number's VoIP account: never the login password.
    r = client.put(base, headers=h, json={"password": LOGIN})
    assert r.status_code == 422 and r.json()["rule"] == "voip_password.not_login"
    # The VoIP password changes; the login password stays.
    assert client.put(base, headers=h, json={"password": "Desk-Phone-2031x"}).status_code == 200
    h = sign_in(client, "41445559876", LOGIN)
    # The login password changes; the VoIP password stays.
    r = client.post(f"{API}/auth/password", headers=h,
                    json={"old_password": LOGIN, "new_password": "Muster-2027-neu"})
    assert r.status_code == 204, r.text
    h = sign_in(client, "41445559876", "Muster-2027-neu")
    assert client.get(base, headers=h).json()["password"] == "Desk-Phone-2031x"
    # No fee of its own: the line comes with the account's SIP Trunk.
    assert client.get(f"{API}/accounts/{aid}/numbers", headers=h).json()[0]["status"] == "active"


def test_a_free_pool_number_becomes_the_line_and_one_in_use_refuses(client, rt):
    with rt.sessions() as db:
        telephony.stock_pool(db, "CH", "4144", 3)
        db.commit()
    _single(client, "+41 44 555 00 01")
    with rt.sessions() as db:
        free = [n.number for n in telephony.available(db, "4144")]
    assert free == ["41445550000", "41445550002"]
    collective = register_business(client, email="firma@muster.example", password=LOGIN)
    h = sign_in(client, "firma@muster.example", LOGIN)
    ordered = client.post(f"{API}/accounts/{collective['account']['id']}/numbers",
                          json={"area_code": "4144"}, headers=h).json()["number"]
    r = client.post(f"{API}/accounts", json=registration(
        kind="private", structure="single", company_name=None, main_number=f"+{ordered}",
        email="late@muster.example"))
    assert r.status_code == 409 and (r.json()["field"], r.json()["rule"]) == ("main_number", "number.taken")
    assert client.post(f"{API}/auth/sign-in", json={"identifier": "late@muster.example",
                                                     "password": LOGIN}).status_code == 401


accounts = table("accounts", *(column(c, String) for c in (
    "user_id", "kind", "structure", "name", "company_name", "country", "currency", "language",
    "status", "name_key")), column("id", Integer), column("is_reseller", Boolean),
    column("reseller_id", Integer), column("created_at", UTCDateTime))
voip_accounts = table("voip_accounts", column("account_id", Integer), column("phone_number_id", Integer),
                      column("sip_user", String), column("password_encrypted", String))
phone_numbers = table("phone_numbers", column("id", Integer), column("number", String),
                      column("account_id", Integer), column("status", String))


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_migration_gives_existing_single_accounts_their_line(databases, backend, tmp_path):
    url = databases.unmigrated_url(backend, "single_lines")
    upgrade(url, "0011")
    engine = create_engine(url)
    row = {"kind": "private", "country": "CH", "currency": "CHF", "language": "de", "status": "active",
           "is_reseller": False, "reseller_id": None, "created_at": datetime(2026, 1, 1, tzinfo=UTC),
           "company_name": None}
    try:
        with engine.begin() as conn:
            conn.execute(insert(accounts), [
                {**row, "id": 1, "user_id": "41445551234", "structure": "single", "name": "Anna",
                 "name_key": "anna"},
                {**row, "id": 2, "user_id": "52718", "structure": "collective", "name": "Firma",
                 "name_key": "firma"}])
        settings = Settings(sandbox=True, database_url=url, data_dir=tmp_path / "data")
        upgrade(url, settings=settings)
        with engine.connect() as conn:
            numbers = conn.execute(select(phone_numbers.c.id, phone_numbers.c.number,
                                          phone_numbers.c.account_id, phone_numbers.c.status)).all()
            voip = conn.execute(select(voip_accounts)).all()
        assert [tuple(n)[1:] for n in numbers] == [("41445551234", 1, "active")]
        assert [(v.account_id, v.phone_number_id, v.sip_user) for v in voip] == [
            (1, numbers[0].id, "sb41445551234")]
        password = cipher(settings).decrypt(voip[0].password_encrypted.encode()).decode()
        assert len(password) == 20
    finally:
        engine.dispose()
