"""Sandbox only: the call generator, and the provider's back office acts a test needs (a bank
transfer arriving for an invoice, issuing a credit note)."""

from __future__ import annotations

from datetime import timedelta

from provider.api.billing_schemas import (
    CreditNoteIn,
    GenerateCallsIn,
    GenerateCallsOut,
    InvoiceOut,
    PortingAdvanceIn,
    PortingOut,
)
from provider.api.deps import DB, ObjectId, RuntimeDep
from provider.api.routing import resource_router
from provider.api.telephony_routes import porting_out
from provider.db.models import Invoice
from provider.domain.errors import NotFound
from provider.services import calls, invoice_payments, invoicing, telephony

router = resource_router(prefix="/sandbox", tags=["sandbox"])


@router.post("/calls", response_model=GenerateCallsOut, status_code=201)
def generate_calls(body: GenerateCallsIn, db: DB, rt: RuntimeDep) -> GenerateCallsOut:
    now = rt.clock.now(db)
    db.commit()
    count, total = calls.generate(rt, body.account_id, body.count, now - timedelta(days=body.days),
                                  now, body.seed)
    return GenerateCallsOut(count=count, total=total)


@router.post("/invoices/{invoice_id}/bank-transfer", response_model=InvoiceOut)
def bank_transfer_arrived(invoice_id: ObjectId, db: DB, rt: RuntimeDep) -> InvoiceOut:
    invoice = db.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound("Invoice")
    invoice_payments.record_transfer(db, rt, invoice)
    return InvoiceOut.model_validate(db.get(Invoice, invoice_id))


@router.post("/invoices/{invoice_id}/credit-notes", response_model=InvoiceOut, status_code=201)
def issue_credit_note(invoice_id: ObjectId, body: CreditNoteIn, db: DB, rt: RuntimeDep) -> InvoiceOut:
    return InvoiceOut.model_validate(invoicing.credit_note(db, rt, invoice_id, body.amount, body.reason))


@router.post("/porting-requests/{porting_id}/advance", response_model=PortingOut)
def advance_porting(porting_id: ObjectId, body: PortingAdvanceIn, db: DB, rt: RuntimeDep) -> PortingOut:
    """The carrier's answer to a porting request: confirmed, scheduled, completed or rejected."""
    return porting_out(telephony.advance_porting(db, rt, porting_id, body.status, body.scheduled_for,
                                                 body.reason))
