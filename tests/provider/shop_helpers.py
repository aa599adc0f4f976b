"""Helpers for the money-path tests: cards through the sandbox gateway, carts, checkouts."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from provider.db.models import BillingAddress, User
from provider.runtime import Runtime

API = "/api/v1"
GATEWAY = "/gateway/v1"
OK_CARD = "4242 4242 4242 4242"
DECLINED_CARD = "4000 0000 0000 0002"
NO_FUNDS_CARD = "4000 0000 0000 9995"
OWNER = "owner@alpenblick.example"


def account_of(rt: Runtime, email: str) -> tuple[int, int]:
    """(account id, default billing address id) of the user with this e-mail."""
    with rt.sessions() as db:
        user = db.scalar(select(User).where(User.email == email))
        assert user is not None
        address = db.scalar(select(BillingAddress.id).where(
            BillingAddress.account_id == user.account_id, BillingAddress.is_default))
        return user.account_id, address  # type: ignore[return-value]


def card_token(client: TestClient, number: str = OK_CARD, exp_year: int = 2099,
               exp_month: int = 12) -> str:
    r = client.post(f"{GATEWAY}/tokens", json={"number": number, "exp_month": exp_month,
                                                "exp_year": exp_year, "cvc": "123"})
    assert r.status_code == 201, r.text
    return r.json()["token"]


def save_card(client: TestClient, headers: dict[str, str], account_id: int,
              number: str = OK_CARD, **kw: Any) -> dict[str, Any]:
    r = client.post(f"{API}/accounts/{account_id}/cards",
                    json={"token": card_token(client, number, **kw)}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def add_item(client: TestClient, headers: dict[str, str], account_id: int, product: str,
             **fields: Any) -> dict[str, Any]:
    r = client.post(f"{API}/accounts/{account_id}/cart/items", json={"product": product, **fields},
                    headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def checkout(client: TestClient, headers: dict[str, str], account_id: int, address_id: int,
             payment: dict[str, Any], key: str | None = None, **extra: Any) -> Any:
    return client.post(f"{API}/accounts/{account_id}/checkout",
                       json={"billing_address_id": address_id, "payment": payment, **extra},
                       headers={**headers, "Idempotency-Key": key or uuid.uuid4().hex})


def balance(rt: Runtime, account_id: int) -> str:
    from provider.services.ledger import balance as ledger_balance

    with rt.sessions() as db:
        return str(ledger_balance(db, account_id))


def advance(client: TestClient, **delta: int) -> None:
    r = client.post(f"{API}/sandbox/clock/advance", json=delta)
    assert r.status_code == 200, r.text
