"""Two-factor sign-in: the user's own (under /me), the sign-in's second step (under /auth), and
the owner's requirement for the account."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Response

from provider.api.auth_routes import tokens_out
from provider.api.deps import DB, ClientAddress, CurrentPrincipal, RuntimeDep, Scope, account_scope
from provider.api.routing import resource_router
from provider.api.schemas.auth import TokensOut
from provider.api.schemas.two_factor import (
    ChallengeCodeIn,
    ChallengeIn,
    CodeIn,
    RecoveryCodesOut,
    RequirementIn,
    RequirementOut,
    SetUpSignInOut,
    TurnOffIn,
    TwoFactorOut,
    TwoFactorSetupOut,
)
from provider.domain.roles import Perm
from provider.services import two_factor, two_factor_sign_in

router = resource_router(tags=["two-factor sign-in"])


def _setup(s: two_factor.Setup) -> TwoFactorSetupOut:
    return TwoFactorSetupOut(secret=s.secret, otpauth_uri=s.otpauth_uri)


@router.get("/me/two-factor", response_model=TwoFactorOut)
def get_status(principal: CurrentPrincipal, db: DB) -> TwoFactorOut:
    s = two_factor.status(db, principal.user)
    return TwoFactorOut(enabled=s.enabled, recovery_codes_left=s.recovery_codes_left,
                        required=s.required)


@router.post("/me/two-factor/setup", response_model=TwoFactorSetupOut)
def start_setup(principal: CurrentPrincipal, db: DB, rt: RuntimeDep) -> TwoFactorSetupOut:
    return _setup(two_factor.start(db, rt, principal.user))


@router.post("/me/two-factor/confirm", response_model=RecoveryCodesOut)
def confirm(body: CodeIn, principal: CurrentPrincipal, db: DB, rt: RuntimeDep,
            client: ClientAddress) -> RecoveryCodesOut:
    return RecoveryCodesOut(
        recovery_codes=two_factor.confirm(db, rt, principal.user, body.code, client))


@router.post("/me/two-factor/recovery-codes", response_model=RecoveryCodesOut)
def new_recovery_codes(body: CodeIn, principal: CurrentPrincipal, db: DB, rt: RuntimeDep,
                       client: ClientAddress) -> RecoveryCodesOut:
    return RecoveryCodesOut(
        recovery_codes=two_factor.new_recovery_codes(db, rt, principal.user, body.code, client))


@router.post("/me/two-factor/turn-off", status_code=204)
def turn_off(body: TurnOffIn, principal: CurrentPrincipal, db: DB, rt: RuntimeDep,
             client: ClientAddress) -> Response:
    two_factor.turn_off(db, rt, principal, body.password, body.code, client)
    return Response(status_code=204)


@router.post("/auth/sign-in/code", response_model=TokensOut)
def sign_in_with_code(body: ChallengeCodeIn, db: DB, rt: RuntimeDep,
                      client: ClientAddress) -> TokensOut:
    return tokens_out(two_factor_sign_in.with_code(db, rt, body.challenge, body.code, client))


@router.post("/auth/sign-in/two-factor-setup", response_model=TwoFactorSetupOut)
def sign_in_setup(body: ChallengeIn, db: DB, rt: RuntimeDep) -> TwoFactorSetupOut:
    return _setup(two_factor_sign_in.start_setup(db, rt, body.challenge))


@router.post("/auth/sign-in/two-factor-setup/confirm", response_model=SetUpSignInOut)
def sign_in_setup_confirm(body: ChallengeCodeIn, db: DB, rt: RuntimeDep,
                          client: ClientAddress) -> SetUpSignInOut:
    t, codes = two_factor_sign_in.confirm_setup(db, rt, body.challenge, body.code, client)
    return SetUpSignInOut(**tokens_out(t).model_dump(), recovery_codes=codes)


@router.put("/accounts/{account_id}/two-factor-requirement", response_model=RequirementOut)
def set_requirement(
    body: RequirementIn, db: DB, rt: RuntimeDep,
    scope: Annotated[Scope, Depends(account_scope(Perm.TWO_FACTOR_REQUIRE))],
) -> RequirementOut:
    return RequirementOut(required=two_factor.set_requirement(
        db, rt, scope.principal, scope.account, body.required))
