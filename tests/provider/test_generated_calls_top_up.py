"""Calls from the sandbox generator are usage like any debit: when they take a prepaid balance
below the automatic top-up threshold, exactly one top-up is charged."""

from __future__ import annotations

from fastapi.testclient import TestClient

from provider.runtime import Runtime
from tests.provider.conftest import sign_in
from tests.provider.shop_helpers import API, balance, save_card

PASSWORD = "Blue-Tarif-2026"


def _register(client: TestClient) -> tuple[dict[str, str], int]:
    body = {"kind": "business", "structure": "collective", "email": "calls@weber.example",
            "password": PASSWORD, "name": "Jonas Weber", "country": "DE", "company_name": "Weber GmbH",
            "address": {"name": "Jonas Weber", "street": "Hafenweg 3", "postal_code": "20457",
                        "city": "Hamburg", "country": "DE"}}
    r = client.post(f"{API}/accounts", json=body)
    assert r.status_code == 202, r.text
    h = sign_in(client, "calls@weber.example", PASSWORD)
    return h, int(client.get(f"{API}/me", headers=h).json()["account"]["id"])


def test_generated_calls_crossing_the_threshold_top_up_once(client: TestClient, rt: Runtime) -> None:
    h, acc = _register(client)
    card = save_card(client, h, acc)
    r = client.put(f"{API}/accounts/{acc}/auto-top-up", headers=h,
                   json={"enabled": True, "threshold": "0.00", "amount": "50.00", "card_id": card["id"]})
    assert r.status_code == 200 and balance(rt, acc) == "0.00"
    for seed in (1, 2):  # the second batch leaves the balance above the threshold: no second top-up
        r = client.post(f"{API}/sandbox/calls", json={"account_id": acc, "count": 30, "seed": seed})
        assert r.status_code == 201, r.text
    payments = client.get(f"{API}/accounts/{acc}/payments", headers=h).json()
    # 50.00 of credit plus German VAT (a German business without a VAT number: 19 %), as in the shop
    assert [(p["purpose"], p["amount"]) for p in payments] == [("top_up", "59.50")]
    entries = client.get(f"{API}/accounts/{acc}/ledger", headers=h).json()
    assert sorted(e["kind"] for e in entries) == ["top_up", "usage", "usage"]
