"""Registration, the signed-in user, the account profile and billing addresses."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Response
from pydantic import BaseModel, EmailStr, Field
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from provider.api.deps import DB, CurrentPrincipal, ObjectId, RuntimeDep, Scope, account_scope
from provider.api.routing import resource_router
from provider.api.schemas import AccountOut, AddressIn, AddressOut, Language, UserOut
from provider.api.text import SingleLine
from provider.db.models import Account, AccountService
from provider.domain.roles import ROLE_PERMISSIONS, Perm
from provider.domain.tax import tax_treatment
from provider.services import accounts

router = resource_router(tags=["accounts"])


class RegistrationIn(BaseModel):
    kind: Literal["private", "business"]
    structure: Literal["single", "collective"]
    email: EmailStr
    password: str = Field(max_length=1024)
    name: SingleLine = Field(min_length=1, max_length=200, description="Contact person")
    country: str = Field(pattern=r"^[A-Z]{2}$")
    language: Language = "en"
    company_name: SingleLine | None = Field(default=None, max_length=200)
    vat_number: SingleLine | None = Field(default=None, max_length=32)
    main_number: SingleLine | None = Field(default=None, max_length=32,
                                    description="Single accounts: the main number, e.g. +41445551234")
    address: AddressIn


class RegisteredOut(BaseModel):
    account: AccountOut
    user: UserOut


class MeOut(BaseModel):
    user: UserOut
    account: AccountOut
    permissions: list[str]


class ProfileIn(BaseModel):
    name: SingleLine | None = Field(default=None, min_length=1, max_length=200)
    company_name: SingleLine | None = Field(default=None, max_length=200)
    vat_number: SingleLine | None = Field(default=None, max_length=32)
    language: Language | None = None


class AddressPatch(BaseModel):
    name: SingleLine | None = Field(default=None, min_length=1, max_length=200)
    company: SingleLine | None = Field(default=None, max_length=200)
    street: SingleLine | None = Field(default=None, min_length=1, max_length=200)
    postal_code: SingleLine | None = Field(default=None, min_length=1, max_length=16)
    city: SingleLine | None = Field(default=None, min_length=1, max_length=100)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    is_default: bool | None = None


class NewAddressIn(AddressIn):
    is_default: bool = False


# Built once (read on every account request): see services/auth.py's _SIGNED_IN.
_ACTIVE_SERVICES = select(AccountService.product).where(
    AccountService.account_id == bindparam("account_id"), AccountService.status == "active")


def account_out(db: Session, account: Account) -> AccountOut:
    treatment = tax_treatment(account.country, business=account.kind == "business",
                              valid_eu_vat_number=bool(account.vat_number))
    services = list(db.scalars(_ACTIVE_SERVICES, {"account_id": account.id}))
    return AccountOut.model_validate({
        **{c: getattr(account, c) for c in AccountOut.model_fields
           if hasattr(account, c) and c not in ("balance", "services")},
        "balance": accounts.balance(db, account.id),
        "vat_rate_percent": treatment.rate_percent,
        "reverse_charge": treatment.reverse_charge,
        "services": services,
    })


@router.post("/accounts", status_code=201, response_model=RegisteredOut)
def register(body: RegistrationIn, db: DB, rt: RuntimeDep) -> RegisteredOut:
    data = body.model_dump()
    data["address"] = accounts.AddressInput(**data["address"])
    account, user = accounts.register(db, rt, accounts.Registration(**data))
    return RegisteredOut(account=account_out(db, account), user=UserOut.model_validate(user))


@router.get("/me", response_model=MeOut)
def me(principal: CurrentPrincipal, db: DB) -> MeOut:
    perms = sorted(p.value for p in ROLE_PERMISSIONS[principal.role]
                   if p is not Perm.RESELLER or principal.account.is_reseller)
    return MeOut(user=UserOut.model_validate(principal.user),
                 account=account_out(db, principal.account), permissions=perms)


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
