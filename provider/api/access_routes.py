"""Access rights: users, roles, invitations, ownership hand-over, closing the account."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Response

from provider.api.auth_routes import tokens_out
from provider.api.deps import DB, ClientAddress, ObjectId, RuntimeDep, Scope, account_scope
from provider.api.routing import resource_router
from provider.api.schemas.access import AcceptIn, CloseIn, InvitationIn, InvitationOut, OwnershipIn, RoleIn
from provider.api.schemas.accounts import UserOut
from provider.api.schemas.auth import TokensOut
from provider.domain.roles import Perm
from provider.services import access

router = resource_router(tags=["access rights"])

ReadScope = Annotated[Scope, Depends(account_scope(Perm.USERS_READ))]
ManageScope = Annotated[Scope, Depends(account_scope(Perm.USERS_MANAGE))]


@router.get("/accounts/{account_id}/users", response_model=list[UserOut])
def list_users(scope: ReadScope, db: DB) -> list[UserOut]:
    return [UserOut.model_validate(u) for u in access.list_users(db, scope.account)]


@router.patch("/accounts/{account_id}/users/{user_id}", response_model=UserOut)
def change_role(user_id: ObjectId, body: RoleIn, scope: ManageScope, db: DB) -> UserOut:
    return UserOut.model_validate(
        access.change_role(db, scope.principal, scope.account, user_id, body.role))


@router.delete("/accounts/{account_id}/users/{user_id}", status_code=204)
def remove_user(user_id: ObjectId, scope: ManageScope, db: DB, rt: RuntimeDep) -> Response:
    access.remove_user(db, rt, scope.principal, scope.account, user_id)
    return Response(status_code=204)


@router.get("/accounts/{account_id}/invitations", response_model=list[InvitationOut])
def list_invitations(scope: ReadScope, db: DB, rt: RuntimeDep) -> list[InvitationOut]:
    return [InvitationOut.model_validate(i)
            for i in access.list_invitations(db, rt, scope.account)]


@router.post("/accounts/{account_id}/invitations", status_code=201, response_model=InvitationOut)
def invite(body: InvitationIn, scope: ManageScope, db: DB, rt: RuntimeDep) -> InvitationOut:
    inv = access.invite(db, rt, scope.principal, scope.account, str(body.email), body.role)
    return InvitationOut.model_validate(inv)


@router.delete("/accounts/{account_id}/invitations/{invitation_id}", status_code=204)
def revoke_invitation(invitation_id: ObjectId, scope: ManageScope, db: DB,
                      rt: RuntimeDep) -> Response:
    access.revoke_invitation(db, rt, scope.account, invitation_id)
    return Response(status_code=204)


@router.post("/invitations/accept", status_code=201, response_model=TokensOut)
def accept_invitation(body: AcceptIn, db: DB, rt: RuntimeDep, client: ClientAddress) -> TokensOut:
    return tokens_out(access.accept_invitation(db, rt, body.token, body.name, body.password, client))


@router.post("/accounts/{account_id}/ownership", response_model=UserOut)
def transfer_ownership(
    body: OwnershipIn, scope: Annotated[Scope, Depends(account_scope(Perm.OWNERSHIP_TRANSFER))],
    db: DB,
) -> UserOut:
    return UserOut.model_validate(
        access.transfer_ownership(db, scope.principal, scope.account, body.user_id))


@router.post("/accounts/{account_id}/close", status_code=204)
def close_account(
    body: CloseIn, scope: Annotated[Scope, Depends(account_scope(Perm.ACCOUNT_CLOSE))],
    db: DB, rt: RuntimeDep, client: ClientAddress,
) -> Response:
    access.close_account(db, rt, scope.principal, scope.account, body.password, client)
    return Response(status_code=204)
