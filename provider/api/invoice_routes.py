"""Invoices (list with filters and keyset pages, detail with items and payment data, calls by
cursor), the account's call records, and the invoice payment option. Lists and details carry an
ETag; If-None-Match answers 304 after one cheap query, and `updated_since` is the change feed."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Query, Request, Response
from sqlalchemy import Row
from sqlalchemy.orm import Session

from provider.api import cursors
from provider.api.deps import DB, BillingReadScope, ObjectId, PaymentsScope, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.invoices import (
    CallOut,
    CallPage,
    InvoiceAutopayIn,
    InvoiceAutopayOut,
    InvoiceDetail,
    InvoiceItemOut,
    InvoiceOut,
    InvoicePage,
)
from provider.db.models import Invoice, InvoiceItem
from provider.domain.errors import RuleViolation
from provider.domain.tax import TaxTreatment
from provider.services import calls, invoice_payments, invoices, sellers
from provider.services.invoices import InvoiceFilter

router = resource_router(tags=["invoices"])
Cursor = Annotated[str | None, Query(max_length=200, description="next_cursor of the previous page")]
Limit = Annotated[int, Query(ge=1, le=500)]
PERIOD = r"^\d{4}-(0[1-9]|1[0-2])$"


def _etag(*parts: object) -> str:
    return '"' + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:32] + '"'


def _not_modified(request: Request, response: Response, tag: str) -> bool:
    response.headers["ETag"] = tag
    response.headers["Cache-Control"] = "private, no-cache"
    return tag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]


def _out(invoice: Invoice, today: date) -> InvoiceOut:
    out = InvoiceOut.model_validate(invoice)
    out.overdue = invoice.status == "open" and invoice.due_on < today
    return out


@router.get("/accounts/{account_id}/invoices", response_model=InvoicePage,
            responses={304: {"description": "Unchanged since the ETag given in If-None-Match"}})
def list_invoices(scope: BillingReadScope, db: DB, rt: RuntimeDep, request: Request, response: Response,
                  status: Annotated[str | None, Query(pattern="^(open|paid|credited)$")] = None,
                  kind: Annotated[str | None, Query(pattern="^(invoice|credit_note)$")] = None,
                  period: Annotated[str | None, Query(pattern=PERIOD)] = None,
                  number: Annotated[str | None, Query(max_length=16, pattern=r"^[0-9-]+$",
                                                      description="A number or its beginning")] = None,
                  updated_since: datetime | None = None, cursor: Cursor = None,
                  limit: Limit = 50,
                  details: Annotated[bool, Query(description="Each invoice with its items and payment "
                                                 "instructions: a first sync in pages, not one "
                                                 "request per invoice")] = False,
                  ) -> InvoicePage | Response:
    narrow = InvoiceFilter(status, kind, period, number, updated_since)
    tag = _etag(scope.account.id, *invoices.fingerprint(db, scope.account, narrow),
                str(request.url.query))
    if _not_modified(request, response, tag):
        return Response(status_code=304, headers={"ETag": tag})
    after: int | tuple[datetime, int] | None = None
    if cursor:
        after = cursors.decode_time_id(cursor) if narrow.is_feed else cursors.decode_id(cursor)
    rows = invoices.page(db, scope.account, narrow, after, limit + 1)
    more, rows = len(rows) > limit, rows[:limit]
    next_cursor = None
    if more:
        last = rows[-1]
        next_cursor = (cursors.encode(last.updated_at, last.id) if narrow.is_feed
                       else cursors.encode(last.id))
    today = rt.clock.now(db).date()
    if details:
        return InvoicePage(items=_details(db, rows, today), next_cursor=next_cursor)
    return InvoicePage(items=[_out(i, today) for i in rows], next_cursor=next_cursor)


@router.get("/accounts/{account_id}/invoices/{invoice_id}", response_model=InvoiceDetail,
            responses={304: {"description": "Unchanged since the ETag given in If-None-Match"}})
def read_invoice(invoice_id: ObjectId, scope: BillingReadScope, db: DB, rt: RuntimeDep, request: Request,
                 response: Response) -> InvoiceDetail | Response:
    invoice = invoices.get(db, scope.account, invoice_id)
    tag = _etag(invoice.id, invoice.updated_at)
    if _not_modified(request, response, tag):
        return Response(status_code=304, headers={"ETag": tag})
    return _details(db, [invoice], rt.clock.now(db).date())[0]


def _details(db: Session, rows: list[Invoice], today: date) -> list[InvoiceDetail]:
    """Invoices with their items, the items of all of them read in one query."""
    items: dict[int, list[InvoiceItem]] = invoices.items_of(db, [i.id for i in rows])
    identities = sellers.of_invoices(db, rows)
    out = []
    for invoice in rows:
        note = TaxTreatment(invoice.currency, invoice.vat_rate_percent, invoice.reverse_charge).note
        seller = identities.get(invoice.seller_id or 0)
        out.append(InvoiceDetail(**_out(invoice, today).model_dump(), customer=invoice.customer,
                                 items=[InvoiceItemOut.model_validate(i) for i in items[invoice.id]],
                                 reverse_charge_note=note,
                                 seller=sellers.party(invoice, seller), buyer=invoice.buyer,
                                 payment_instructions=invoice_payments.instructions(invoice, seller)
                                 if invoice.status == "open" else None))
    return out


def _call_page(rows: list[Row[Any]], limit: int) -> CallPage:
    more, rows = len(rows) > limit, rows[:limit]
    last = rows[-1] if more else None
    return CallPage(items=[CallOut.model_validate(c) for c in rows],
                    next_cursor=cursors.encode(last.started_at, last.id) if last else None)


@router.get("/accounts/{account_id}/invoices/{invoice_id}/calls", response_model=CallPage)
def invoice_calls(invoice_id: ObjectId, scope: BillingReadScope, db: DB, cursor: Cursor = None,
                  limit: Limit = 100) -> CallPage:
    invoice = invoices.get(db, scope.account, invoice_id)
    after = cursors.decode_time_id(cursor) if cursor else None
    return _call_page(calls.page(db, scope.account.id, invoice_id=invoice.id, after=after,
                                 limit=limit + 1), limit)


@router.get("/accounts/{account_id}/calls", response_model=CallPage)
def account_calls(scope: BillingReadScope, db: DB, since: datetime | None = None,
                  until: datetime | None = None, cursor: Cursor = None, limit: Limit = 100) -> CallPage:
    for name, value in (("since", since), ("until", until)):
        if value is not None and value.tzinfo is None:
            raise RuleViolation.at_field(name, "timezone", "Give the time with a UTC offset.")
    after = cursors.decode_time_id(cursor) if cursor else None
    return _call_page(calls.page(db, scope.account.id, after=after, since=since, until=until,
                                 limit=limit + 1), limit)


@router.get("/accounts/{account_id}/invoice-autopay", response_model=InvoiceAutopayOut)
def read_autopay(scope: BillingReadScope, db: DB) -> InvoiceAutopayOut:
    row = invoice_payments.settings_of(db, scope.account)
    return InvoiceAutopayOut(charge_card=bool(row and row.charge_card))


@router.put("/accounts/{account_id}/invoice-autopay", response_model=InvoiceAutopayOut)
def set_autopay(body: InvoiceAutopayIn, scope: PaymentsScope, db: DB, rt: RuntimeDep) -> InvoiceAutopayOut:
    row = invoice_payments.set_charge_card(db, rt, scope.account, body.charge_card)
    return InvoiceAutopayOut(charge_card=row.charge_card)
