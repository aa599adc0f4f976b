"""Sandbox only: a reseller made in one request, as `switchboard-provider create-reseller` makes
one from its file (docs/resellers.md#create-reseller): its owner's sign-in, its legal identity,
and optionally a logo and an accent colour, all checked before anything is made. Never mounted
in production, where only the operator back office and the command create resellers."""

from __future__ import annotations

import base64
import binascii

from provider.api.deps import DB, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.operator import ResellerOut
from provider.api.schemas.sandbox_resellers import SandboxResellerIn
from provider.domain.errors import FieldError, RuleViolation
from provider.services import reseller_profiles

router = resource_router(prefix="/sandbox", tags=["sandbox"])


@router.post("/resellers", response_model=ResellerOut, status_code=201)
def create_reseller(body: SandboxResellerIn, db: DB, rt: RuntimeDep) -> ResellerOut:
    logo = None
    if body.logo is not None:
        try:
            logo = (base64.b64decode(body.logo.data_base64, validate=False), body.logo.media_type)
        except (binascii.Error, ValueError):
            error = FieldError("logo.data_base64", "base64", "The logo is not valid base64.")
            raise RuleViolation("validation", error.message, 422, [error]) from None
    from dataclasses import replace

    from provider.domain.tax import currency_for

    identity = body.identity.model_dump()
    try:  # checked here first, so a refusal names the body's field: identity.…
        reseller_profiles.parse_identity(currency_for(body.identity.country), identity)
    except RuleViolation as e:
        e.errors = [replace(err, field=f"identity.{err.field}") for err in e.errors]
        raise
    account = reseller_profiles.create(db, rt, reseller_profiles.NewReseller(
        email=str(body.email), owner_name=body.owner, language=body.language, password=body.password,
        identity=identity, logo=logo, accent_color=body.accent_color))
    return ResellerOut.model_validate(account)
