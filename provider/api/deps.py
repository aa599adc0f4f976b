"""Typed dependencies: the database session, the caller, and the one place that decides
whether the caller may act on an account."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from provider.api.client_address import client_address
from provider.api.routing import READ_METHODS, run_for
from provider.db.models import Account
from provider.domain.errors import NotFound, RuleViolation
from provider.domain.roles import OWNER_ONLY, Perm
from provider.runtime import Runtime
from provider.services.auth import authenticate
from provider.services.principal import Principal

# Row ids fit a 32-bit INTEGER column; a larger number in a path can name nothing, and bounding
# it here keeps it from overflowing the database driver (a 500 on SQLite).
MAX_ID = 2**31 - 1
ObjectId = Annotated[int, Path(ge=1, le=MAX_ID, description="Id of an object")]


# Dependencies that do no I/O are `async def`: FastAPI runs a plain `def` dependency on a worker
# thread, and each such hop cost the event loop, which serves every request of the process,
# more than the work it carried (py-spy profiles of bench/api_load.py).
async def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


async def get_db(request: Request, rt: RuntimeDep) -> AsyncIterator[Session]:
    """A session, no connection yet: routes run on worker threads and connect there. Closing it
    returns the connection; a write that raised is rolled back then (one short round trip, on a
    worker thread)."""
    if request.method in READ_METHODS:
        # Reads get a session that costs fewer round trips and refuses to write (db/engine.py).
        with rt.read_sessions() as db:
            yield db
        return
    db = rt.sessions()
    try:
        yield db
    finally:
        # A write that raised after its queries (a sign-in answered busy after its wait for a
        # hashing slot) leaves its transaction open, and closing the session rolls it back: a
        # round trip, which on the event loop held up every read of the worker, up to 18 ms at
        # a time under a sign-in flood (docs/security.md). A committed session closes without one.
        if db.in_transaction():
            await run_in_threadpool(db.close)
        else:
            db.close()


DB = Annotated[Session, Depends(get_db)]


async def get_client_address(request: Request, rt: RuntimeDep) -> str:
    return client_address(request.client.host if request.client else None,
                          request.headers.getlist("x-forwarded-for"),
                          tuple(rt.settings.trusted_proxies))


ClientAddress = Annotated[str, Depends(get_client_address)]


async def get_principal(request: Request, db: DB, rt: RuntimeDep) -> Principal:
    return await run_for(request, _principal, request, db, rt)


def _principal(request: Request, db: Session, rt: Runtime) -> Principal:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise RuleViolation("unauthenticated", "Sign in to continue.", 401,
                            headers={"WWW-Authenticate": "Bearer"})
    return authenticate(db, rt, token.strip())


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


@dataclass(frozen=True)
class Scope:
    """The caller and the account a request acts on, already checked."""

    principal: Principal
    account: Account


def account_scope(perm: Perm):  # noqa: ANN201 - returns a FastAPI dependency
    """A dependency for routes under /accounts/{account_id}: the account must be the caller's
    own or, for reseller staff, one of the reseller's customers; the caller's role must
    allow `perm` and, on a customer's account, acting for customers. Anything else answers 404
    (another's account) or 403 (the role)."""

    async def dependency(account_id: ObjectId, request: Request, db: DB, rt: RuntimeDep) -> Scope:
        return await run_for(request, check, account_id, request, db, rt)

    def check(account_id: int, request: Request, db: Session, rt: Runtime) -> Scope:
        # Authenticates here rather than through CurrentPrincipal: for a write, one worker-thread
        # hop for both the sign-in lookup and the account check.
        principal = _principal(request, db, rt)
        own = principal.account
        if account_id == own.id:
            account = own
        else:
            account = db.get(Account, account_id)
            if account is None or not (own.is_reseller and account.reseller_id == own.id):
                raise NotFound("Account")
            # Acting for a customer is the reseller permission's (owner, admin): the reseller's
            # billing, technical and viewer users work on the reseller's own account only, as
            # they cannot list the customers either.
            if not principal.may(Perm.RESELLER):
                raise RuleViolation(
                    "forbidden", f"Your role ({principal.role.value}) may not act for customers.", 403)
        if not principal.may(perm) or (perm in OWNER_ONLY and account is not own):
            # Owner-only acts (closing, hand-over) are never done on a customer's behalf.
            raise RuleViolation("forbidden",
                                f"Your role ({principal.role.value}) may not do this.", 403)
        return scope_of(principal, account)

    return dependency


def scope_of(principal: Principal, account: Account) -> Scope:
    return Scope(principal, account)


# The scopes of the permissions that routes in several modules need, one dependency each.
BillingReadScope = Annotated[Scope, Depends(account_scope(Perm.BILLING_READ))]
PaymentsScope = Annotated[Scope, Depends(account_scope(Perm.PAYMENTS_MANAGE))]
ResellerScope = Annotated[Scope, Depends(account_scope(Perm.RESELLER))]
ShopScope = Annotated[Scope, Depends(account_scope(Perm.SHOP))]
