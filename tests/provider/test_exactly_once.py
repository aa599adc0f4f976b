"""Exactly once under concurrency, on PostgreSQL (threads with their own sessions and
connections, released together): usage debits crossing the top-up threshold, retries of one
checkout, and two prolongation runs at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from provider.db.models import Account, GatewayCharge, LedgerEntry, Order, Payment, PrepaidSubscription
from provider.runtime import Runtime
from provider.services import autotopup, cart, checkout, prepaid_subscriptions, usage
from tests.provider.databases import Databases
from tests.provider.money_fixtures import (
    all_at_once,
    balance_and_sum,
    credit,
    customer,
    fast_runtime,
    subscription,
)


@pytest.fixture
def pg_rt(databases: Databases, tmp_path: Path) -> Iterator[Runtime]:
    db = databases.get("postgresql", "exactly_once")
    db.empty()
    yield from fast_runtime(db.url, tmp_path / "data")


def count(rt: Runtime, model: type, *where: object) -> int:
    with rt.sessions() as db:
        return db.scalar(select(func.count()).select_from(model).where(*where))  # type: ignore[arg-type]


def test_50_concurrent_debits_crossing_the_threshold_charge_one_top_up(pg_rt: Runtime) -> None:
    rt = pg_rt
    c = customer(rt)
    credit(rt, c.account_id, "100.00", "start")
    with rt.sessions() as db:
        autotopup.configure(db, rt, c.account(rt), True, Decimal("50.00"), Decimal("100.00"), c.card_id)

    def debit(i: int) -> Decimal:
        with rt.sessions() as db:
            acc = db.get(Account, c.account_id)
            assert acc is not None
            return usage.debit(db, rt, acc, Decimal("2.00"), f"call {i}", f"call-{i}").balance

    results = all_at_once(50, debit)
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert count(rt, GatewayCharge) == 1
    assert count(rt, Payment, Payment.purpose == "top_up") == 1
    assert count(rt, LedgerEntry, LedgerEntry.kind == "usage") == 50
    # 100 - 50 x 2 + one top-up of 100; the balance is the sum of the entries.
    assert balance_and_sum(rt, c.account_id) == (Decimal("100.00"), Decimal("100.00"))
    # Retrying one debit with its key books nothing new.
    with rt.sessions() as db:
        again = usage.debit(db, rt, c.account(rt), Decimal("2.00"), "call 7", "call-7")
    assert again.replayed and count(rt, LedgerEntry, LedgerEntry.kind == "usage") == 50


def test_20_concurrent_retries_of_one_checkout_make_one_order_and_one_charge(pg_rt: Runtime) -> None:
    rt = pg_rt
    c = customer(rt)
    with rt.sessions() as db:
        cart.add_item(db, rt, c.account(rt), "pbx_premium", 4, 12, None)
        cart.add_item(db, rt, c.account(rt), "terminal_d785", 4, None, None)
        from provider.db.models import BillingAddress

        address = db.scalar(select(BillingAddress.id).where(BillingAddress.account_id == c.account_id))
    body = {"billing_address_id": address, "payment": {"method": "card", "card_id": c.card_id,
                                                       "card_token": None, "save_card": False},
            "expected_gross": None}

    def pay(_: int) -> tuple[int, dict]:
        with rt.sessions() as db:
            answer = checkout.checkout(db, rt, c.account(rt), c.user_id, "one-key", body)
            return answer.status, answer.body

    results = all_at_once(20, pay)
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert {r[0] for r in results} == {201}  # type: ignore[index]
    assert len({str(r[1]) for r in results}) == 1  # every retry got the very same answer
    assert count(rt, Order) == 1
    assert count(rt, GatewayCharge) == 1
    assert count(rt, Payment, Payment.status == "succeeded") == 1


def test_two_prolongation_runs_at_once_renew_once(pg_rt: Runtime) -> None:
    rt = pg_rt
    c = customer(rt)
    credit(rt, c.account_id, "100.00", "start")
    with rt.sessions() as db:
        now = rt.clock.now(db)
    sub_id = subscription(rt, c.account_id, now - timedelta(minutes=1))
    results = all_at_once(2, lambda _: prepaid_subscriptions.prolong_due(rt))
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert sorted(results) == [0, 1]  # type: ignore[type-var]
    with rt.sessions() as db:
        sub = db.get(PrepaidSubscription, sub_id)
        assert sub is not None and sub.period == 2 and sub.ends_at > now
    # 2 users x 9.90 = 19.80 + 8.1 % VAT 1.60 = 21.40 from the credit.
    assert count(rt, LedgerEntry, LedgerEntry.kind == "renewal") == 1
    assert balance_and_sum(rt, c.account_id)[0] == Decimal("78.60")


def test_two_prolongation_runs_at_once_charge_the_card_once(pg_rt: Runtime) -> None:
    rt = pg_rt
    c = customer(rt)  # no credit: the renewal goes to the default card
    with rt.sessions() as db:
        now = rt.clock.now(db)
    sub_id = subscription(rt, c.account_id, now - timedelta(minutes=1))
    results = all_at_once(2, lambda _: prepaid_subscriptions.prolong_due(rt))
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert count(rt, GatewayCharge) == 1
    with rt.sessions() as db:
        sub = db.get(PrepaidSubscription, sub_id)
        assert sub is not None and sub.period == 2 and sub.status == "active"


def test_run_jobs_from_two_hosts_at_once_provisions_once(pg_rt: Runtime) -> None:
    """`switchboard-provider run-jobs` twice at the same moment, as two hosts' cron would."""
    import os
    import subprocess
    import sys
    from pathlib import Path as P

    from provider.db.models import BillingAddress

    rt = pg_rt
    c = customer(rt)
    with rt.sessions() as db:
        cart.add_item(db, rt, c.account(rt), "pbx_business", 3, 1, None)
        address = db.scalar(select(BillingAddress.id).where(BillingAddress.account_id == c.account_id))
    with rt.sessions() as db:
        answer = checkout.checkout(db, rt, c.account(rt), c.user_id, "k", {
            "billing_address_id": address, "payment": {"method": "card", "card_id": c.card_id}})
    order_id = answer.body["order"]["id"]
    with rt.sessions() as db:
        order = db.get(Order, order_id)
        assert order is not None and order.status == "paid"
        order.provisioning_due_at = rt.clock.now(db) - timedelta(minutes=1)
        db.commit()
    exe = P(sys.executable).with_name("switchboard-provider")
    env = {**os.environ, "SWITCHBOARD_DATA_DIR": str(rt.settings.data_dir)}
    procs = [subprocess.Popen([str(exe), "run-jobs", "--sandbox", "--db", rt.settings.database_url or ""],
                              env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=60)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    assert all("provisioning:" in out and "FAILED" not in out for out in outputs), outputs
    with rt.sessions() as db:
        order = db.get(Order, order_id)
        assert order is not None and order.status == "completed"
    assert count(rt, PrepaidSubscription) == 1
