"""What adding users or an upgrade will cost, before the customer confirms
(docs/product-rules.md#subscription-changes).

The same rules and the same proration as provider.services.postpaid, without changing anything:
users added today are billed from today to the month's end; an upgrade costs the price
difference for all users from today to the month's end. Amounts are net (VAT comes on the
invoice) and the monthly fee after the change is given so the customer sees both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from provider.db.models import Account
from provider.domain import catalog
from provider.domain.errors import Conflict, RuleViolation
from provider.domain.money import to_money
from provider.domain.proration import days_in_month, prorate_from, upgrade_difference
from provider.runtime import Runtime
from provider.services import postpaid, price_book


@dataclass(frozen=True)
class Quote:
    action: str
    product_code: str
    users: int
    currency: str
    amount: Decimal        # net, charged for first_day..last_day
    first_day: date
    last_day: date
    monthly_before: Decimal
    monthly_after: Decimal


def quote(db: Session, rt: Runtime, account: Account, action: str, count: int | None,
          product_code: str | None) -> Quote:
    now = rt.clock.now(db)
    sub = postpaid._require(db, account, now)
    old = postpaid._package(sub.product_code)
    today = now.date()
    month_end = today.replace(day=days_in_month(today))
    book = price_book.for_account(db, account, today)
    before = to_money(book.price(old).monthly * sub.users)
    if action == "add_users":
        if count is None:
            raise RuleViolation.at_field("count", "required", "Say how many users to add.")
        postpaid._check_users(count, "count")
        if sub.users + count > catalog.MAX_USERS:
            raise RuleViolation.at_field("count", "users.range",
                                         f"A package has at most {catalog.MAX_USERS} users.")
        unit = book.price(old).monthly
        amount = prorate_from(to_money(unit * count), today)
        after = to_money(unit * (sub.users + count))
        db.rollback()  # current() may have adopted a prepaid package: a quote changes nothing
        return Quote(action, old.code, sub.users + count, sub.currency, amount, today, month_end,
                     before, after)
    if action != "upgrade":
        raise RuleViolation.at_field("action", "quote.action", "Choose add_users or upgrade.")
    new = postpaid._package(product_code or "")
    if new.tier <= old.tier:
        raise RuleViolation.at_field("product", "upgrade.higher",
                                     f"An upgrade goes to a bigger package than {old.name}; a smaller "
                                     "one is a downgrade at the end of a month.")
    if any(c.kind in ("downgrade", "cancel") for c in postpaid.pending(db, account)):
        raise Conflict("Withdraw the pending downgrade or cancellation first.", "product",
                       "subscription.change_pending")
    after = to_money(book.price(new).monthly * sub.users)
    amount = upgrade_difference(before, after, today)
    db.rollback()
    return Quote(action, new.code, sub.users, sub.currency, amount, today, month_end, before, after)
