"""The reseller dashboard's read beyond margins (tests/provider/test_wholesale_statement.py has
those): customers lost when closed, and failing payments by reason, one row per customer, a
card payment that failed but was followed by one that went through not counted."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from fastapi.testclient import TestClient

from provider.db.models import Account, AutoTopUp, Payment
from provider.runtime import Runtime
from tests.provider.conftest import API, sign_in
from tests.provider.reseller_support import add_customer
from tests.provider.test_retail_prices import _reseller


def _card_payment(db, account_id: int, n: int, status: str, when) -> None:  # type: ignore[no-untyped-def]
    db.add(Payment(account_id=account_id, key=f"test:card:{account_id}:{n}", purpose="top_up", method="card",
                   status=status, amount=Decimal("50.00"), currency="CHF", created_at=when,
                   failure_code="card_declined" if status == "failed" else None))


def test_lost_customers_and_failing_payments(client: TestClient, rt: Runtime) -> None:
    a = _reseller(rt, 1)
    ha = sign_in(client, "owner@retail1.example")
    closed, declined, recovered, topup = (add_customer(client, a, ha, f"boss@c{i}.example") for i in range(4))
    with rt.sessions() as db:
        now = rt.clock.now(db)
        gone = db.get(Account, closed)
        assert gone is not None
        gone.status, gone.closed_at = "closed", now
        _card_payment(db, declined, 1, "failed", now - timedelta(days=2))
        _card_payment(db, recovered, 1, "failed", now - timedelta(days=3))
        _card_payment(db, recovered, 2, "succeeded", now - timedelta(days=1))
        _card_payment(db, topup, 1, "failed", now - timedelta(days=60))  # too long ago to count
        db.add(AutoTopUp(account_id=topup, enabled=True, threshold=Decimal("5.00"), amount=Decimal("20.00"),
                         failures=2, attempts=2, updated_at=now))
        db.commit()
    dash = client.get(f"{API}/accounts/{a}/reseller-dashboard", headers=ha).json()
    this_month = f"{now:%Y-%m}"
    (month,) = [c for c in dash["customers"] if c["period"] == this_month]
    assert month == {"period": this_month, "won": 4, "lost": 1}
    assert dash["active_customers"] == 3
    reasons = {f["account_id"]: f["reason"] for f in dash["failing_payments"]}
    assert reasons == {declined: "card_failed", topup: "top_up_failed"}
    (card,) = [f for f in dash["failing_payments"] if f["account_id"] == declined]
    assert Decimal(card["amount"]) == Decimal("50.00") and card["currency"] == "CHF"
    assert dash["margin"] == [] and dash["top_customers"] == []  # nothing invoiced yet
