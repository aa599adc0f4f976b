"""Automatic payments: top-up settings and prepaid subscriptions with their prolongation."""

from __future__ import annotations

from decimal import Decimal

from provider.api.deps import DB, BillingReadScope, ObjectId, PaymentsScope, RuntimeDep, Scope
from provider.api.routing import resource_router
from provider.api.schemas.autopay import AutoTopUpIn, AutoTopUpOut, PrepaidSubscriptionOut, SubscriptionPatch
from provider.db.models import AutoTopUp, PrepaidSubscription
from provider.services import autotopup, prepaid_subscriptions

router = resource_router(tags=["automatic payments"])


def _topup_out(scope: Scope, row: AutoTopUp | None) -> AutoTopUpOut:
    if row is None:
        return AutoTopUpOut(enabled=False, threshold=Decimal("0.00"), amount=Decimal("0.00"),
                            card_id=None, failures=0, next_retry_at=None, in_progress=False,
                            vat_rate_percent=autotopup.price(scope.account, Decimal("0")).rate_percent,
                            charged=Decimal("0.00"))
    cost = autotopup.price(scope.account, row.amount)
    return AutoTopUpOut(enabled=row.enabled, threshold=row.threshold, amount=row.amount,
                        card_id=row.card_id, failures=row.failures, next_retry_at=row.next_retry_at,
                        in_progress=row.in_flight_payment_id is not None,
                        vat_rate_percent=cost.rate_percent, charged=cost.gross)


@router.get("/accounts/{account_id}/auto-top-up", response_model=AutoTopUpOut)
def get_auto_top_up(scope: BillingReadScope, db: DB) -> AutoTopUpOut:
    return _topup_out(scope, autotopup.get(db, scope.account))


@router.put("/accounts/{account_id}/auto-top-up", response_model=AutoTopUpOut)
def set_auto_top_up(body: AutoTopUpIn, scope: PaymentsScope, db: DB, rt: RuntimeDep) -> AutoTopUpOut:
    return _topup_out(scope, autotopup.configure(db, rt, scope.account, body.enabled, body.threshold,
                                                 body.amount, body.card_id))


def _sub_out(scope: Scope, sub: PrepaidSubscription) -> PrepaidSubscriptionOut:
    price = prepaid_subscriptions.renewal_price(scope.account, sub).gross
    return PrepaidSubscriptionOut.model_validate({
        **{k: getattr(sub, k) for k in PrepaidSubscriptionOut.model_fields if k != "renewal_price"},
        "renewal_price": price})


@router.get("/accounts/{account_id}/prepaid-subscriptions", response_model=list[PrepaidSubscriptionOut])
def list_subscriptions(scope: BillingReadScope, db: DB) -> list[PrepaidSubscriptionOut]:
    return [_sub_out(scope, s) for s in prepaid_subscriptions.list_for(db, scope.account)]


@router.patch("/accounts/{account_id}/prepaid-subscriptions/{subscription_id}",
              response_model=PrepaidSubscriptionOut)
def set_auto_renew(subscription_id: ObjectId, body: SubscriptionPatch, scope: PaymentsScope,
                   db: DB) -> PrepaidSubscriptionOut:
    sub = prepaid_subscriptions.set_auto_renew(db, scope.account, subscription_id, body.auto_renew)
    return _sub_out(scope, sub)
