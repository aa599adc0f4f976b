"""The operator back office's reseller profiles under /operator/resellers/{reseller_id}: the legal
identity the reseller's customers' invoices are issued under, its logo and its accent colour.
Operator role only (api/staff_deps.py); resellers get 403 like every other customer. Each PUT
checks all its input first: a refused one changes nothing (docs/resellers.md)."""

from __future__ import annotations

import base64
import binascii

from fastapi import Response

from provider.api.deps import DB, ObjectId, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.reseller_profiles import (
    AccentIn,
    BankAccountOut,
    LogoIn,
    ResellerIdentityIn,
    ResellerIdentityOut,
    ResellerProfileOut,
)
from provider.api.staff_deps import Operator
from provider.db.models import SellerIdentity
from provider.domain.errors import FieldError, NotFound, RuleViolation
from provider.services import reseller_profiles

router = resource_router(prefix="/operator", tags=["operator"])


def identity_out(row: SellerIdentity) -> ResellerIdentityOut:
    return ResellerIdentityOut(
        seller_id=row.id, name=row.name, street=row.street, postal_code=row.postal_code, city=row.city,
        country=row.country, email=row.email, website=row.website,
        vat={r.country: r.vat_id for r in row.registrations},
        bank_accounts=[BankAccountOut(currency=a.currency, iban=a.iban, bic=a.bic,
                                      reference_type=a.reference_type) for a in row.bank_accounts])


def _profile_out(db: DB, reseller_id: int) -> ResellerProfileOut:
    account = reseller_profiles.reseller(db, reseller_id)
    row = reseller_profiles.identity(db, account)
    profile = reseller_profiles.profile(db, account)
    return ResellerProfileOut(
        reseller_id=account.id, identity=identity_out(row) if row else None,
        accent_color=profile.accent_color if profile else None,
        logo_media_type=profile.logo_media_type if profile else None,
        logo_digest=profile.logo_digest if profile else None,
        updated_at=profile.updated_at if profile else None)


@router.get("/resellers/{reseller_id}/profile", response_model=ResellerProfileOut)
def get_profile(reseller_id: ObjectId, operator: Operator, db: DB) -> ResellerProfileOut:
    return _profile_out(db, reseller_id)


@router.put("/resellers/{reseller_id}/identity", response_model=ResellerIdentityOut)
def put_identity(reseller_id: ObjectId, body: ResellerIdentityIn, operator: Operator, db: DB,
                 rt: RuntimeDep) -> ResellerIdentityOut:
    """From now on the reseller's customers' new invoices are issued under this identity."""
    account = reseller_profiles.reseller(db, reseller_id)
    parsed = reseller_profiles.parse_identity(account.currency, body.model_dump())
    return identity_out(reseller_profiles.set_identity(db, rt, account, parsed))


@router.put("/resellers/{reseller_id}/logo", response_model=ResellerProfileOut)
def put_logo(reseller_id: ObjectId, body: LogoIn, operator: Operator, db: DB,
             rt: RuntimeDep) -> ResellerProfileOut:
    account = reseller_profiles.reseller(db, reseller_id)
    try:
        data = base64.b64decode(body.data_base64, validate=False)
    except (binascii.Error, ValueError):
        error = FieldError("data_base64", "base64", "The logo is not valid base64.")
        raise RuleViolation("validation", error.message, 422, [error]) from None
    reseller_profiles.set_logo(db, rt, account, data, body.media_type)
    return _profile_out(db, reseller_id)


@router.put("/resellers/{reseller_id}/accent-color", response_model=ResellerProfileOut)
def put_accent(reseller_id: ObjectId, body: AccentIn, operator: Operator, db: DB,
               rt: RuntimeDep) -> ResellerProfileOut:
    account = reseller_profiles.reseller(db, reseller_id)
    reseller_profiles.set_accent(db, rt, account, body.accent_color)
    return _profile_out(db, reseller_id)


@router.get("/resellers/{reseller_id}/logo", response_class=Response,
            responses={200: {"content": {"image/png": {}, "image/svg+xml": {}}, "description": "The logo"}})
def get_logo(reseller_id: ObjectId, operator: Operator, db: DB) -> Response:
    profile = reseller_profiles.profile(db, reseller_profiles.reseller(db, reseller_id))
    if profile is None or profile.logo is None or profile.logo_media_type is None:
        raise NotFound("logo")
    return Response(profile.logo, media_type=profile.logo_media_type,
                    headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
                             "X-Content-Type-Options": "nosniff"})
