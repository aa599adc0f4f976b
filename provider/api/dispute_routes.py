"""Call disputes (issue 7): a customer flags an itemized call with a note, often while offline in
the desktop client, which sends it later. Filing is idempotent per call: a resend after a lost
answer gets the existing dispute (200) instead of a second one (201 for the first)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from provider.api.deps import DB, ObjectId, RuntimeDep, Scope, account_scope
from provider.api.routing import resource_router
from provider.api.text import MultiLine
from provider.db.models import CallDispute, CallRecord
from provider.domain.errors import NotFound, RuleViolation
from provider.domain.roles import Perm

router = resource_router(tags=["invoices"])
ReadScope = Annotated[Scope, Depends(account_scope(Perm.BILLING_READ))]
PayScope = Annotated[Scope, Depends(account_scope(Perm.PAYMENTS_MANAGE))]


class DisputeIn(BaseModel):
    note: MultiLine = Field(min_length=1, max_length=500)


class DisputeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    call_id: int
    note: str
    status: str
    created_at: datetime


@router.post("/accounts/{account_id}/calls/{call_id}/disputes", response_model=DisputeOut, status_code=201,
             responses={200: {"description": "The call was already disputed: that dispute"}})
def dispute_call(call_id: ObjectId, body: DisputeIn, scope: PayScope, db: DB, rt: RuntimeDep,
                 response: Response) -> CallDispute:
    call = db.get(CallRecord, call_id)
    if call is None or call.account_id != scope.account.id:
        raise NotFound("Call")
    note = body.note.strip()
    if not note:
        raise RuleViolation.at_field("note", "required", "Say what is wrong with the call.")
    existing = db.scalar(select(CallDispute).where(CallDispute.call_id == call.id))
    if existing is not None:
        response.status_code = 200
        return existing
    if call.invoice_id is None:
        raise RuleViolation.at_field("call_id", "not_invoiced", "Only invoiced calls can be disputed.")
    dispute = CallDispute(account_id=scope.account.id, call_id=call.id, user_id=scope.principal.user.id,
                          note=note, status="open", created_at=rt.clock.now(db))
    db.add(dispute)
    db.commit()
    return dispute


@router.get("/accounts/{account_id}/call-disputes", response_model=list[DisputeOut])
def list_disputes(scope: ReadScope, db: DB) -> list[CallDispute]:
    return list(db.scalars(select(CallDispute).where(CallDispute.account_id == scope.account.id)
                           .order_by(CallDispute.id.desc()).limit(1000)))
