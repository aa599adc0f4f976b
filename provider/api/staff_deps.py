"""The one access check of the provider's own staff: the caller must be signed in (401) with
the back-office permission, which only the operator role has (403 for everyone else, customers
and resellers alike). Routes of later staff tools take `Operator` the same way."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from provider.api.deps import DB, RuntimeDep, _principal
from provider.api.routing import run_for
from provider.domain.errors import RuleViolation
from provider.domain.roles import Perm
from provider.services.principal import Principal


async def operator_principal(request: Request, db: DB, rt: RuntimeDep) -> Principal:
    principal = await run_for(request, _principal, request, db, rt)
    if not principal.may(Perm.OPERATE):
        raise RuleViolation("forbidden", "This is the provider's back office, for its staff only.", 403)
    return principal


Operator = Annotated[Principal, Depends(operator_principal)]
