"""The customer list sorted by name in dictionary order (DIN 5007-1), on SQLite and PostgreSQL:
customers made and renamed through the API land where a German reader looks for them, and
every account keeps its stored key right, whichever path wrote it."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from provider import demo_billing
from provider.db.models import Account
from provider.domain.name_order import account_name_key
from provider.runtime import Runtime
from provider.seed import seed_demo
from tests.provider.conftest import API, address, registration, sign_in
from tests.provider.test_reseller_isolation import _reseller

COMPANIES = ["Zeta GmbH", "Bäckerei Müller", "Österreich Handel AG", "Apfel GmbH", "Ärzte AG",
             "Oberland AG", "ärzte ag", "Straße 2 AG", "STRASSE 1 AG", "Émile SA", "Ende AG"]
# By hand, as the reseller expects: Ä with A (and case-blind, so the two Ärzte tie, earlier id
# first), Ö with O, ß as ss, É as E.
IN_ORDER = ["Apfel GmbH", "Ärzte AG", "ärzte ag", "Bäckerei Müller", "Émile SA", "Ende AG",
            "Oberland AG", "Österreich Handel AG", "STRASSE 1 AG", "Straße 2 AG", "Zeta GmbH"]


def _create(client: TestClient, reseller: int, headers: dict[str, str], n: int, **body: Any) -> int:
    r = client.post(f"{API}/accounts/{reseller}/customers", headers=headers,
                    json=registration(email=f"owner{n}@kunde.example", **body))
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


def _names(client: TestClient, reseller: int, headers: dict[str, str], sort: str,
           limit: int = 2) -> list[str]:
    """Every page in `sort` order; what each row shows as its name."""
    shown: list[str] = []
    cursor = None
    while True:
        params = {"sort": sort, "limit": limit, **({"cursor": cursor} if cursor else {})}
        r = client.get(f"{API}/accounts/{reseller}/customers", params=params, headers=headers)
        assert r.status_code == 200, r.text
        shown += [c["company_name"] or c["name"] for c in r.json()["items"]]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return shown


def test_made_through_the_api_they_sort_in_dictionary_order(client, rt) -> None:
    reseller = _reseller(rt, 31)
    headers = sign_in(client, "owner@reseller31.example")
    for n, company in enumerate(COMPANIES):
        _create(client, reseller, headers, n, company_name=company, address=address(company=company))
    assert _names(client, reseller, headers, "name") == IN_ORDER
    assert _names(client, reseller, headers, "-name", limit=3) == list(reversed(IN_ORDER))


def test_search_ignores_umlauts_accents_and_sharp_s(client, rt) -> None:
    reseller = _reseller(rt, 33)
    headers = sign_in(client, "owner@reseller33.example")
    for n, company in enumerate(COMPANIES):
        _create(client, reseller, headers, n, company_name=company, address=address(company=company))

    def found(q: str) -> list[str]:
        r = client.get(f"{API}/accounts/{reseller}/customers", params={"q": q, "sort": "name"},
                       headers=headers)
        assert r.status_code == 200, r.text
        return [c["company_name"] for c in r.json()["items"]]

    assert found("arzte") == ["Ärzte AG", "ärzte ag"]
    assert found("ÄRZTE") == ["Ärzte AG", "ärzte ag"]
    assert found("strasse") == ["STRASSE 1 AG", "Straße 2 AG"]
    assert found("emile") == ["Émile SA"]
    assert found("osterreich") == ["Österreich Handel AG"]


def test_a_renamed_customer_moves_to_its_new_place(client, rt) -> None:
    reseller = _reseller(rt, 32)
    headers = sign_in(client, "owner@reseller32.example")
    for n, company in enumerate(["Apfel GmbH", "Bäckerei Müller", "Zeta GmbH"]):
        _create(client, reseller, headers, n, company_name=company, address=address(company=company))
    private = _create(client, reseller, headers, 9, kind="private", company_name=None,
                      name="Zoë Keller", address=address(name="Zoë Keller"))
    zeta = next(a for a in _all(rt, reseller) if a.company_name == "Zeta GmbH").id
    assert _names(client, reseller, headers, "name") == [
        "Apfel GmbH", "Bäckerei Müller", "Zeta GmbH", "Zoë Keller"]

    # The customer's owner renames the company, the reseller renames the private customer.
    owner = sign_in(client, "owner2@kunde.example", "Muster-2026")
    r = client.patch(f"{API}/accounts/{zeta}", json={"company_name": "Ärztehaus Zentrum"}, headers=owner)
    assert r.status_code == 200, r.text
    r = client.patch(f"{API}/accounts/{private}", json={"name": "Öhri Anna"}, headers=headers)
    assert r.status_code == 200, r.text
    assert _names(client, reseller, headers, "name") == [
        "Apfel GmbH", "Ärztehaus Zentrum", "Bäckerei Müller", "Öhri Anna"]
    assert _names(client, reseller, headers, "-name") == [
        "Öhri Anna", "Bäckerei Müller", "Ärztehaus Zentrum", "Apfel GmbH"]


def test_every_account_keeps_its_key_whichever_path_wrote_it(client, rt) -> None:
    """The demo data (ORM objects in provider.seed and provider.demo_billing), the API's
    registrations and profile changes: each key is the one the rule gives for its names."""
    demo_billing.register(rt)
    seed_demo(rt)
    reseller = _reseller(rt, 33)
    headers = sign_in(client, "owner@reseller33.example")
    made = _create(client, reseller, headers, 1, company_name="Grüezi AG", address=address())
    r = client.patch(f"{API}/accounts/{made}", json={"company_name": "Grüß Gott GmbH"}, headers=headers)
    assert r.status_code == 200, r.text
    with rt.sessions() as db:
        rows = db.execute(select(Account.name, Account.company_name, Account.name_key)).all()
    assert len(rows) > 50  # the demo reseller's customers are there
    assert [k for *_, k in rows] == [account_name_key(n, c) for n, c, _ in rows]
    assert "gruss gott gmbh" in {k for *_, k in rows}


def _all(rt: Runtime, reseller: int) -> list[Account]:
    with rt.sessions() as db:
        return list(db.scalars(select(Account).where(Account.reseller_id == reseller)))
