"""Sandbox only: the call generator, and the provider's back office acts a test needs (a bank
transfer arriving for an invoice, issuing a credit note, a porting carrier's answer)."""

from __future__ import annotations

from provider.api.deps import DB, ObjectId, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.invoices import InvoiceOut
from provider.api.schemas.operator import CreditNoteIn, PortingAdvanceIn
from provider.api.schemas.sandbox_billing import GenerateCallsIn, GenerateCallsOut
from provider.api.schemas.telephony import PortingOut
from provider.api.telephony_routes import porting_out
from provider.services import credit_notes, sandbox, sandbox_bank, telephony

router = resource_router(prefix="/sandbox", tags=["sandbox"])


@router.post("/calls", response_model=GenerateCallsOut, status_code=201)
def generate_calls(body: GenerateCallsIn, db: DB, rt: RuntimeDep) -> GenerateCallsOut:
    count, total = sandbox.generate_calls(db, rt, body.account_id, body.count, body.days, body.seed)
    return GenerateCallsOut(count=count, total=total)


@router.post("/invoices/{invoice_id}/bank-transfer", response_model=InvoiceOut)
def bank_transfer_arrived(invoice_id: ObjectId, db: DB, rt: RuntimeDep) -> InvoiceOut:
    # As the bank would tell it: a camt.054 credit with the invoice's reference, through the
    # operator's own statement import.
    return InvoiceOut.model_validate(sandbox_bank.transfer_arrived(db, rt, invoice_id))


@router.post("/invoices/{invoice_id}/credit-notes", response_model=InvoiceOut, status_code=201)
def issue_credit_note(invoice_id: ObjectId, body: CreditNoteIn, db: DB, rt: RuntimeDep) -> InvoiceOut:
    return InvoiceOut.model_validate(credit_notes.issue(db, rt, invoice_id, body.amount, body.reason))


@router.post("/porting-requests/{porting_id}/advance", response_model=PortingOut)
def advance_porting(porting_id: ObjectId, body: PortingAdvanceIn, db: DB, rt: RuntimeDep) -> PortingOut:
    """The carrier's answer to a porting request: confirmed, scheduled, completed or rejected."""
    return porting_out(telephony.advance_porting(db, rt, porting_id, body.status, body.scheduled_for,
                                                 body.reason))
