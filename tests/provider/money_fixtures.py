"""Service-level setup for the money-path tests: a runtime on a chosen backend and an account
with a saved card, built through the real services (no HTTP needed for concurrency tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from threading import Barrier
from typing import TypeVar

from sqlalchemy import func, select

from provider.db.models import Account, LedgerEntry, PrepaidSubscription
from provider.payments.registry import sandbox_gateway
from provider.runtime import Runtime
from provider.services import accounts, cards, ledger
from tests.provider.conftest import make_settings

T = TypeVar("T")


@dataclass
class Customer:
    account_id: int
    user_id: int
    card_id: int

    def account(self, rt: Runtime) -> Account:
        with rt.sessions() as db:
            acc = db.get(Account, self.account_id)
            assert acc is not None
            return acc


def fast_runtime(db_url: str, data_dir: Path) -> Iterator[Runtime]:
    rt = Runtime.create(make_settings(db_url, data_dir, argon2_time_cost=1, argon2_memory_kib=8192))
    yield rt
    rt.close()


def customer(rt: Runtime, email: str = "shop@muster.example", card: str = "4242424242424242",
             country: str = "CH") -> Customer:
    reg = accounts.Registration(
        kind="business", structure="collective", email=email, password="Muster-2026",
        name="Eva Muster", country=country, language="en", company_name="Muster AG",
        address=accounts.AddressInput(name="Eva Muster", street="Weg 1", postal_code="3000",
                                      city="Bern", country=country))
    with rt.sessions() as db:
        account, user = accounts.register(db, rt, reg)
    info = sandbox_gateway(rt).tokenize(card, 12, 2099, "123")
    with rt.sessions() as db:
        acc = db.get(Account, account.id)
        assert acc is not None
        saved = cards.add_card(db, rt, acc, info.token, True)
    return Customer(account.id, user.id, saved.id)


def credit(rt: Runtime, account_id: int, amount: str, reference: str) -> None:
    with rt.sessions() as db:
        acc = db.get(Account, account_id)
        assert acc is not None
        ledger.post(db, acc, "top_up", Decimal(amount), "Test credit", reference, rt.clock.now(db))
        db.commit()


def balance_and_sum(rt: Runtime, account_id: int) -> tuple[Decimal, Decimal]:
    with rt.sessions() as db:
        total = db.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0))
                          .where(LedgerEntry.account_id == account_id))
        return ledger.balance(db, account_id), Decimal(str(total))


def subscription(rt: Runtime, account_id: int, ends_at: datetime, product: str = "pbx_basic",
                 users: int = 2, months: int = 1) -> int:
    with rt.sessions() as db:
        sub = PrepaidSubscription(account_id=account_id, product_code=product, users=users,
                                  months=months, currency="CHF", status="active", auto_renew=True,
                                  starts_at=ends_at - timedelta(days=30), ends_at=ends_at, period=1,
                                  created_at=ends_at - timedelta(days=30))
        db.add(sub)
        db.commit()
        return sub.id


def all_at_once(n: int, work: Callable[[int], T]) -> list[T | BaseException]:
    """Run work(0..n-1) on n threads released together; results or exceptions, in order."""
    import threading

    barrier = Barrier(n)
    results: list[T | BaseException] = [RuntimeError("not run")] * n

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = work(i)
        except BaseException as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results
