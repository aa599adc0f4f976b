"""Resellers for the provider's tests: the account made directly in the database, as the operator
sets one up (resellers do not sign up), with an owner who signs in with the demo password; and
its customers, registered over the API by the reseller's staff."""

from __future__ import annotations

from fastapi.testclient import TestClient

from provider.db.models import Account, User
from provider.runtime import Runtime
from provider.seed import DEMO_PASSWORD
from tests.provider.conftest import API, registration


def add_reseller(rt: Runtime, user_id: str, owner_email: str, name: str, company_name: str,
                 language: str = "en") -> int:
    """An active Swiss reseller account (CHF) with its owner; the account's id."""
    with rt.sessions() as db:
        now = rt.clock.now(db)
        account = Account(user_id=user_id, kind="business", structure="collective", name=name,
                          company_name=company_name, country="CH", currency="CHF", language=language,
                          status="active", is_reseller=True, created_at=now)
        db.add(account)
        db.flush()
        db.add(User(account_id=account.id, email=owner_email, name="Owner", role="owner",
                    password_hash=rt.hashing.hash(DEMO_PASSWORD), created_at=now, password_changed_at=now))
        db.commit()
        return account.id


def add_customer(client: TestClient, reseller: int, headers: dict[str, str], email: str) -> int:
    """A business customer of the reseller, named after the e-mail's domain; its account id."""
    r = client.post(f"{API}/accounts/{reseller}/customers", headers=headers,
                    json=registration(email=email, company_name=email.split("@")[1]))
    assert r.status_code == 201, r.text
    return int(r.json()["id"])
