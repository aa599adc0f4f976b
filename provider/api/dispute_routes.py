"""Call disputes: a customer flags an itemized call with a note, often while offline in the
desktop client, which sends it later. Filing is idempotent per call: a resend after a lost
answer gets the existing dispute (200) instead of a second one (201 for the first)."""

from __future__ import annotations

from fastapi import Response

from provider.api.deps import DB, BillingReadScope, ObjectId, PaymentsScope, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.disputes import DisputeIn, DisputeOut
from provider.db.models import CallDispute
from provider.services import disputes

router = resource_router(tags=["invoices"])


@router.post("/accounts/{account_id}/calls/{call_id}/disputes", response_model=DisputeOut, status_code=201,
             responses={200: {"description": "The call was already disputed: that dispute"}})
def dispute_call(call_id: ObjectId, body: DisputeIn, scope: PaymentsScope, db: DB, rt: RuntimeDep,
                 response: Response) -> CallDispute:
    dispute, created = disputes.file(db, rt, scope.account, scope.principal.user.id, call_id,
                                     body.note)
    if not created:
        response.status_code = 200
    return dispute


@router.get("/accounts/{account_id}/call-disputes", response_model=list[DisputeOut])
def list_disputes(scope: BillingReadScope, db: DB) -> list[CallDispute]:
    return disputes.list_for(db, scope.account)
