"""The account's Hosted PBX subscription: package and users, and changes to them
(docs/product-rules.md#monthly-invoicing).

Adding users bills them from the day they are created; an upgrade takes effect at once with the
price difference prorated to the end of the month; a downgrade, fewer users or a cancellation
waits for notice.effective_date() as a pending change that can be withdrawn until a job applies
it. A postpaid subscription bills through recurring charges (ended and restarted, never edited
for a billed day); a prepaid one (bought in the shop, issue 4) is adopted here: its added users
and upgrade differences go onto the next invoice as one-off items, and its renewals follow the
new package and user count.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from provider.db.models import (
    Account,
    AccountService,
    OneOffItem,
    PrepaidSubscription,
    RecurringCharge,
    Subscription,
    SubscriptionChange,
)
from provider.domain import catalog
from provider.domain.errors import Conflict, NotFound, RuleViolation
from provider.domain.money import to_money
from provider.domain.notice import effective_date
from provider.domain.proration import prorate_from, upgrade_difference
from provider.runtime import Runtime
from provider.services import price_book
from provider.services.owned import owned

CHANGE_KINDS = ("downgrade", "fewer_users", "cancel")


def _package(code: str) -> catalog.Product:
    prod = catalog.product(code)
    if prod is None or prod.kind is not catalog.Kind.PACKAGE:
        raise RuleViolation.at_field("product", "product.package", "Choose one of the PBX packages.")
    return prod


def _check_users(users: int, field: str = "users") -> None:
    if not 1 <= users <= catalog.MAX_USERS:
        raise RuleViolation.at_field(field, "users.range",
                                     f"Choose between 1 and {catalog.MAX_USERS} users.")


def current(db: Session, account: Account, now: datetime | None = None) -> Subscription | None:
    """The active subscription. Given `now` (a writing use case), adopts an active prepaid
    package bought in the shop that is not yet the account's subscription (provisioning adopts
    each new one: services/orders.py)."""
    sub = db.scalar(select(Subscription).where(Subscription.account_id == account.id))
    if sub is not None:
        return sub if sub.status == "active" else None
    prepaid = db.scalar(select(PrepaidSubscription).where(
        PrepaidSubscription.account_id == account.id,
        PrepaidSubscription.status.in_(("active", "grace"))).order_by(PrepaidSubscription.id.desc()))
    if prepaid is None or now is None:
        return None
    sub = Subscription(account_id=account.id, product_code=prepaid.product_code, users=prepaid.users,
                       currency=prepaid.currency, billing="prepaid", prepaid_subscription_id=prepaid.id,
                       status="active", started_on=prepaid.starts_at.date(), created_at=now,
                       updated_at=now)
    db.add(sub)
    db.flush()
    return sub


def _require(db: Session, account: Account, now: datetime) -> Subscription:
    sub = current(db, account, now)
    if sub is None:
        raise NotFound("Subscription")
    return sub


def view(db: Session, rt: Runtime, account: Account) -> tuple[Subscription | None,
                                                               list[SubscriptionChange]]:
    """The active subscription and its pending changes. Writes nothing: it answers reads on
    read-only sessions too (a package bought in the shop was adopted when provisioned)."""
    return current(db, account), pending(db, account)


def pending(db: Session, account: Account) -> list[SubscriptionChange]:
    return list(db.scalars(select(SubscriptionChange).where(
        SubscriptionChange.account_id == account.id, SubscriptionChange.status == "pending")
        .order_by(SubscriptionChange.id)))


def start(db: Session, rt: Runtime, account: Account, product_code: str, users: int) -> Subscription:
    """A postpaid subscription from today, billed monthly."""
    prod = _package(product_code)
    _check_users(users)
    now = rt.clock.now(db)
    existing = db.scalar(select(Subscription).where(Subscription.account_id == account.id))
    if current(db, account, now) is not None:
        raise Conflict("The account has a subscription; change it instead.", "product",
                       "subscription.exists")
    if existing is not None:  # a cancelled one: restart it
        sub = existing
        sub.product_code, sub.users, sub.status, sub.billing = prod.code, users, "active", "postpaid"
        sub.started_on, sub.ended_on, sub.updated_at = now.date(), None, now
    else:
        sub = Subscription(account_id=account.id, product_code=prod.code, users=users,
                           currency=account.currency, billing="postpaid", status="active",
                           started_on=now.date(), created_at=now, updated_at=now)
        db.add(sub)
    _open_users_row(db, account, prod, users, now.date())
    _set_service(db, account, prod.code, now)
    db.commit()
    return sub


def _open_users_row(db: Session, account: Account, prod: catalog.Product, users: int, on: date) -> None:
    db.add(RecurringCharge(account_id=account.id, kind="users", product_code=prod.code,
                           description=f"{prod.name}, per user", params={"product": prod.code},
                           quantity=users,
                           unit_monthly=price_book.for_account(db, account, on).price(prod).monthly,
                           currency=account.currency, starts_on=on, ends_on=None))


def _end_users_rows(db: Session, account_id: int, last_day: date) -> None:
    db.execute(update(RecurringCharge).where(
        RecurringCharge.account_id == account_id, RecurringCharge.kind == "users",
        RecurringCharge.ends_on.is_(None)).values(ends_on=last_day))


def _set_service(db: Session, account: Account, code: str, now: datetime) -> None:
    packages = [p.code for p in catalog.PRODUCTS if p.kind is catalog.Kind.PACKAGE]
    db.execute(update(AccountService).where(AccountService.account_id == account.id,
                                            AccountService.product.in_(packages),
                                            AccountService.product != code).values(status="ended"))
    has = db.scalar(select(AccountService).where(AccountService.account_id == account.id,
                                                 AccountService.product == code))
    if has is None:
        db.add(AccountService(account_id=account.id, product=code, status="active", started_at=now))
    else:
        has.status = "active"


def add_users(db: Session, rt: Runtime, account: Account, count: int) -> Subscription:
    _check_users(count, "count")
    now = rt.clock.now(db)
    sub = _require(db, account, now)
    if sub.users + count > catalog.MAX_USERS:
        raise RuleViolation.at_field("count", "users.range",
                                     f"A package has at most {catalog.MAX_USERS} users.")
    prod = _package(sub.product_code)
    today = now.date()
    monthly = price_book.for_account(db, account, today).price(prod).monthly
    if sub.billing == "postpaid":
        db.add(RecurringCharge(account_id=account.id, kind="users", product_code=prod.code,
                               description=f"{prod.name}, per user (added {today.isoformat()})",
                               params={"product": prod.code, "added": today.isoformat()},
                               quantity=count, unit_monthly=monthly, currency=sub.currency,
                               starts_on=today, ends_on=None))
    else:
        db.add(OneOffItem(account_id=account.id, amount=prorate_from(to_money(monthly * count), today),
                          description=f"{count} user(s) added to {prod.name} from {today.isoformat()}",
                          code="users_added",
                          params={"count": count, "product": prod.code, "from": today.isoformat()},
                          currency=sub.currency, occurred_on=today, created_at=now))
        _prepaid_follow(db, sub, users=sub.users + count)
    sub.users += count
    sub.updated_at = now
    db.commit()
    return sub


def _prepaid_follow(db: Session, sub: Subscription, *, users: int | None = None,
                    product_code: str | None = None, cancel: bool = False) -> None:
    prepaid = db.get(PrepaidSubscription, sub.prepaid_subscription_id)
    if prepaid is None:
        return
    if users is not None:
        prepaid.users = users
    if product_code is not None:
        prepaid.product_code = product_code
    if cancel:
        prepaid.auto_renew = False


def upgrade(db: Session, rt: Runtime, account: Account, product_code: str) -> Subscription:
    new = _package(product_code)
    now = rt.clock.now(db)
    sub = _require(db, account, now)
    old = _package(sub.product_code)
    if new.tier <= old.tier:
        raise RuleViolation.at_field("product", "upgrade.higher",
                                     f"An upgrade goes to a bigger package than {old.name}; a smaller "
                                     "one is a downgrade at the end of a month.")
    if any(c.kind in ("downgrade", "cancel") for c in pending(db, account)):
        raise Conflict("Withdraw the pending downgrade or cancellation first.", "product",
                       "subscription.change_pending")
    today = now.date()
    if sub.billing == "postpaid":
        _end_users_rows(db, account.id, today - timedelta(days=1))
        _open_users_row(db, account, new, sub.users, today)
    else:
        book = price_book.for_account(db, account, today)
        diff = upgrade_difference(book.price(old).monthly * sub.users,
                                  book.price(new).monthly * sub.users, today)
        db.add(OneOffItem(account_id=account.id, amount=diff, currency=sub.currency, occurred_on=today,
                          description=f"Upgrade {old.name} to {new.name}, {sub.users} user(s), "
                                      f"{today.isoformat()} to month end", code="upgrade",
                          params={"old": old.code, "new": new.code, "users": sub.users,
                                  "from": today.isoformat()}, created_at=now))
        _prepaid_follow(db, sub, product_code=new.code)
    sub.product_code, sub.updated_at = new.code, now
    _set_service(db, account, new.code, now)
    db.commit()
    return sub


def request_change(db: Session, rt: Runtime, account: Account, user_id: int | None, kind: str,
                   product_code: str | None, users: int | None) -> SubscriptionChange:
    now = rt.clock.now(db)
    sub = _require(db, account, now)
    if kind not in CHANGE_KINDS:
        raise RuleViolation.at_field("kind", "change.kind", "Choose downgrade, fewer_users or cancel.")
    open_changes = pending(db, account)
    if any(c.kind == "cancel" for c in open_changes):
        raise Conflict("A cancellation is pending; withdraw it first.", "kind",
                       "subscription.change_pending")
    if any(c.kind == kind for c in open_changes):
        raise Conflict("A change of this kind is pending; withdraw it first.", "kind",
                       "subscription.change_pending")
    if kind == "downgrade":
        new = _package(product_code or "")
        if new.tier >= _package(sub.product_code).tier:
            raise RuleViolation.at_field("product", "downgrade.lower",
                                         "A downgrade goes to a smaller package; a bigger one is an "
                                         "upgrade, at once.")
        product_code, users = new.code, None
    elif kind == "fewer_users":
        if users is None or not 1 <= users < sub.users:
            raise RuleViolation.at_field("users", "users.fewer",
                                         f"Choose between 1 and {sub.users - 1} users.")
        product_code = None
    else:
        product_code, users = None, None
    change = SubscriptionChange(account_id=account.id, kind=kind, product_code=product_code,
                                users=users, effective_on=effective_date(now.date()), status="pending",
                                requested_by=user_id, requested_at=now)
    db.add(change)
    db.commit()
    return change


def withdraw(db: Session, rt: Runtime, account: Account, change_id: int) -> SubscriptionChange:
    change = owned(db, SubscriptionChange, change_id, account, "Change")
    if change.status != "pending":
        raise Conflict("This change is no longer pending.", "change_id", "change.not_pending")
    change.status, change.decided_at = "withdrawn", rt.clock.now(db)
    db.commit()
    return change


def apply_due(rt: Runtime) -> int:
    """Job: apply pending changes whose effective date has passed (from the next day on)."""
    with rt.sessions() as db:
        today = rt.clock.now(db).date()
        ids = list(db.scalars(select(SubscriptionChange.id).where(
            SubscriptionChange.status == "pending", SubscriptionChange.effective_on < today)
            .order_by(SubscriptionChange.effective_on, SubscriptionChange.id)))
        db.commit()
    return sum(_apply_one(rt, cid) for cid in ids)


def _apply_one(rt: Runtime, change_id: int) -> int:
    with rt.sessions() as db:
        query = select(SubscriptionChange).where(SubscriptionChange.id == change_id,
                                                 SubscriptionChange.status == "pending")
        if db.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        change = db.scalar(query)
        if change is None:
            return 0
        now = rt.clock.now(db)
        account = db.get(Account, change.account_id)
        sub = db.scalar(select(Subscription).where(Subscription.account_id == change.account_id))
        assert account is not None
        change.status, change.decided_at = "applied", now
        if sub is None or sub.status != "active":
            db.commit()
            return 1
        last_day, next_day = change.effective_on, change.effective_on + timedelta(days=1)
        if change.kind == "cancel":
            if sub.billing == "postpaid":
                _end_users_rows(db, account.id, last_day)
            else:
                _prepaid_follow(db, sub, cancel=True)
            sub.status, sub.ended_on = "cancelled", last_day
            db.execute(update(AccountService).where(AccountService.account_id == account.id,
                                                    AccountService.product == sub.product_code)
                       .values(status="ended"))
        else:
            if change.kind == "downgrade" and change.product_code:
                sub.product_code = change.product_code
                _set_service(db, account, change.product_code, now)
            if change.kind == "fewer_users" and change.users:
                sub.users = min(sub.users, change.users)
            if sub.billing == "postpaid":
                _end_users_rows(db, account.id, last_day)
                _open_users_row(db, account, _package(sub.product_code), sub.users, next_day)
            else:
                _prepaid_follow(db, sub, users=sub.users, product_code=sub.product_code)
        sub.updated_at = now
        db.commit()
        return 1
