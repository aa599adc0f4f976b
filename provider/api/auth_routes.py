"""Sign-in, tokens, forgotten and changed passwords."""

from __future__ import annotations

from fastapi import Response

from provider.api.deps import DB, ClientAddress, CurrentPrincipal, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.auth import (
    Accepted,
    ChangePasswordIn,
    RefreshIn,
    ResetIn,
    ResetRequestIn,
    SignIn,
    TokensOut,
)
from provider.services import auth

router = resource_router(prefix="/auth", tags=["auth"])


def tokens_out(t: auth.Tokens) -> TokensOut:
    """The tokens of a new session, however it was signed in to."""
    return TokensOut(access_token=t.access_token, refresh_token=t.refresh_token,
                     expires_in=t.expires_in)


@router.post("/sign-in", response_model=TokensOut)
def sign_in(body: SignIn, db: DB, rt: RuntimeDep, client: ClientAddress) -> TokensOut:
    return tokens_out(auth.sign_in(db, rt, body.identifier, body.password, client))


@router.post("/refresh", response_model=TokensOut)
def refresh(body: RefreshIn, db: DB, rt: RuntimeDep) -> TokensOut:
    return tokens_out(auth.refresh(db, rt, body.refresh_token))


@router.post("/sign-out", status_code=204)
def sign_out(principal: CurrentPrincipal, db: DB, rt: RuntimeDep) -> Response:
    auth.sign_out(db, rt, principal)
    return Response(status_code=204)


@router.post("/password-reset-requests", status_code=202, response_model=Accepted)
def request_reset(body: ResetRequestIn, db: DB, rt: RuntimeDep, client: ClientAddress) -> Accepted:
    auth.request_reset(db, rt, body.identifier, body.email, client)
    return Accepted(detail="If the user ID and e-mail address match an account, a reset link "
                    "is on its way. It is valid for 60 minutes.")


@router.post("/password-resets", status_code=204)
def reset_password(body: ResetIn, db: DB, rt: RuntimeDep) -> Response:
    auth.reset_password(db, rt, body.token, body.new_password)
    return Response(status_code=204)


@router.post("/password", status_code=204)
def change_password(body: ChangePasswordIn, principal: CurrentPrincipal, db: DB,
                    rt: RuntimeDep, client: ClientAddress) -> Response:
    auth.change_password(db, rt, principal, body.old_password, body.new_password, client)
    return Response(status_code=204)
