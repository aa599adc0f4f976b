"""The account's Hosted PBX subscription: read it with its pending changes, start a postpaid
one, add users, upgrade at once, request and withdraw downgrades, fewer users, cancellation."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from sqlalchemy.orm import Session

from provider.api.deps import DB, ObjectId, RuntimeDep, Scope, account_scope
from provider.api.routing import resource_router
from provider.api.schemas.subscription import (
    AddUsersIn,
    ChangeIn,
    ChangeOut,
    QuoteIn,
    QuoteOut,
    SubscriptionOut,
    SubscriptionStartIn,
    SubscriptionView,
    UpgradeIn,
)
from provider.db.models import Account
from provider.domain.roles import Perm
from provider.services import postpaid, subscription_quotes

router = resource_router(tags=["subscription"])
ReadScope = Annotated[Scope, Depends(account_scope(Perm.SUBSCRIPTIONS_READ))]
ManageScope = Annotated[Scope, Depends(account_scope(Perm.SUBSCRIPTIONS_MANAGE))]
BASE = "/accounts/{account_id}/subscription"


def _view(db: Session, rt: RuntimeDep, account: Account) -> SubscriptionView:
    sub, pending = postpaid.view(db, rt, account)
    return SubscriptionView(subscription=SubscriptionOut.model_validate(sub) if sub else None,
                            pending_changes=[ChangeOut.model_validate(c) for c in pending])


@router.get(BASE, response_model=SubscriptionView)
def read(scope: ReadScope, db: DB, rt: RuntimeDep) -> SubscriptionView:
    return _view(db, rt, scope.account)


@router.post(BASE, response_model=SubscriptionView, status_code=201)
def start(body: SubscriptionStartIn, scope: ManageScope, db: DB, rt: RuntimeDep) -> SubscriptionView:
    postpaid.start(db, rt, scope.account, body.product, body.users)
    return _view(db, rt, scope.account)


@router.post(f"{BASE}/users", response_model=SubscriptionView)
def add_users(body: AddUsersIn, scope: ManageScope, db: DB, rt: RuntimeDep) -> SubscriptionView:
    postpaid.add_users(db, rt, scope.account, body.count)
    return _view(db, rt, scope.account)


@router.post(f"{BASE}/upgrade", response_model=SubscriptionView)
def upgrade(body: UpgradeIn, scope: ManageScope, db: DB, rt: RuntimeDep) -> SubscriptionView:
    postpaid.upgrade(db, rt, scope.account, body.product)
    return _view(db, rt, scope.account)


@router.post(f"{BASE}/changes", response_model=ChangeOut, status_code=201)
def request_change(body: ChangeIn, scope: ManageScope, db: DB, rt: RuntimeDep) -> ChangeOut:
    change = postpaid.request_change(db, rt, scope.account, scope.principal.user.id, body.kind,
                                     body.product, body.users)
    return ChangeOut.model_validate(change)


@router.delete(f"{BASE}/changes/{{change_id}}", response_model=ChangeOut)
def withdraw(change_id: ObjectId, scope: ManageScope, db: DB, rt: RuntimeDep) -> ChangeOut:
    return ChangeOut.model_validate(postpaid.withdraw(db, rt, scope.account, change_id))


@router.post(f"{BASE}/quote", response_model=QuoteOut)
def quote(body: QuoteIn, scope: ReadScope, db: DB, rt: RuntimeDep) -> QuoteOut:
    """The prorated price of adding users or of an upgrade, computed as the change would bill
    it; changes nothing, so every role that reads the subscription may ask."""
    return QuoteOut.model_validate(subscription_quotes.quote(db, rt, scope.account, body.action,
                                                             body.count, body.product))
