"""Bulk job: the same automatic top-up settings for a selection of customers
(docs/resellers.md#bulk-top-up), each customer in its own transaction with its own result.

The whole request is checked before any customer is touched: amounts out of range, a customer id
that is not the reseller's, the same customer twice refuse it all. What can fail for one
customer only (no saved card to charge) is that customer's result; the others go ahead. A job
cut short (the provider stopped) is finished by sending the same request with the same key."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, AutoTopUp, BulkJob, SavedCard
from provider.domain.catalog import CREDIT_MAX, CREDIT_MIN
from provider.domain.errors import FieldError, RuleViolation
from provider.runtime import Runtime
from provider.services import autotopup, bulk_jobs, cards
from provider.services.bulk_jobs import NewItem

MAX_CUSTOMERS = 2000


def start(
    db: Session,
    rt: Runtime,
    reseller: Account,
    user_id: int,
    key: str | None,
    customer_ids: list[int],
    enabled: bool,
    threshold: Decimal,
    amount: Decimal,
) -> bulk_jobs.Started:
    _check(db, reseller, customer_ids, threshold, amount)
    params = {
        "customer_ids": customer_ids,
        "enabled": enabled,
        "threshold": str(threshold),
        "amount": str(amount),
    }
    started = bulk_jobs.start(
        db, rt, reseller, user_id, "auto_top_up", key, params, lambda: _items(db, customer_ids)
    )
    if started.job.status == "running":  # new, or cut short before: what is pending is done now
        _run(db, rt, reseller, started.job, enabled, threshold, amount)
    return started


def _items(db: Session, customer_ids: list[int]) -> list[NewItem]:
    names = {
        a.id: (a.user_id, a.company_name or a.name)
        for a in db.scalars(select(Account).where(Account.id.in_(customer_ids)))
    }
    return [NewItem(c, {"user_id": names[c][0], "name": names[c][1]}) for c in customer_ids]


def _check(
    db: Session, reseller: Account, customer_ids: list[int], threshold: Decimal, amount: Decimal
) -> None:
    errors: list[FieldError] = []
    if not customer_ids or len(customer_ids) > MAX_CUSTOMERS:
        errors.append(
            FieldError("customer_ids", "customer_ids.count", f"Choose from 1 to {MAX_CUSTOMERS} customers.")
        )
    elif len(set(customer_ids)) != len(customer_ids):
        errors.append(FieldError("customer_ids", "customer_ids.unique", "Each customer only once."))
    else:
        mine = set(
            db.scalars(
                select(Account.id).where(Account.id.in_(customer_ids), Account.reseller_id == reseller.id)
            )
        )
        strangers = [c for c in customer_ids if c not in mine]
        if strangers:  # the same words for an id that does not exist: nothing to enumerate
            shown = ", ".join(str(c) for c in strangers[:10])
            errors.append(FieldError("customer_ids", "customer.unknown", f"Not customers of yours: {shown}."))
    if threshold < 0 or threshold != threshold.quantize(Decimal("0.01")) or threshold > CREDIT_MAX:
        errors.append(
            FieldError("threshold", "threshold.range", f"The threshold is an amount from 0 to {CREDIT_MAX}.")
        )
    if not CREDIT_MIN <= amount <= CREDIT_MAX or amount != amount.quantize(Decimal("0.01")):
        errors.append(
            FieldError(
                "amount", "amount.range", f"The top-up amount is between {CREDIT_MIN} and {CREDIT_MAX}."
            )
        )
    if errors:
        raise RuleViolation("validation", errors[0].message, 422, errors)


def card_for(db: Session, customer: Account) -> int | None:
    """The card the customer's top-up uses: the one chosen before while it is usable, else the
    customer's default saved card."""
    row = db.get(AutoTopUp, customer.id)
    if row is not None and cards.usable(db, customer, row.card_id) is not None:
        return row.card_id
    return db.scalar(
        select(SavedCard.id)
        .where(
            SavedCard.account_id == customer.id,
            SavedCard.removed_at.is_(None),
            SavedCard.verified_at.is_not(None),
        )
        .order_by(SavedCard.is_default.desc(), SavedCard.id.desc())
        .limit(1)
    )


def _run(
    db: Session,
    rt: Runtime,
    reseller: Account,
    job: BulkJob,
    enabled: bool,
    threshold: Decimal,
    amount: Decimal,
) -> None:
    for item in bulk_jobs.items(db, job, "pending"):
        customer_id = item.customer_id
        assert customer_id is not None
        customer = db.get(Account, customer_id)
        assert customer is not None and customer.reseller_id == reseller.id
        message = None
        if enabled and card_for(db, customer) is None:
            message = "The customer has no saved card to charge."
        else:
            try:
                autotopup.configure(db, rt, customer, enabled, threshold, amount, card_for(db, customer))
            except RuleViolation as exc:
                db.rollback()
                message = exc.detail
        job = bulk_jobs.get(db, reseller, job.id)
        bulk_jobs.record(db, rt, job, customer_id, message is None, message)
        bulk_jobs.finish_if_complete(db, rt, job)
        db.commit()
