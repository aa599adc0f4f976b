"""The account's profile and its billing addresses (several, exactly one default)."""

from __future__ import annotations

from tests.provider.conftest import API, address, sign_in


def account_id(client, headers):
    return client.get(f"{API}/me", headers=headers).json()["account"]["id"]


def test_profile_reads_and_changes(client, seeded):
    h = sign_in(client, "admin@alpenblick.example")
    aid = account_id(client, h)
    r = client.patch(f"{API}/accounts/{aid}", headers=h,
                     json={"company_name": "Alpenblick Treuhand GmbH", "language": "en"})
    assert r.status_code == 200
    assert (r.json()["company_name"], r.json()["name"], r.json()["language"]) == (
        "Alpenblick Treuhand GmbH", "Alpenblick Treuhand GmbH", "en")
    assert client.get(f"{API}/accounts/{aid}", headers=h).json()["company_name"] == "Alpenblick Treuhand GmbH"


def test_profile_refuses_bad_values_and_keeps_the_old_ones(client, seeded):
    h = sign_in(client, "52718")
    aid = account_id(client, h)
    r = client.patch(f"{API}/accounts/{aid}", headers=h, json={"company_name": "  "})
    assert (r.status_code, r.json()["rule"]) == (422, "company_name.required")
    r = client.patch(f"{API}/accounts/{aid}", headers=h, json={"vat_number": "CHE-1"})
    assert (r.status_code, r.json()["field"], r.json()["rule"]) == (422, "vat_number", "vat_number.invalid")
    r = client.patch(f"{API}/accounts/{aid}", headers=h, json={"language": "fr"})
    assert r.status_code == 422
    account = client.get(f"{API}/accounts/{aid}", headers=h).json()
    assert account["company_name"] == "Alpenblick Treuhand AG"
    assert account["vat_number"] == "CHE-116.281.710 MWST"


def test_addresses_several_with_exactly_one_default(client, seeded):
    h = sign_in(client, "billing@alpenblick.example")
    aid = account_id(client, h)
    url = f"{API}/accounts/{aid}/billing-addresses"
    first = client.get(url, headers=h).json()
    assert [a["is_default"] for a in first] == [True]
    second = client.post(url, headers=h, json=address(city="Basel")).json()
    assert second["is_default"] is False
    third = client.post(url, headers=h, json={**address(city="Chur"), "is_default": True}).json()
    assert third["is_default"] is True
    rows = client.get(url, headers=h).json()
    assert [a["is_default"] for a in rows] == [False, False, True]
    r = client.patch(f"{url}/{second['id']}", headers=h, json={"is_default": True, "street": "Rhein 2"})
    assert r.status_code == 200 and r.json()["street"] == "Rhein 2"
    assert [a["id"] for a in client.get(url, headers=h).json() if a["is_default"]] == [second["id"]]


def test_the_default_address_cannot_be_deleted_others_can(client, seeded):
    h = sign_in(client, "52718")
    url = f"{API}/accounts/{account_id(client, h)}/billing-addresses"
    default = client.get(url, headers=h).json()[0]
    r = client.delete(f"{url}/{default['id']}", headers=h)
    assert (r.status_code, r.json()["rule"]) == (409, "address.default")
    extra = client.post(url, headers=h, json=address()).json()
    assert client.delete(f"{url}/{extra['id']}", headers=h).status_code == 204
    assert [a["id"] for a in client.get(url, headers=h).json()] == [default["id"]]


def test_address_input_is_checked(client, seeded):
    h = sign_in(client, "52718")
    url = f"{API}/accounts/{account_id(client, h)}/billing-addresses"
    r = client.post(url, headers=h, json=address(country="US"))
    assert (r.status_code, r.json()["field"], r.json()["rule"]) == (422, "country", "country.supported")
    r = client.post(url, headers=h, json=address(street="   "))
    assert (r.status_code, r.json()["field"], r.json()["rule"]) == (422, "street", "street.required")
    r = client.post(url, headers=h, json={"name": "x"})
    assert r.status_code == 422 and {e["field"] for e in r.json()["errors"]} >= {"street", "city"}
    default = client.get(url, headers=h).json()[0]
    r = client.patch(f"{url}/{default['id']}", headers=h, json={"city": " "})
    assert (r.status_code, r.json()["rule"]) == (422, "city.required")
    assert client.get(url, headers=h).json() == [default]


def test_another_accounts_address_is_not_found(client, seeded):
    other = sign_in(client, "owner@nordlicht.example")
    theirs = client.get(f"{API}/accounts/{account_id(client, other)}/billing-addresses",
                        headers=other).json()[0]
    h = sign_in(client, "52718")
    url = f"{API}/accounts/{account_id(client, h)}/billing-addresses/{theirs['id']}"
    assert client.patch(url, headers=h, json={"city": "Bern"}).status_code == 404
    assert client.delete(url, headers=h).status_code == 404
