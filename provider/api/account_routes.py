"""Registration, the signed-in user, the account profile and billing addresses."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Response
from sqlalchemy.orm import Session

from provider.api.deps import DB, ClientAddress, CurrentPrincipal, ObjectId, RuntimeDep, Scope, account_scope
from provider.api.routing import resource_router
from provider.api.schemas.accounts import (
    AboutOut,
    AccountOut,
    AddressOut,
    AddressPatch,
    BrandOut,
    MeOut,
    NewAddressIn,
    ProfileIn,
    RegistrationIn,
    UserOut,
)
from provider.api.schemas.auth import Accepted
from provider.db.models import Account
from provider.domain.roles import ROLE_PERMISSIONS, Perm
from provider.services import accounts, reseller_profiles
from provider.services.cart import treatment_of
from provider.version import API_VERSION, provider_version

router = resource_router(tags=["accounts"])


def account_out(db: Session, account: Account) -> AccountOut:
    treatment = treatment_of(account)
    return AccountOut.model_validate({
        **{c: getattr(account, c) for c in AccountOut.model_fields
           if hasattr(account, c) and c not in ("balance", "services")},
        "balance": accounts.balance(db, account.id),
        "vat_rate_percent": treatment.rate_percent,
        "reverse_charge": treatment.reverse_charge,
        "services": accounts.active_services(db, account.id),
    })


REGISTERED = ("Thank you. We have sent a mail to the address you gave; sign in with it and your "
              "password.")

@router.post("/accounts", status_code=202, response_model=Accepted)
def register(body: RegistrationIn, db: DB, rt: RuntimeDep, client: ClientAddress) -> Accepted:
    """The same answer whether the e-mail address is new or has an account already (then its
    owner is mailed instead): the answer must not tell who is a customer."""
    data = body.model_dump()
    data["address"] = accounts.AddressInput(**data["address"])
    accounts.register_anonymously(db, rt, accounts.Registration(**data), client)
    return Accepted(detail=REGISTERED)


@router.get("/me", response_model=MeOut)
def me(principal: CurrentPrincipal, db: DB) -> MeOut:
    perms = sorted(p.value for p in ROLE_PERMISSIONS[principal.role]
                   if p is not Perm.RESELLER or principal.account.is_reseller)
    brand = reseller_profiles.brand_of(db, principal.account)
    return MeOut(user=UserOut.model_validate(principal.user),
                 account=account_out(db, principal.account), permissions=perms,
                 brand=BrandOut(**brand.__dict__) if brand else None)


@router.get("/about", response_model=AboutOut)
def about(_signed_in: CurrentPrincipal) -> AboutOut:
    """Which provider software answers, for the client's About and support. Signed-in callers
    only: an anonymous scanner learns nothing about which versions to try its exploits on."""
    return AboutOut(version=provider_version(), api_version=API_VERSION)



ReadScope = Annotated[Scope, Depends(account_scope(Perm.ACCOUNT_READ))]
ManageScope = Annotated[Scope, Depends(account_scope(Perm.ACCOUNT_MANAGE))]
AddressScope = Annotated[Scope, Depends(account_scope(Perm.ADDRESSES_MANAGE))]


@router.get("/accounts/{account_id}", response_model=AccountOut)
def get_account(scope: ReadScope, db: DB) -> AccountOut:
    return account_out(db, scope.account)


@router.patch("/accounts/{account_id}", response_model=AccountOut)
def update_account(body: ProfileIn, scope: ManageScope, db: DB, rt: RuntimeDep) -> AccountOut:
    account = accounts.update_profile(db, rt, scope.account, body.model_dump(exclude_unset=True))
    return account_out(db, account)


@router.get("/accounts/{account_id}/billing-addresses", response_model=list[AddressOut])
def list_addresses(scope: ReadScope, db: DB) -> list[AddressOut]:
    return [AddressOut.model_validate(a) for a in accounts.list_addresses(db, scope.account)]


@router.post("/accounts/{account_id}/billing-addresses", status_code=201,
             response_model=AddressOut)
def add_address(body: NewAddressIn, scope: AddressScope, db: DB, rt: RuntimeDep) -> AddressOut:
    data = body.model_dump()
    make_default = data.pop("is_default")
    row = accounts.add_address(db, rt, scope.account, accounts.AddressInput(**data), make_default)
    return AddressOut.model_validate(row)


@router.patch("/accounts/{account_id}/billing-addresses/{address_id}",
              response_model=AddressOut)
def update_address(address_id: ObjectId, body: AddressPatch, scope: AddressScope,
                   db: DB) -> AddressOut:
    row = accounts.update_address(db, scope.account, address_id,
                                  body.model_dump(exclude_unset=True))
    return AddressOut.model_validate(row)


@router.delete("/accounts/{account_id}/billing-addresses/{address_id}", status_code=204)
def delete_address(address_id: ObjectId, scope: AddressScope, db: DB) -> Response:
    accounts.delete_address(db, scope.account, address_id)
    return Response(status_code=204)


@router.get("/accounts/{account_id}/brand/logo", response_class=Response,
            responses={200: {"content": {"image/png": {}, "image/svg+xml": {}},
                             "description": "The logo of the account's reseller"},
                       204: {"description": "No logo: a customer of the provider's own, or its "
                                            "reseller has none"}})
def brand_logo(scope: ReadScope, db: DB) -> Response:
    """The logo a reseller's customer's client shows."""
    data = reseller_profiles.logo_of(db, scope.account)
    if data is None:
        return Response(status_code=204)
    content, media_type = data
    return Response(content, media_type=media_type, headers={
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
        "X-Content-Type-Options": "nosniff", "Cache-Control": "private, max-age=86400"})
