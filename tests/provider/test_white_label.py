"""White-label invoices over HTTP, on SQLite and PostgreSQL: a reseller's customers are invoiced
by the reseller (its identity as seller, its bank account in the payment instructions), in the
reseller's own gapless series, credit notes too; the provider's own customers as before; /me
serves the reseller's brand and the logo route its logo, to its customers only."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from provider.db.models import Invoice
from provider.runtime import Runtime
from provider.seed import DEMO_PASSWORD
from provider.services.staff import create_operator
from tests.provider.branding_files import SVG, png
from tests.provider.conftest import API, register_business, sign_in
from tests.provider.white_label import ACCENTS, IDENTITIES, make_customer, make_reseller


def _numbers(rt: Runtime, account_ids: list[int]) -> list[str]:
    with rt.sessions() as db:
        return sorted(db.scalars(select(Invoice.number).where(Invoice.account_id.in_(account_ids))))


def test_reseller_customers_are_invoiced_by_the_reseller(client: TestClient, rt: Runtime) -> None:
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-01-11T09:00:00+00:00"}).status_code == 200
    a, b = make_reseller(rt, 1), make_reseller(rt, 2)
    of_a = [make_customer(client, a, 1, f"boss@a{i}.example") for i in range(3)]
    of_b = [make_customer(client, b, 2, f"boss@b{i}.example") for i in range(2)]
    own = register_business(client, email="boss@eigen.example")["account"]["id"]
    for aid, email in [*((c, f"boss@a{i}.example") for i, c in enumerate(of_a)),
                       *((c, f"boss@b{i}.example") for i, c in enumerate(of_b)), (own, "boss@eigen.example")]:
        h = sign_in(client, email, "Muster-2026")
        r = client.post(f"{API}/accounts/{aid}/subscription", headers=h,
                        json={"product": "pbx_basic", "users": 2})
        assert r.status_code == 201, r.text
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-02-01T08:00:00+00:00"}).status_code == 200

    # Each reseller's series runs from 1 without gaps; the provider's own customer in its own.
    assert _numbers(rt, of_a) == ["64201-2027-000001", "64201-2027-000002", "64201-2027-000003"]
    assert _numbers(rt, of_b) == ["64202-2027-000001", "64202-2027-000002"]
    (own_number,) = _numbers(rt, [own])
    assert own_number.startswith("2027-")

    h = sign_in(client, "boss@a0.example", "Muster-2026")
    (inv,) = client.get(f"{API}/accounts/{of_a[0]}/invoices", headers=h).json()["items"]
    detail = client.get(f"{API}/accounts/{of_a[0]}/invoices/{inv['id']}", headers=h).json()
    ident = IDENTITIES[1]
    assert detail["seller"]["name"] == ident["name"] and detail["seller"]["city"] == "Bern"
    assert detail["seller"]["vat_id"] == "CHE-116.281.710 MWST"
    pay = detail["payment_instructions"]
    assert pay["iban"] == "CH2130808001234567827" and pay["reference_type"] == "QRR"
    assert pay["creditor"]["name"] == ident["name"]
    assert "Switchboard" not in str(detail)

    hb = sign_in(client, "boss@b1.example", "Muster-2026")
    (inv_b,) = client.get(f"{API}/accounts/{of_b[1]}/invoices", headers=hb).json()["items"]
    detail_b = client.get(f"{API}/accounts/{of_b[1]}/invoices/{inv_b['id']}", headers=hb).json()
    assert detail_b["seller"]["name"] == "Seeland Voice GmbH"
    assert detail_b["payment_instructions"]["iban"] == "CH2131000000123456789"
    assert detail_b["payment_instructions"]["creditor"]["city"] == "Biel/Bienne"

    # A credit note continues the series of the invoice it corrects.
    with rt.sessions() as db:
        create_operator(db, rt, "ops@switchboard.example", "Olga", DEMO_PASSWORD)
    ops = sign_in(client, "ops@switchboard.example")
    r = client.post(f"{API}/operator/invoices/{inv['id']}/credit-notes", headers=ops,
                    json={"amount": "5.00", "reason": "Goodwill"})
    assert r.status_code == 201, r.text
    assert r.json()["number"] == "64201-2027-000004"
    assert _numbers(rt, of_b)[-1] == "64202-2027-000002"


def test_me_serves_the_resellers_brand_to_its_customers(client: TestClient, rt: Runtime) -> None:
    a, b = make_reseller(rt, 1), make_reseller(rt, 2)
    ca, cb = make_customer(client, a, 1, "boss@a.example"), make_customer(client, b, 2, "boss@b.example")
    own = register_business(client, email="boss@eigen.example")["account"]["id"]
    ha = sign_in(client, "boss@a.example", "Muster-2026")
    hb = sign_in(client, "boss@b.example", "Muster-2026")
    h_own = sign_in(client, "boss@eigen.example", "Muster-2026")
    brand: dict[str, Any] = client.get(f"{API}/me", headers=ha).json()["brand"]
    assert brand["name"] == "Alpen Telecom AG" and brand["accent_color"] == ACCENTS[1]
    assert brand["logo_media_type"] == "image/png" and brand["reseller_id"] == a
    assert client.get(f"{API}/me", headers=hb).json()["brand"]["name"] == "Seeland Voice GmbH"
    assert client.get(f"{API}/me", headers=h_own).json()["brand"] is None
    logo = client.get(f"{API}/accounts/{ca}/brand/logo", headers=ha)
    assert logo.status_code == 200 and logo.content == png() and "default-src 'none'" in logo.headers[
        "content-security-policy"]
    assert client.get(f"{API}/accounts/{cb}/brand/logo", headers=hb).content == SVG
    # Another account's logo route: 404 as for any account not one's own; none for the provider's.
    assert client.get(f"{API}/accounts/{cb}/brand/logo", headers=ha).status_code == 404
    assert client.get(f"{API}/accounts/{own}/brand/logo", headers=h_own).status_code == 204
    # The reseller's staff acting for its customer see the same logo.
    staff = sign_in(client, "owner@white1.example")
    assert client.get(f"{API}/accounts/{ca}/brand/logo", headers=staff).content == png()
    assert client.get(f"{API}/accounts/{cb}/brand/logo", headers=staff).status_code == 404
