"""Prepaid subscriptions and their automatic prolongation (docs/product-rules.md#automatic-prolongation).

When a subscription expires it is renewed for the same duration: from the prepaid credit when
that covers the price, otherwise from the default saved card; when neither works it enters 7
days of grace, then it is suspended. Each outcome is e-mailed. A renewal of period N carries the
unique key "renewal:<id>:<N>" (ledger reference and payment key), so two job runs at once
renew once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session

from provider.db.models import Account, AccountService, Payment, PrepaidSubscription, SavedCard
from provider.domain import catalog
from provider.domain.money import Totals, totals
from provider.domain.periods import add_months
from provider.payments.gateway import ChargeResult
from provider.runtime import Runtime
from provider.services import ledger, price_book, receipts, settlement
from provider.services.cart import treatment_of
from provider.services.owned import owned
from provider.services.payment_flow import charge_and_settle, pending_card_payment

GRACE = timedelta(days=7)


def renewal_price(account: Account, sub: PrepaidSubscription) -> Totals:
    """The next period at the prices in effect on the day it starts (a reseller's customer: the
    reseller's retail price then)."""
    prod = catalog.BY_CODE[sub.product_code]
    db = object_session(account)
    book = price_book.for_account(db, account, sub.ends_at.date()) if db else price_book.LIST[sub.currency]
    net = book.item_net(prod, sub.users, sub.months)
    return totals([net], treatment_of(account).rate_percent)


def list_for(db: Session, account: Account) -> list[PrepaidSubscription]:
    return list(db.scalars(select(PrepaidSubscription).where(
        PrepaidSubscription.account_id == account.id).order_by(PrepaidSubscription.id)))


def set_auto_renew(db: Session, account: Account, sub_id: int, auto_renew: bool) -> PrepaidSubscription:
    sub = owned(db, PrepaidSubscription, sub_id, account, "Subscription")
    sub.auto_renew = auto_renew
    db.commit()
    return sub


def prolong_due(rt: Runtime) -> int:
    with rt.sessions() as db:
        now = rt.clock.now(db)
        ids = list(db.scalars(select(PrepaidSubscription.id).where(
            PrepaidSubscription.status.in_(("active", "grace")), PrepaidSubscription.auto_renew,
            PrepaidSubscription.ends_at <= now).order_by(PrepaidSubscription.id)))
        db.commit()
    return sum(prolong_one(rt, sid) for sid in ids)


def prolong_one(rt: Runtime, sub_id: int) -> int:
    """Renew, charge, enter grace or suspend one subscription; 1 when something happened."""
    with rt.sessions() as db:
        account_id = db.scalar(select(PrepaidSubscription.account_id)
                               .where(PrepaidSubscription.id == sub_id))
        ledger.lock_account(db, account_id)  # type: ignore[arg-type]
        sub = db.get(PrepaidSubscription, sub_id, populate_existing=True)
        account = db.get(Account, account_id)
        assert sub is not None and account is not None
        now = rt.clock.now(db)
        if sub.status not in ("active", "grace") or sub.ends_at > now or not sub.auto_renew:
            return 0
        name = catalog.BY_CODE[sub.product_code].name
        if sub.status == "grace" and sub.grace_until is not None and sub.grace_until <= now:
            sub.status = "suspended"
            db.execute(update(AccountService).where(
                AccountService.account_id == account.id,
                AccountService.product == sub.product_code).values(status="suspended"))
            receipts.notify(db, account.id, "suspended", now, product=name,
                            date=now.strftime("%Y-%m-%d"))
            db.commit()
            rt.mail.kick()
            return 1
        price = renewal_price(account, sub)
        key = f"renewal:{sub.id}:{sub.period + 1}"
        if ledger.balance(db, account.id) >= price.gross:
            payment = Payment(account_id=account.id, key=key, purpose="renewal", method="credit",
                              status="succeeded", amount=price.gross, currency=sub.currency,
                              subscription_id=sub.id, created_at=now, settled_at=now)
            db.add(payment)
            ledger.post(db, account, "renewal", -price.gross, f"Renewal of {name}", key, now)
            _extend(db, sub, payment, now, "prepaid credit")
            return _commit(db, rt)
        card = db.scalar(select(SavedCard).where(
            SavedCard.account_id == account.id, SavedCard.is_default, SavedCard.removed_at.is_(None),
            SavedCard.verified_at.is_not(None)))
        tried = db.scalar(select(Payment.id).where(Payment.key == key))
        if card is not None and tried is None:
            payment = pending_card_payment(card, key, "renewal", price.gross, sub.currency, now,
                                           subscription_id=sub.id)
            db.add(payment)
            if not _commit(db, rt):
                return 0
            charge_and_settle(rt, payment.id)
            return 1
        if sub.status == "active":
            _enter_grace(db, sub, price.gross, "no saved card" if card is None else "card failed",
                         now)
            return _commit(db, rt)
        return 0


def _commit(db: Session, rt: Runtime) -> int:
    try:
        db.commit()
    except IntegrityError:  # another run renewed this period at the same moment
        db.rollback()
        return 0
    rt.mail.kick()
    return 1


def _extend(db: Session, sub: PrepaidSubscription, payment: Payment, now: datetime,
            source: str) -> None:
    sub.period += 1
    sub.starts_at = sub.ends_at
    sub.ends_at = add_months(sub.ends_at, sub.months)
    sub.status, sub.grace_until = "active", None
    db.execute(update(AccountService).where(
        AccountService.account_id == sub.account_id,
        AccountService.product == sub.product_code).values(status="active"))
    receipts.notify(db, sub.account_id, "renewed", now,
                    product=catalog.BY_CODE[sub.product_code].name, users=sub.users,
                    months=sub.months, until=sub.ends_at.strftime("%Y-%m-%d"),
                    currency=payment.currency, amount=payment.amount, source=source)


def _enter_grace(db: Session, sub: PrepaidSubscription, amount: object, reason: str,
                 now: datetime) -> None:
    sub.status = "grace"
    sub.grace_until = sub.ends_at + GRACE
    receipts.notify(db, sub.account_id, "renewal_grace", now,
                    product=catalog.BY_CODE[sub.product_code].name,
                    ended=sub.ends_at.strftime("%Y-%m-%d"), currency=sub.currency, amount=amount,
                    reason=reason, grace_until=sub.grace_until.strftime("%Y-%m-%d %H:%M"))


def renewal_paid(db: Session, rt: Runtime, payment: Payment, result: ChargeResult,
                 now: datetime) -> None:
    sub = db.get(PrepaidSubscription, payment.subscription_id)
    assert sub is not None
    if payment.key == f"renewal:{sub.id}:{sub.period + 1}":
        _extend(db, sub, payment, now, payment.card_label or "card")


def renewal_failed(db: Session, rt: Runtime, payment: Payment, result: ChargeResult,
                   now: datetime) -> None:
    sub = db.get(PrepaidSubscription, payment.subscription_id)
    assert sub is not None
    if sub.status == "active":
        _enter_grace(db, sub, payment.amount, result.failure_message or "card failed", now)


settlement.register("renewal", renewal_paid, renewal_failed)
