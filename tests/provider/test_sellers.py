"""The seller identity: served with every invoice as it was at issue (address, the registration the
invoice is under, the bank account of its currency), taken from the settings file, a changed file
making a new identity while issued invoices keep theirs; production without one issues nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from provider.domain.errors import RuleViolation
from provider.runtime import Runtime
from provider.services import invoicing
from tests.provider.conftest import make_settings
from tests.provider.test_invoice_payments import invoice, january_invoice, set_clock

SELLER_TOML = """name = "Fernsprech Werke GmbH"
street = "Hafenstrasse 9"
postal_code = "20457"
city = "Hamburg"
country = "DE"
email = "rechnung@fernsprech.example"
[vat]
DE = "DE136695976"
CH = "CHE-109.322.551 MWST"
[[bank_accounts]]
currency = "CHF"
iban = "CH44 3199 9123 0008 8901 2"
reference_type = "QRR"
[[bank_accounts]]
currency = "EUR"
iban = "DE02 1203 0000 0000 2020 51"
bic = "BYLADEM1001"
reference_type = "SCOR"
"""


def test_an_invoice_carries_its_seller_buyer_and_bank_account(client: TestClient, rt: Runtime,
                                                              seeded: list):
    acc, h, iid = january_invoice(client, rt)
    detail = invoice(client, h, acc, iid)
    seller = detail["seller"]
    assert (seller["name"], seller["city"], seller["country"]) == ("Switchboard AG", "Zürich", "CH")
    assert seller["vat_id"] == "CHE-109.322.551 MWST"  # a Swiss customer: the Swiss registration
    buyer = detail["buyer"]
    assert buyer["name"] == "Alpenblick Treuhand AG" and buyer["country"] == "CH"
    assert buyer["street"] and buyer["postal_code"] and buyer["city"]
    pi = detail["payment_instructions"]
    assert (pi["iban"], pi["reference_type"], pi["standard"]) == (
        "CH4431999123000889012", "QRR", "swiss_qr_bill")
    assert pi["creditor"]["name"] == "Switchboard AG"


def test_the_settings_file_makes_a_new_identity_and_issued_invoices_keep_theirs(
        client: TestClient, rt: Runtime, seeded: list, tmp_path: Path):
    acc, h, iid = january_invoice(client, rt)
    path = tmp_path / "seller.toml"
    path.write_text(SELLER_TOML, encoding="utf-8")
    rt.settings.seller_file = path
    rt.apply_seller()  # as a restart with the new file would
    h = set_clock(client, "2027-03-01T08:00:00+00:00")  # the clock's invoice run issues February's
    items = client.get(f"/api/v1/accounts/{acc}/invoices", headers=h).json()["items"]
    february = next(i for i in items if i["period"] == "2027-02")
    new = invoice(client, h, acc, february["id"])
    assert new["seller"]["name"] == "Fernsprech Werke GmbH"
    assert new["seller"]["vat_id"] == "CHE-109.322.551 MWST"
    assert new["payment_instructions"]["iban"] == "CH4431999123000889012"
    old = invoice(client, h, acc, iid)
    assert old["seller"]["name"] == "Switchboard AG"


def test_a_bad_settings_file_is_refused_with_every_reason(tmp_path: Path, db_url: str):
    path = tmp_path / "seller.toml"
    path.write_text(SELLER_TOML.replace("DE136695976", "DE136695977").replace('reference_type = "QRR"',
                                                                            'reference_type = "SCOR"'))
    with pytest.raises(RuleViolation) as caught:
        Runtime.create(make_settings(db_url, tmp_path / "data", seller_file=path))
    assert {e.field for e in caught.value.errors} >= {"vat.DE", "bank_accounts[0].reference_type"}


def test_production_without_a_seller_issues_nothing(tmp_path: Path, db_url: str):
    from provider.db.models import RecurringCharge

    prod = Runtime.create(make_settings(db_url, tmp_path / "data", sandbox=False))
    try:
        with prod.sessions() as db:
            from datetime import date
            from decimal import Decimal

            from provider.db.models import Account

            account = Account(user_id="99001", kind="business", structure="collective", name="X",
                              company_name="X AG", country="CH", currency="CHF", language="de",
                              status="active", is_reseller=False, created_at=prod.clock.now(db))
            db.add(account)
            db.flush()
            db.add(RecurringCharge(account_id=account.id, kind="users", product_code="pbx_basic",
                                   description="PBX Basic, per user", quantity=1,
                                   unit_monthly=Decimal("9.90"),
                                   currency="CHF", starts_on=date(2026, 1, 1)))
            db.commit()
        with pytest.raises(RuleViolation, match="SWITCHBOARD_SELLER_FILE"):
            invoicing.run_period(prod, 2026, 1)
    finally:
        prod.close()
