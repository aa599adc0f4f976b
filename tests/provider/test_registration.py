"""Registration (docs/product-rules.md#account-kinds): kinds, structures, user-ID formats, VAT, currency."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from provider.db.models import Account
from tests.provider.conftest import API, address, mailbox, register_business, registration, sign_in


def register(client, **overrides):
    return client.post(f"{API}/accounts", json=registration(**overrides))


def test_business_collective_gets_a_random_five_digit_id_sip_trunk_and_zero_balance(client, me):
    body = register_business(client)
    account = body["account"]
    assert account["kind"] == "business" and account["structure"] == "collective"
    assert account["user_id"].isdigit() and len(account["user_id"]) == 5
    assert account["services"] == ["sip_trunk"]
    assert Decimal(str(account["balance"])) == Decimal("0")
    assert (account["currency"], Decimal(str(account["vat_rate_percent"]))) == ("CHF", Decimal("8.1"))
    assert body["user"]["role"] == "owner"
    # The new owner signs in with the user ID or the e-mail.
    owner = me(client, sign_in(client, account["user_id"], "Muster-2026"))["user"]
    assert owner["email"] == "eva@muster.example"
    assert mailbox(client, "eva@muster.example")[0]["kind"] == "welcome"


def test_collective_ids_differ_between_accounts(client):
    ids = {register_business(client, email=f"u{i}@muster.example")["account"]["user_id"]
           for i in range(6)}
    assert len(ids) == 6


@pytest.mark.parametrize(("number", "user_id"), [
    ("+41 44 555 77 88", "41445557788"), ("0041445557788", "41445557788"),
    ("+423 392 12 34", "4233921234"),
])
def test_private_single_account_uses_the_main_number_as_user_id(client, number, user_id):
    country = "LI" if user_id.startswith("423") else "CH"
    body = register_business(client, kind="private", structure="single", company_name=None,
                             main_number=number, country=country, address=address(country=country))
    assert body["account"]["user_id"] == user_id
    sign_in(client, number, "Muster-2026")


@pytest.mark.parametrize("number", ["+49 30 1234567", "+41 44 555", "", None, "hello"])
def test_single_account_needs_a_ch_or_li_number(client, number):
    r = register(client, kind="private", structure="single", company_name=None, main_number=number)
    assert r.status_code == 422
    assert (r.json()["field"], r.json()["rule"]) == ("main_number", "user_id.single_format")


def test_business_needs_a_company_name(client):
    for company in (None, "", "   "):
        r = register(client, company_name=company)
        assert r.status_code == 422
        assert (r.json()["field"], r.json()["rule"]) == ("company_name", "company_name.required")


def test_vat_number_is_optional_and_validated_for_the_country(client):
    assert register(client, vat_number="DE136695976", email="a@b.example").status_code == 422
    r = register(client, vat_number="CHE-116.281.711", email="a@b.example")
    assert (r.json()["field"], r.json()["rule"]) == ("vat_number", "vat_number.invalid")
    ok = register_business(client, vat_number="che116281710", email="c@b.example")
    assert ok["account"]["vat_number"] == "CHE-116.281.710 MWST"


@pytest.mark.parametrize(("country", "vat", "currency", "rate", "reverse"), [
    ("DE", "DE136695976", "EUR", "19", False),
    ("AT", None, "EUR", "20", False),
    ("FR", None, "EUR", "20", False),
    ("NL", "NL004495445B01", "EUR", "0", True),
    ("LI", None, "CHF", "8.1", False),
])
def test_country_decides_currency_and_vat(client, country, vat, currency, rate, reverse):
    body = register_business(client, country=country, vat_number=vat,
                             address=address(country=country))["account"]
    assert body["currency"] == currency
    assert Decimal(str(body["vat_rate_percent"])) == Decimal(rate)
    assert body["reverse_charge"] is reverse


def test_unsupported_countries_are_refused_for_the_account_and_the_address(client):
    r = register(client, country="US")
    assert (r.json()["field"], r.json()["rule"]) == ("country", "country.supported")
    r = register(client, address=address(country="US"))
    assert r.status_code == 422
    assert (r.json()["field"], r.json()["rule"]) == ("address.country", "country.supported")
    assert register(client, country="ch").status_code == 422


def test_password_rules_apply_and_each_failure_names_its_rule(client):
    r = register(client, password="muster")
    assert r.status_code == 422
    rules = {(e["field"], e["rule"]) for e in r.json()["errors"]}
    assert rules == {("password", "password.min_length"), ("password", "password.digit")}
    r = register(client, password="41445557788x", kind="private", structure="single",
                 company_name=None, main_number="41445557788")
    assert r.status_code == 202
    r = register(client, password="4144555778a", kind="private", structure="single",
                 company_name=None, main_number="4144555778", email="x@muster.example")
    assert r.json()["field"] == "main_number"


def test_password_equal_to_email_is_refused(client):
    r = register(client, email="eva1@muster.example", password="EVA1@muster.example")
    assert r.status_code == 422
    assert r.json()["errors"][0]["rule"] == "password.not_email"


def test_email_and_number_are_unique_and_nothing_is_created_twice(client, rt):
    register_business(client)
    r = register(client, email="EVA@Muster.example", password="Anders-2026")
    assert r.status_code == 202  # as for a new address; the owner is mailed instead
    assert mailbox(client, "eva@muster.example")[0]["kind"] == "registration_existing"
    register_business(client, kind="private", structure="single", company_name=None,
                      main_number="41445557788", email="p1@muster.example")
    r = register(client, kind="private", structure="single", company_name=None,
                 main_number="+41 44 555 77 88", email="p2@muster.example")
    assert r.status_code == 409 and r.json()["rule"] == "user_id.unique"
    with rt.sessions() as db:
        assert len(db.scalars(select(Account)).all()) == 2


def test_blank_names_are_refused(client):
    r = register(client, name="   ")
    assert r.status_code == 422 and r.json()["field"] == "name"


def test_a_refused_registration_changes_nothing(client, rt):
    register(client, password="short")
    register(client, company_name="")
    with rt.sessions() as db:
        assert db.scalars(select(Account)).all() == []
    assert client.get(f"{API}/sandbox/mailbox").json() == []


@pytest.fixture
def answering_like_production(db_url, tmp_path):
    """A provider answering registrations after the production floor (the suite uses none)."""
    from fastapi.testclient import TestClient

    from provider.api.app import create_app
    from provider.runtime import Runtime
    from tests.provider.conftest import make_settings

    rt = Runtime.create(make_settings(db_url, tmp_path / "floor", registration_answer_seconds=0.15))
    with TestClient(create_app(runtime=rt)) as c:
        yield c
    rt.close()


def test_a_known_address_gets_the_answer_of_a_new_one_in_the_same_time(answering_like_production):
    import statistics
    import time

    client = answering_like_production
    register_business(client, email="known@muster.example")
    known, new, answers = [], [], set()
    for n in range(50):
        for email, times in (("known@muster.example", known), (f"new{n}@muster.example", new)):
            started = time.perf_counter()
            r = register(client, email=email, password="Anders-2026")
            times.append(time.perf_counter() - started)
            answers.add((r.status_code, r.content, r.headers["content-type"]))
    assert len(answers) == 1 and next(iter(answers))[0] == 202
    # Both wait for the same floor: the medians differ by noise, not by the work done.
    assert abs(statistics.median(known) - statistics.median(new)) < 0.02, (
        statistics.median(known), statistics.median(new))
    assert min(known + new) >= 0.15
    mails = mailbox(client, "known@muster.example")
    assert [m["kind"] for m in mails].count("registration_existing") == 50
    assert "already" in mails[0]["body"] and "Anders-2026" not in mails[0]["body"]
