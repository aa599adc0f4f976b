"""Numbers (the account's, the pool by area code, ordering), porting requests with interim
forwarding and caller ID, VoIP accounts with their passwords."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from provider.api.deps import DB, ObjectId, RuntimeDep, Scope, ShopScope, account_scope
from provider.api.routing import resource_router
from provider.api.schemas.telephony import (
    AreaCodeOut,
    ExtensionIn,
    NumberOut,
    OrderNumberIn,
    PortingIn,
    PortingInterimIn,
    PortingOut,
    VoipOut,
    VoipPasswordIn,
    VoipPasswordOut,
)
from provider.db.models import PortingRequest
from provider.domain.roles import Perm
from provider.services import telephony

router = resource_router(tags=["numbers and VoIP"])
ReadScope = Annotated[Scope, Depends(account_scope(Perm.TECHNICAL_READ))]
ManageScope = Annotated[Scope, Depends(account_scope(Perm.TECHNICAL_MANAGE))]
A = "/accounts/{account_id}"


def porting_out(req: PortingRequest) -> PortingOut:
    data = {c: getattr(req, c) for c in PortingOut.model_fields if c != "numbers"}
    return PortingOut(numbers=["+" + n for n in req.numbers.split(",")], **data)


@router.get(f"{A}/numbers", response_model=list[NumberOut])
def list_numbers(scope: ReadScope, db: DB) -> list[NumberOut]:
    return [NumberOut.model_validate(n) for n in telephony.numbers_of(db, scope.account)]


@router.get(f"{A}/number-pool", response_model=list[AreaCodeOut])
def pool(scope: ReadScope, db: DB) -> list[AreaCodeOut]:
    return [AreaCodeOut(area_code=a, country=c, free=n) for a, c, n in telephony.area_codes(db)]


@router.get(f"{A}/number-pool/{{area_code}}", response_model=list[NumberOut])
def pool_numbers(scope: ReadScope, db: DB, area_code: str,
                 limit: Annotated[int, Query(ge=1, le=100)] = 20) -> list[NumberOut]:
    return [NumberOut.model_validate(n) for n in telephony.available(db, area_code[:8], limit)]


@router.post(f"{A}/numbers", response_model=NumberOut, status_code=201)
def order_number(body: OrderNumberIn, scope: ShopScope, db: DB, rt: RuntimeDep) -> NumberOut:
    return NumberOut.model_validate(telephony.order_number(db, rt, scope.account, body.area_code))


@router.get(f"{A}/porting-requests", response_model=list[PortingOut])
def list_porting(scope: ReadScope, db: DB) -> list[PortingOut]:
    return [porting_out(r) for r in telephony.porting_requests(db, scope.account)]


@router.post(f"{A}/porting-requests", response_model=PortingOut, status_code=201)
def request_porting(body: PortingIn, scope: ManageScope, db: DB, rt: RuntimeDep) -> PortingOut:
    return porting_out(telephony.request_porting(
        db, rt, scope.account, body.numbers, body.previous_provider, body.contract_end,
        body.desired_date, body.forward_to, body.show_old_caller_id))


@router.put(f"{A}/porting-requests/{{porting_id}}/interim", response_model=PortingOut)
def set_interim(porting_id: ObjectId, body: PortingInterimIn, scope: ManageScope, db: DB,
                rt: RuntimeDep) -> PortingOut:
    req = telephony.porting_of(db, scope.account, porting_id)
    return porting_out(telephony.set_interim(db, rt, scope.account, req, body.forward_to,
                                             body.show_old_caller_id))


@router.get(f"{A}/voip-accounts", response_model=list[VoipOut])
def list_voip(scope: ReadScope, db: DB) -> list[VoipOut]:
    return [VoipOut.model_validate(v) for v in telephony.voip_accounts(db, scope.account)]


@router.post(f"{A}/voip-accounts", response_model=VoipOut, status_code=201)
def add_extension(body: ExtensionIn, scope: ManageScope, db: DB, rt: RuntimeDep) -> VoipOut:
    return VoipOut.model_validate(telephony.add_extension(db, rt, scope.account, body.extension))


@router.get(f"{A}/voip-accounts/{{voip_id}}/password", response_model=VoipPasswordOut)
def show_password(voip_id: ObjectId, scope: ManageScope, db: DB, rt: RuntimeDep) -> VoipPasswordOut:
    voip = telephony.voip_of(db, scope.account, voip_id)
    return VoipPasswordOut(sip_user=voip.sip_user, password=telephony.reveal(rt, voip))


@router.put(f"{A}/voip-accounts/{{voip_id}}/password", response_model=VoipPasswordOut)
def change_password(voip_id: ObjectId, body: VoipPasswordIn, scope: ManageScope, db: DB,
                    rt: RuntimeDep) -> VoipPasswordOut:
    voip = telephony.voip_of(db, scope.account, voip_id)
    return VoipPasswordOut(sip_user=voip.sip_user,
                           password=telephony.set_password(db, rt, scope.account, voip, body.password))


@router.post(f"{A}/voip-accounts/{{voip_id}}/password/regenerate", response_model=VoipPasswordOut)
def regenerate_password(voip_id: ObjectId, scope: ManageScope, db: DB, rt: RuntimeDep) -> VoipPasswordOut:
    voip = telephony.voip_of(db, scope.account, voip_id)
    return VoipPasswordOut(sip_user=voip.sip_user,
                           password=telephony.set_password(db, rt, scope.account, voip, None))
