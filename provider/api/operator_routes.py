"""The operator back office under /operator: the provider's staff import bank statements and
call records, match or unmatch bank bookings, issue credit notes, move porting requests on,
create reseller accounts, refund payments and fetch the direct-debit files for the bank.

Every route needs the operator role (api/staff_deps.py): customers and resellers get 403,
callers without a session 401. Files are sent as the request body (bank statements as
application/xml, call records as text/csv), up to the upload limit of api/problems.py; larger
call-record files go through `switchboard-provider import-calls`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from fastapi import Depends, Query, Request, Response

from provider.api.deps import DB, ObjectId, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.accounts import RegistrationIn
from provider.api.schemas.invoices import InvoiceOut
from provider.api.schemas.operator import (
    BankBookingOut,
    BankStatementOut,
    CallImportOut,
    CreditNoteIn,
    DirectDebitFileOut,
    MatchIn,
    PortingAdvanceIn,
    RefundIn,
    RefundOut,
    ResellerOut,
)
from provider.api.schemas.telephony import PortingOut
from provider.api.staff_deps import Operator
from provider.api.telephony_routes import porting_out
from provider.services import (
    accounts,
    bank_bookings,
    bank_statements,
    call_import,
    credit_notes,
    refunds,
    resellers,
    sepa_collections,
    telephony,
)

router = resource_router(prefix="/operator", tags=["operator"])

FileName = Annotated[str, Query(min_length=1, max_length=200, pattern=r"^[\w .()-]+$",
                                description="The file's name, kept with the import")]


async def _read_body(request: Request) -> bytes:
    """The uploaded file (the InputGuard has read and bounded it): read on the event loop, so
    that the import itself runs as a plain route on a worker thread."""
    return await request.body()


FileBody = Annotated[bytes, Depends(_read_body)]


def _file_body(media_type: str) -> dict[str, object]:
    return {"requestBody": {"required": True, "content": {
        media_type: {"schema": {"type": "string", "format": "binary"}}}}}


@router.post("/bank-statements", response_model=BankStatementOut, openapi_extra=_file_body("application/xml"))
def import_bank_statement(data: FileBody, operator: Operator, db: DB, rt: RuntimeDep,
                          file_name: FileName = "statement.xml") -> BankStatementOut:
    """A camt.053 or camt.054 file: refused whole with the reason, or booked once per booking."""
    report = bank_statements.import_statement(db, rt, data, file_name, operator.user.email)
    rows = bank_bookings.by_ids(db, report.unmatched)
    return BankStatementOut(statement_id=report.statement_id, already_imported=report.already_imported,
                            message=report.message, iban=report.iban, counts=report.counts,
                            unmatched=[BankBookingOut.model_validate(r) for r in rows])


@router.get("/bank-bookings", response_model=list[BankBookingOut])
def list_bank_bookings(operator: Operator, db: DB,
                       outcome: Literal["paid", "partial", "overpaid", "collected", "returned",
                                        "unmatched", "other"] | None = None,
                       before_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
                       limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[BankBookingOut]:
    return [BankBookingOut.model_validate(b)
            for b in bank_bookings.list_bookings(db, outcome, before_id, limit)]


@router.post("/bank-bookings/{booking_id}/match", response_model=BankBookingOut)
def match_bank_booking(booking_id: ObjectId, body: MatchIn, operator: Operator, db: DB,
                       rt: RuntimeDep) -> BankBookingOut:
    return BankBookingOut.model_validate(
        bank_bookings.match(db, rt, booking_id, body.invoice_id, operator.user.email))


@router.post("/bank-bookings/{booking_id}/unmatch", response_model=BankBookingOut)
def unmatch_bank_booking(booking_id: ObjectId, operator: Operator, db: DB,
                         rt: RuntimeDep) -> BankBookingOut:
    return BankBookingOut.model_validate(bank_bookings.unmatch(db, rt, booking_id, operator.user.email))


@router.post("/call-records", response_model=CallImportOut, openapi_extra=_file_body("text/csv"))
def import_call_records(data: FileBody, operator: Operator, db: DB, rt: RuntimeDep,
                        file_name: FileName = "Master.csv",
                        layout: Literal["asterisk", "freeswitch"] | None = None) -> CallImportOut:
    """A call-record CSV from the switch, rated at import; one bad line imports nothing."""
    result = call_import.import_calls(db, rt, data, file_name, operator.user.email, layout)
    return CallImportOut(records=result.records, layout=result.layout,
                         already_imported=result.already_imported, accounts=len(result.totals))


@router.post("/invoices/{invoice_id}/credit-notes", response_model=InvoiceOut, status_code=201)
def issue_credit_note(invoice_id: ObjectId, body: CreditNoteIn, operator: Operator, db: DB,
                      rt: RuntimeDep) -> InvoiceOut:
    return InvoiceOut.model_validate(credit_notes.issue(db, rt, invoice_id, body.amount, body.reason))


@router.post("/porting-requests/{porting_id}/progress", response_model=PortingOut)
def porting_progress(porting_id: ObjectId, body: PortingAdvanceIn, operator: Operator, db: DB,
                     rt: RuntimeDep) -> PortingOut:
    """The carrier's answer: confirmed, scheduled (with the date), completed or rejected."""
    return porting_out(telephony.advance_porting(db, rt, porting_id, body.status, body.scheduled_for,
                                                 body.reason))


@router.post("/resellers", response_model=ResellerOut, status_code=201)
def create_reseller(body: RegistrationIn, operator: Operator, db: DB, rt: RuntimeDep) -> ResellerOut:
    data = body.model_dump()
    data["address"] = accounts.AddressInput(**data["address"])
    a = resellers.create_reseller(db, rt, accounts.Registration(**data))
    return ResellerOut.model_validate(a)


@router.post("/payments/{payment_id}/refunds", response_model=RefundOut, status_code=201)
def refund_payment(payment_id: ObjectId, body: RefundIn, operator: Operator, db: DB,
                   rt: RuntimeDep) -> RefundOut:
    """A card payment back to the card; an overpayment kept as credit back to the bank account."""
    amount: Decimal | None = body.amount
    return RefundOut.model_validate(refunds.refund_payment(db, rt, payment_id, amount, body.reason))


@router.get("/direct-debit-files", response_model=list[DirectDebitFileOut])
def list_direct_debit_files(operator: Operator, db: DB) -> list[DirectDebitFileOut]:
    return [DirectDebitFileOut.model_validate(f) for f in sepa_collections.files(db)]


@router.get("/direct-debit-files/{file_id}", response_class=Response,
            responses={200: {"content": {"application/xml": {}}, "description": "The pain.008 file"}})
def get_direct_debit_file(file_id: ObjectId, operator: Operator, db: DB) -> Response:
    row = sepa_collections.file(db, file_id)
    return Response(row.content.encode("utf-8"), media_type="application/xml", headers={
        "Content-Disposition": f'attachment; filename="{row.message_id}.xml"'})
